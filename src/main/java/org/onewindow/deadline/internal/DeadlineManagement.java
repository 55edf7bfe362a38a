package org.onewindow.deadline.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.onewindow.deadline.Deadline;
import org.onewindow.deadline.DeadlineError;
import org.onewindow.deadline.DeadlineException;
import org.onewindow.deadline.DeadlineState;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.LimitStart;
import org.onewindow.deadline.Deadlines;
import org.onewindow.deadline.TimeLimit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts and changes time limits, each change one statement on the subject's active row where it
 * can be (see {@link Deadlines}); the reads are single statements and open no transaction of their own.
 */
@Service
@Transactional
class DeadlineManagement implements Deadlines {

    private final TimeLimits rows;
    private final Timelines timelines;
    private final Clock clock;

    DeadlineManagement(TimeLimits rows, Timelines timelines, Clock clock) {
        this.rows = rows;
        this.timelines = timelines;
        this.clock = clock;
    }

    @Override
    public Deadline start(DeadlineSubject subject, TimeLimit limit, Instant startedAt) {
        return startIfNone(subject, limit, startedAt)
                .orElseThrow(() -> new DeadlineException(DeadlineError.DEADLINE_ALREADY_ACTIVE, subject));
    }

    @Override
    public Deadline startNew(DeadlineSubject subject, TimeLimit limit, Instant startedAt) {
        return start(subject, limit, startedAt);
    }

    @Override
    public Optional<Deadline> startIfNone(DeadlineSubject subject, TimeLimit limit, Instant startedAt) {
        return startUnlessActive(List.of(new LimitStart(subject, limit, startedAt))).stream().findFirst();
    }

    @Override
    public List<Deadline> startNew(List<DeadlineSubject> subjects, TimeLimit limit, Instant startedAt) {
        List<Deadline> started = startUnlessActive(
                subjects.stream().map(subject -> new LimitStart(subject, limit, startedAt)).toList());
        if (started.size() != subjects.size()) {
            Set<DeadlineSubject> fresh = started.stream().map(Deadline::subject).collect(Collectors.toSet());
            DeadlineSubject active = subjects.stream().filter(s -> !fresh.contains(s)).findFirst().orElseThrow();
            throw new DeadlineException(DeadlineError.DEADLINE_ALREADY_ACTIVE, active);
        }
        return started;
    }

    @Override
    public List<Deadline> startUnlessActive(List<LimitStart> starts) {
        if (starts.stream().map(LimitStart::subject).distinct().count() != starts.size()) {
            throw new IllegalArgumentException("each subject may be started once, got " + starts);
        }
        Instant now = now();
        List<LimitRow> rows = starts.stream()
                .map(s -> timelines.schedule(LimitRow.started(s.subject(), s.limit(), start(s.startedAt(), now))))
                .toList();
        Set<DeadlineSubject> inserted = Set.copyOf(this.rows.insertUnlessActive(rows));
        return rows.stream().filter(row -> inserted.contains(row.subject())).map(row -> timelines.view(row, now))
                .toList();
    }

    @Override
    public Deadline pause(DeadlineSubject subject) {
        Instant now = now();
        return change(subject, row -> row.paused(now), false, now);
    }

    @Override
    public Deadline resume(DeadlineSubject subject) {
        Instant now = now();
        return change(subject, row -> row.resumed(now), true, now);
    }

    @Override
    public Deadline extend(DeadlineSubject subject, int units, String reason) {
        Instant now = now();
        return change(subject, row -> row.extended(units, reason), true, now);
    }

    @Override
    public Deadline complete(DeadlineSubject subject) {
        return completeIfActive(subject).orElseThrow(() -> notActive(subject));
    }

    @Override
    public Optional<Deadline> completeIfActive(DeadlineSubject subject) {
        return finish(List.of(subject), DeadlineState.COMPLETED).stream().findFirst();
    }

    @Override
    public List<Deadline> completeIfActive(Collection<DeadlineSubject> subjects) {
        return finish(subjects, DeadlineState.COMPLETED);
    }

    @Override
    public Deadline cancel(DeadlineSubject subject) {
        return cancelIfActive(subject).orElseThrow(() -> notActive(subject));
    }

    @Override
    public Optional<Deadline> cancelIfActive(DeadlineSubject subject) {
        return finish(List.of(subject), DeadlineState.CANCELLED).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<Deadline> find(DeadlineSubject subject) {
        Instant now = now();
        return rows.findCurrent(subject).map(row -> timelines.view(row, now));
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Deadline> findAll(String subjectType, Collection<String> subjectKeys) {
        Instant now = now();
        return rows.findCurrent(subjectType, subjectKeys).stream().map(row -> timelines.view(row, now)).toList();
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<String, Instant> runningDueTimes(String subjectType, Collection<String> subjectKeys) {
        return rows.runningDueTimes(subjectType, subjectKeys);
    }

    /** Now, at the precision PostgreSQL stores, so that what is returned equals what is read later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant start(Instant startedAt, Instant now) {
        return startedAt == null ? now : startedAt.truncatedTo(ChronoUnit.MICROS);
    }

    private Deadline change(DeadlineSubject subject, UnaryOperator<LimitRow> transition, boolean rearm, Instant now) {
        LimitRow row = rows.findActive(subject).orElseThrow(() -> notActive(subject));
        return apply(subject, row, transition, rearm, now);
    }

    /** Finished or never started: the error for a subject without an active limit (reads only then). */
    private DeadlineException notActive(DeadlineSubject subject) {
        return new DeadlineException(rows.findCurrent(subject).isPresent()
                ? DeadlineError.DEADLINE_FINISHED
                : DeadlineError.DEADLINE_NOT_FOUND, subject);
    }

    /**
     * Completes or cancels the subjects' active limits: a running one in the one statement that
     * finds it; a paused one also ends its pause, which moves its due time (counted here with the
     * calendar) and takes a second update; so does a provisional one whose due times the current
     * calendar counts differently.
     */
    private List<Deadline> finish(Collection<DeadlineSubject> subjects, DeadlineState next) {
        Instant now = now();
        List<Deadline> finished = new ArrayList<>();
        for (LimitRow row : rows.finishRunning(subjects, next, now)) {
            if (row.state() == DeadlineState.PAUSED) {
                finished.add(apply(row.subject(), row, r -> r.finished(next, now), false, now));
                continue;
            }
            LimitRow current = row;
            if (row.provisional()) {
                LimitRow rescheduled = timelines.schedule(row);
                if (!Objects.equals(rescheduled.dueAt(), row.dueAt())
                        || !Objects.equals(rescheduled.dueSoonAt(), row.dueSoonAt())
                        || !Objects.equals(rescheduled.missingYear(), row.missingYear())) {
                    current = rescheduled;
                    if (!rows.update(current, false, now)) {
                        throw new DeadlineException(DeadlineError.DEADLINE_CONFLICT, row.subject());
                    }
                }
            }
            finished.add(timelines.view(current, now));
        }
        return finished;
    }

    private Deadline apply(DeadlineSubject subject, LimitRow row, UnaryOperator<LimitRow> transition, boolean rearm,
            Instant now) {
        LimitRow changed = timelines.schedule(transition.apply(row));
        if (!rows.update(changed, rearm, now)) {
            throw new DeadlineException(DeadlineError.DEADLINE_CONFLICT, subject);
        }
        return timelines.view(changed, now);
    }
}
