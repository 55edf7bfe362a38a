package org.onewindow.deadline.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onewindow.deadline.DeadlineState;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.TimeLimit;

/**
 * One row of {@code deadline.time_limit}: the course of a limit, the due times derived from it,
 * and the sweeper's notification flags.
 */
record LimitRow(
        UUID id,
        DeadlineSubject subject,
        TimeLimit limit,
        int extendedBy,
        int extensions,
        String extensionReason,
        DeadlineState state,
        Instant startedAt,
        List<Pause> pauses,
        Instant pausedAt,
        Instant dueAt,
        Instant dueSoonAt,
        Instant dueSoonNotifiedAt,
        Instant overdueNotifiedAt,
        Integer missingYear,
        Instant finishedAt,
        int version) {

    LimitRow {
        pauses = List.copyOf(pauses);
    }

    static LimitRow started(DeadlineSubject subject, TimeLimit limit, Instant startedAt) {
        return new LimitRow(UUID.randomUUID(), subject, limit, 0, 0, null, DeadlineState.RUNNING, startedAt,
                List.of(), null, null, null, null, null, null, null, 0);
    }

    Course course() {
        return new Course(limit.plus(extendedBy), startedAt, pauses, pausedAt);
    }

    boolean provisional() {
        return missingYear != null;
    }

    LimitRow paused(Instant now) {
        return with(state.pause(subject), pauses, now, finishedAt);
    }

    LimitRow resumed(Instant now) {
        return with(state.resume(subject), pausesEndingAt(now), null, finishedAt);
    }

    /** Completed or cancelled; a pause in progress ends at the same time. */
    LimitRow finished(DeadlineState next, Instant now) {
        return with(next, pausesEndingAt(now), null, now);
    }

    LimitRow extended(int units, String reason) {
        if (units <= 0) {
            throw new IllegalArgumentException("an extension needs a positive number of units, got " + units);
        }
        state.extend(subject);
        return new LimitRow(id, subject, limit, extendedBy + units, extensions + 1, reason, state, startedAt, pauses,
                pausedAt, dueAt, dueSoonAt, dueSoonNotifiedAt, overdueNotifiedAt, missingYear, finishedAt, version);
    }

    LimitRow scheduled(Schedule schedule) {
        return new LimitRow(id, subject, limit, extendedBy, extensions, extensionReason, state, startedAt, pauses,
                pausedAt, schedule.dueAt(), schedule.dueSoonAt(), dueSoonNotifiedAt, overdueNotifiedAt,
                schedule.missingYear(), finishedAt, version);
    }

    /** Clears a notification whose moment moved back into the future, so that it is sent for the new one. */
    LimitRow rearmed(Instant now) {
        boolean soonAhead = dueSoonAt != null && dueSoonAt.isAfter(now);
        boolean dueAhead = dueAt != null && dueAt.isAfter(now);
        return new LimitRow(id, subject, limit, extendedBy, extensions, extensionReason, state, startedAt, pauses,
                pausedAt, dueAt, dueSoonAt, soonAhead ? null : dueSoonNotifiedAt, dueAhead ? null : overdueNotifiedAt,
                missingYear, finishedAt, version);
    }

    private List<Pause> pausesEndingAt(Instant now) {
        if (pausedAt == null) {
            return pauses;
        }
        List<Pause> more = new ArrayList<>(pauses);
        more.add(new Pause(pausedAt, now));
        return more;
    }

    private LimitRow with(DeadlineState newState, List<Pause> newPauses, Instant newPausedAt, Instant newFinishedAt) {
        return new LimitRow(id, subject, limit, extendedBy, extensions, extensionReason, newState, startedAt, newPauses,
                newPausedAt, dueAt, dueSoonAt, dueSoonNotifiedAt, overdueNotifiedAt, missingYear, newFinishedAt,
                version);
    }
}
