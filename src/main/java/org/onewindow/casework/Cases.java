package org.onewindow.casework;

import java.util.Optional;
import java.util.UUID;

/** Answers other modules' questions about a case without handing out its personal data. */
public interface Cases {

    /** Who applied for the case, under which receipt number, where it stands and who decides it, if it exists. */
    Optional<CaseSummary> summary(UUID caseId);
}
