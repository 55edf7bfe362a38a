package org.onewindow.workflow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The cases' promised limits (承诺时限), which the workflow keeps in its processes: for the
 * performance figures, the applicant's messages and other readers of the promised date.
 */
public interface CasePromises {

    /**
     * The date the case is promised by: its due date, also once it has ended; empty without a promise
     * (即办件, a case not accepted) or while a paused promise has none.
     */
    Optional<LocalDate> promisedBy(String businessKey);

    /** The promises of these cases by business key (cases without one are left out), as they stand now. */
    Map<String, CasePromise> promises(Collection<String> businessKeys);
}
