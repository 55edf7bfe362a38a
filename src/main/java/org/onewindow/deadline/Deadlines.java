package org.onewindow.deadline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Starts, pauses, resumes, extends and finishes time limits, and says where they stand.
 *
 * <p>Each call is one transaction of its own, or joins the caller's, so that a workflow action
 * and its time limit commit together. Callers audit their actions; this module audits only what
 * it does by itself (a limit passing). A subject has at most one active (running or paused) limit;
 * finished ones are kept. Every method except {@code start} acts on the subject's active limit and
 * throws {@link DeadlineException} with {@link DeadlineError#DEADLINE_NOT_FOUND} when there is none,
 * and {@link DeadlineError#DEADLINE_CONFLICT} when another transaction changed it meanwhile.
 */
public interface Deadlines {

    /** Starts a limit now. */
    default Deadline start(DeadlineSubject subject, TimeLimit limit) {
        return start(subject, limit, null);
    }

    /**
     * Starts a limit counted from {@code startedAt} (now if {@code null}), e.g. from the day an
     * application was received when it is deemed accepted later.
     *
     * <p>Never fails for a missing holiday file: the due date is then provisional (see
     * {@link Deadline#provisional()}).
     *
     * @throws DeadlineException {@link DeadlineError#DEADLINE_ALREADY_ACTIVE} if the subject has one
     */
    Deadline start(DeadlineSubject subject, TimeLimit limit, Instant startedAt);

    /**
     * Starts a limit for a subject that cannot have one yet, such as a task created in the same
     * transaction: as {@link #start(DeadlineSubject, TimeLimit, Instant)}, without first looking
     * for an active limit (one statement fewer); the database still refuses a second active one.
     *
     * @throws DeadlineException {@link DeadlineError#DEADLINE_ALREADY_ACTIVE} if the subject has one
     */
    Deadline startNew(DeadlineSubject subject, TimeLimit limit, Instant startedAt);

    /**
     * Stops the clock (行政许可法 Art. 45: correction, hearing, expert review, inspection).
     *
     * <p>Day limits pause in whole days: the day of the pause counts as used, the day of the
     * resume does not, and the days left are counted again from the resume date.
     */
    Deadline pause(DeadlineSubject subject);

    /**
     * Restarts the clock with the days (or the time) that were left when it was paused. A
     * notification already sent is sent again for the new due time if it now lies ahead.
     */
    Deadline resume(DeadlineSubject subject);

    /**
     * Adds {@code units} of the limit's unit, running or paused; whether an extension is allowed
     * (once, by whom) is the caller's rule. A notification already sent is sent again for the new
     * due time if it now lies ahead.
     *
     * @param reason why, kept with the limit; no personal data
     */
    Deadline extend(DeadlineSubject subject, int units, String reason);

    /** Stops the limit for good because its work is done; {@link Deadline#overdue()} tells if late. */
    Deadline complete(DeadlineSubject subject);

    /**
     * Completes the subject's active limit if it has one (one read and one update, or one read when
     * there is none); empty when there was nothing to complete. For callers that finish work whose
     * limit may already be over or may never have started.
     */
    Optional<Deadline> completeIfActive(DeadlineSubject subject);

    /** Stops the limit for good because its work no longer has to be done (withdrawn, merged). */
    Deadline cancel(DeadlineSubject subject);

    /** The subject's active limit, else its latest finished one. */
    Optional<Deadline> find(DeadlineSubject subject);

    /** The active (else latest) limit of each of these subjects that has one, e.g. for a page of tasks. */
    List<Deadline> findAll(String subjectType, Collection<String> subjectKeys);
}
