package org.onewindow.casework;

import java.util.Optional;
import java.util.UUID;

/** Answers other modules' questions about a case without handing out its personal data. */
public interface Cases {

    /** Who applied for the case and under which receipt number, if the case exists. */
    Optional<CaseSummary> summary(UUID caseId);
}
