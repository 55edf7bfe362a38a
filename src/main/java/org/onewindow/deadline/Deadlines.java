package org.onewindow.deadline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts, pauses, resumes, extends and finishes time limits, and says where they stand.
 *
 * <p>Each call is one transaction of its own, or joins the caller's, so that a workflow action
 * and its time limit commit together. Callers audit their actions; this module audits only what
 * it does by itself (a limit passing). A subject has at most one active (running or paused) limit;
 * finished ones are kept. Every method but the starts, the {@code …IfActive} ones and the finders acts
 * on the subject's active limit and throws {@link DeadlineException} with
 * {@link DeadlineError#DEADLINE_NOT_FOUND} when there is none ({@link DeadlineError#DEADLINE_FINISHED}
 * when its latest is finished), and {@link DeadlineError#DEADLINE_CONFLICT} when another transaction
 * changed it meanwhile.
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
     * transaction; the same as {@link #start(DeadlineSubject, TimeLimit, Instant)}, which no longer
     * looks for an active limit before inserting (the database refuses a second one).
     *
     * @throws DeadlineException {@link DeadlineError#DEADLINE_ALREADY_ACTIVE} if the subject has one
     */
    Deadline startNew(DeadlineSubject subject, TimeLimit limit, Instant startedAt);

    /**
     * Starts the same limit for several new subjects in one statement, e.g. the tasks of a
     * parallel step; returned in the order of {@code subjects}.
     *
     * @throws DeadlineException {@link DeadlineError#DEADLINE_ALREADY_ACTIVE} if one of them has one
     *     (nothing is then started: the caller's transaction rolls back)
     * @throws IllegalArgumentException if a subject is named twice
     */
    List<Deadline> startNew(List<DeadlineSubject> subjects, TimeLimit limit, Instant startedAt);

    /**
     * Starts a limit unless the subject has an active (running or paused) one, in one statement
     * that fails for nothing; empty when it had one, which is left as it is.
     */
    Optional<Deadline> startIfNone(DeadlineSubject subject, TimeLimit limit, Instant startedAt);

    /**
     * Starts several limits, each of its own length and start, in one statement that fails for
     * nothing: each unless its subject has an active (running or paused) limit, which is then left
     * as it is. E.g. a case's promised limit (kept if the case already has one) together with the
     * limits of the tasks of its first step.
     *
     * @return the limits started, in the order of {@code starts}, without those whose subject had one
     * @throws IllegalArgumentException if a subject is named twice
     */
    List<Deadline> startUnlessActive(List<LimitStart> starts);

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
     * Completes the subject's active limit if it has one, empty when there was nothing to complete:
     * one statement (the update that finds it) for a running limit or none, a second for a paused
     * one, whose pause ends now. For callers that finish work whose limit may already be over or
     * may never have started.
     */
    Optional<Deadline> completeIfActive(DeadlineSubject subject);

    /**
     * Completes the active limits of these subjects, as {@link #completeIfActive(DeadlineSubject)}
     * does for one, in one statement for all the running ones; returns those it completed, in no
     * particular order.
     */
    List<Deadline> completeIfActive(Collection<DeadlineSubject> subjects);

    /** Stops the limit for good because its work no longer has to be done (withdrawn, merged). */
    Deadline cancel(DeadlineSubject subject);

    /** Cancels the subject's active limit if it has one, as {@link #completeIfActive(DeadlineSubject)} completes. */
    Optional<Deadline> cancelIfActive(DeadlineSubject subject);

    /** The subject's active limit, else its latest finished one. */
    Optional<Deadline> find(DeadlineSubject subject);

    /** The active (else latest) limit of each of these subjects that has one, e.g. for a page of tasks. */
    List<Deadline> findAll(String subjectType, Collection<String> subjectKeys);

    /**
     * The due times of the running limits of these subjects, by subject key: only what an index on
     * the active limits holds, in one statement, for lists of many subjects (e.g. an API answer with
     * a thousand). Subjects without a running limit (none, paused or finished) are left out.
     */
    Map<String, Instant> runningDueTimes(String subjectType, Collection<String> subjectKeys);
}
