package org.onewindow.deadline.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.onewindow.deadline.Deadline;
import org.onewindow.deadline.DeadlineError;
import org.onewindow.deadline.DeadlineException;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.Deadlines;
import org.onewindow.deadline.TimeLimit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts and changes time limits, each change one optimistic update of the subject's active row. */
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
        if (rows.findActive(subject).isPresent()) {
            throw new DeadlineException(DeadlineError.DEADLINE_ALREADY_ACTIVE, subject);
        }
        return startNew(subject, limit, startedAt);
    }

    @Override
    public Deadline startNew(DeadlineSubject subject, TimeLimit limit, Instant startedAt) {
        Instant now = now();
        Instant start = startedAt == null ? now : startedAt.truncatedTo(ChronoUnit.MICROS);
        LimitRow row = timelines.schedule(LimitRow.started(subject, limit, start));
        try {
            rows.insert(row);
        } catch (DuplicateKeyException race) {
            throw new DeadlineException(DeadlineError.DEADLINE_ALREADY_ACTIVE, subject);
        }
        return timelines.view(row, now);
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
        Instant now = now();
        return change(subject, row -> row.finished(row.state().complete(subject), now), false, now);
    }

    @Override
    public Optional<Deadline> completeIfActive(DeadlineSubject subject) {
        Instant now = now();
        return rows.findActive(subject)
                .map(row -> apply(subject, row, r -> r.finished(r.state().complete(subject), now), false, now));
    }

    @Override
    public Deadline cancel(DeadlineSubject subject) {
        Instant now = now();
        return change(subject, row -> row.finished(row.state().cancel(subject), now), false, now);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Deadline> find(DeadlineSubject subject) {
        Instant now = now();
        return rows.findCurrent(subject).map(row -> timelines.view(row, now));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> findAll(String subjectType, Collection<String> subjectKeys) {
        Instant now = now();
        return rows.findCurrent(subjectType, subjectKeys).stream().map(row -> timelines.view(row, now)).toList();
    }

    /** Now, at the precision PostgreSQL stores, so that what is returned equals what is read later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Deadline change(DeadlineSubject subject, UnaryOperator<LimitRow> transition, boolean rearm, Instant now) {
        LimitRow row = rows.findActive(subject).orElseThrow(() -> new DeadlineException(
                rows.findCurrent(subject).isPresent()
                        ? DeadlineError.DEADLINE_FINISHED
                        : DeadlineError.DEADLINE_NOT_FOUND,
                subject));
        return apply(subject, row, transition, rearm, now);
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
