package org.onewindow.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onewindow.shared.DivisionCode;

/** Starts and follows processes; used by the module that owns the cases (casework). */
public interface Workflows {

    /** Whether every department the item's process needs can be found for the place (checked before starting). */
    boolean routable(String itemCode, DivisionCode place);

    /**
     * Starts the item's process for a case submitted at {@code submittedAt}, routed to the place's
     * departments; returns it with its first step's tasks.
     */
    StartedProcess start(String businessKey, String itemCode, DivisionCode place, Instant submittedAt);

    /** The applicant corrected what was missing: the acceptance step opens again. */
    void correctionSubmitted(String businessKey);

    /** Ends the process without a decision (the applicant withdrew before acceptance). */
    void terminate(String businessKey, String reason);

    Optional<ProcessView> process(String businessKey);

    List<TaskView> tasksOf(String businessKey);

    List<HistoryView> history(String businessKey);
}
