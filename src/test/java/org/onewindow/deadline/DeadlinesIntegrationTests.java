package org.onewindow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@OneWindowIntegrationTest
class DeadlinesIntegrationTests {

    @Autowired
    Deadlines deadlines;

    @Autowired
    MutableClock clock;

    private final DeadlineSubject ticket = DeadlineSubject.of("test.ticket", UUID.randomUUID().toString());

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void startsAClockHourLimitAndSaysWhereItStands() {
        Instant before = clock.instant();

        Deadline started = deadlines.start(ticket, TimeLimit.clockHours(2));
        clock.advance(Duration.ofMinutes(90));
        Deadline later = deadlines.find(ticket).orElseThrow();

        assertThat(started.state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(started.startedAt()).isBetween(before, clock.instant());
        assertThat(started.dueAt()).isEqualTo(started.startedAt().plus(Duration.ofHours(2)));
        assertThat(started.dueDate()).isNull();
        assertThat(started.daysLeft()).isNull();
        assertThat(later.timeLeft()).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
        assertThat(later.usedFraction()).isCloseTo(0.75, within(0.01));
        assertThat(later.overdue()).isFalse();
        assertThat(later.provisional()).isFalse();
    }

    @Test
    void pauseStopsTheClockAndResumeAddsThePausedTime() {
        Deadline started = deadlines.start(ticket, TimeLimit.clockHours(24));
        clock.advance(Duration.ofHours(6));

        Deadline paused = deadlines.pause(ticket);
        clock.advance(Duration.ofHours(48));
        Deadline stillPaused = deadlines.find(ticket).orElseThrow();
        Deadline resumed = deadlines.resume(ticket);

        assertThat(paused.state()).isEqualTo(DeadlineState.PAUSED);
        assertThat(paused.dueAt()).isNull();
        assertThat(stillPaused.overdue()).isFalse();
        assertThat(paused.timeLeft()).isBetween(Duration.ofHours(18).minusSeconds(5), Duration.ofHours(18));
        assertThat(stillPaused.timeLeft()).isEqualTo(paused.timeLeft());
        assertThat(resumed.state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(Duration.between(started.dueAt(), resumed.dueAt()))
                .isBetween(Duration.ofHours(48), Duration.ofHours(48).plusSeconds(5));
    }

    /**
     * Ten working days from Monday 2026-06-08: 06-09 and 06-10 are used before the pause on 06-10;
     * from the resume on 06-17, 06-18, 06-22 (06-19 is the Dragon Boat Festival, then the weekend),
     * 06-23 and 06-24 are used: 6 working days when completed on 06-24. Without the pause: 11, one
     * past the limit.
     */
    @Test
    void daysUsedCountWorkingDaysToTheFinishWithoutThePausedDays() {
        DeadlineSubject straight = DeadlineSubject.of("test.case", UUID.randomUUID().toString());
        Instant monday = LocalDateTime.parse("2026-06-08T10:00").atZone(ChinaTime.ZONE).toInstant();
        deadlines.start(ticket, TimeLimit.workingDays(10), monday);
        deadlines.start(straight, TimeLimit.workingDays(10), monday);
        clock.advance(Duration.between(clock.instant(), at("2026-06-10T16:00")));
        deadlines.pause(ticket);
        clock.advance(Duration.between(clock.instant(), at("2026-06-17T09:00")));
        deadlines.resume(ticket);
        clock.advance(Duration.between(clock.instant(), at("2026-06-24T11:00")));

        Deadline paused = deadlines.complete(ticket);
        Deadline late = deadlines.complete(straight);

        assertThat(paused.daysUsed()).contains(6);
        assertThat(paused.overdue()).isFalse();
        assertThat(late.dueDate()).isEqualTo(LocalDate.parse("2026-06-23"));
        assertThat(late.daysUsed()).contains(11);
        assertThat(late.overdue()).isTrue();
        assertThat(deadlines.start(DeadlineSubject.of("test.ticket", UUID.randomUUID().toString()),
                TimeLimit.clockHours(2)).daysUsed()).isEmpty();
    }

    private static Instant at(String chinaTime) {
        return LocalDateTime.parse(chinaTime).atZone(ChinaTime.ZONE).toInstant();
    }

    @Test
    void extendsByUnitsOfTheLimitAndKeepsTheReason() {
        Instant start = LocalDateTime.parse("2026-09-30T18:00").atZone(ChinaTime.ZONE).toInstant();
        deadlines.start(ticket, TimeLimit.calendarDays(7), start);

        Deadline extended = deadlines.extend(ticket, 3, "expert_review");

        assertThat(extended.dueDate()).isEqualTo(LocalDate.parse("2026-10-10"));
        assertThat(extended.totalLimit()).isEqualTo(TimeLimit.calendarDays(10));
        assertThat(extended.extensions()).isOne();
        assertThat(extended.lastExtensionReason()).isEqualTo("expert_review");
        deadlines.cancel(ticket);
    }

    @Test
    void countsWorkingDaysFromAGivenStartOverTheSpringFestival() {
        DeadlineSubject task = DeadlineSubject.of("test.task", UUID.randomUUID().toString());
        Instant received = LocalDateTime.parse("2026-02-10T09:30").atZone(ChinaTime.ZONE).toInstant();

        Deadline deadline = deadlines.start(task, TimeLimit.workingDays(20), received);
        Deadline cancelled = deadlines.cancel(task);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.parse("2026-03-16"));
        assertThat(deadline.dueAt()).isEqualTo(
                LocalDateTime.parse("2026-03-16T23:59:59.999999").atZone(ChinaTime.ZONE).toInstant());
        assertThat(deadline.overdue()).isTrue();
        assertThat(cancelled.state()).isEqualTo(DeadlineState.CANCELLED);
    }

    @Test
    void completesOnTimeOnceAndMayStartAgainAfterwards() {
        deadlines.start(ticket, TimeLimit.clockHours(2));
        clock.advance(Duration.ofHours(1));

        Deadline completed = deadlines.complete(ticket);

        assertThat(completed.state()).isEqualTo(DeadlineState.COMPLETED);
        assertThat(completed.overdue()).isFalse();
        assertThat(completed.finishedAt()).isNotNull();
        assertThat(deadlines.find(ticket)).contains(completed);
        assertThatThrownBy(() -> deadlines.complete(ticket))
                .isInstanceOf(DeadlineException.class)
                .extracting(e -> ((DeadlineException) e).error())
                .isEqualTo(DeadlineError.DEADLINE_FINISHED);
        Deadline again = deadlines.start(ticket, TimeLimit.clockHours(24));
        assertThat(deadlines.find(ticket)).get().extracting(Deadline::id).isEqualTo(again.id());
    }

    @Test
    void completingLateIsMarkedOverdue() {
        deadlines.start(ticket, TimeLimit.clockHours(2));
        clock.advance(Duration.ofHours(3));

        assertThat(deadlines.complete(ticket).overdue()).isTrue();
    }

    @Test
    void completingWhilePausedEndsThePause() {
        deadlines.start(ticket, TimeLimit.clockHours(2));
        deadlines.pause(ticket);
        clock.advance(Duration.ofHours(5));

        Deadline completed = deadlines.complete(ticket);

        assertThat(completed.overdue()).isFalse();
        assertThat(completed.dueAt()).isAfter(completed.finishedAt());
    }

    @Test
    void refusesWhatTheStateDoesNotAllow() {
        deadlines.start(ticket, TimeLimit.clockHours(2));

        assertError(() -> deadlines.start(ticket, TimeLimit.clockHours(2)), DeadlineError.DEADLINE_ALREADY_ACTIVE);
        assertError(() -> deadlines.resume(ticket), DeadlineError.DEADLINE_NOT_PAUSED);
        deadlines.pause(ticket);
        assertError(() -> deadlines.pause(ticket), DeadlineError.DEADLINE_NOT_RUNNING);
        assertError(() -> deadlines.pause(DeadlineSubject.of("test.ticket", "unknown-" + UUID.randomUUID())),
                DeadlineError.DEADLINE_NOT_FOUND);
        assertThat(deadlines.find(ticket)).get().extracting(Deadline::state).isEqualTo(DeadlineState.PAUSED);
    }

    @Test
    void findsTheLimitsOfAPageOfSubjects() {
        String type = "test.page." + UUID.randomUUID();
        deadlines.start(DeadlineSubject.of(type, "a"), TimeLimit.clockHours(2));
        deadlines.start(DeadlineSubject.of(type, "b"), TimeLimit.clockHours(24));
        deadlines.complete(DeadlineSubject.of(type, "b"));

        List<Deadline> page = deadlines.findAll(type, List.of("a", "b", "c"));

        assertThat(page).extracting(d -> d.subject().key()).containsExactlyInAnyOrder("a", "b");
        assertThat(page).extracting(Deadline::state)
                .containsExactlyInAnyOrder(DeadlineState.RUNNING, DeadlineState.COMPLETED);
    }

    /**
     * The same course as {@link #daysUsedCountWorkingDaysToTheFinishWithoutThePausedDays()}, completed
     * through {@code completeIfActive}: one limit resumed before completion (due 06-30, 6 days used),
     * one still paused on 06-24, whose pause ends then (the day of the resume does not count: 2 days
     * used, 8 left from 06-24, due 07-06). Once completed, there is nothing left to complete.
     */
    @Test
    void completeIfActiveCountsTheDaysUsedWithoutPausesOnceOnly() {
        DeadlineSubject stillPaused = DeadlineSubject.of("test.case", UUID.randomUUID().toString());
        Instant monday = at("2026-06-08T10:00");
        deadlines.start(ticket, TimeLimit.workingDays(10), monday);
        deadlines.start(stillPaused, TimeLimit.workingDays(10), monday);
        clock.advance(Duration.between(clock.instant(), at("2026-06-10T16:00")));
        deadlines.pause(ticket);
        deadlines.pause(stillPaused);
        clock.advance(Duration.between(clock.instant(), at("2026-06-17T09:00")));
        deadlines.resume(ticket);
        clock.advance(Duration.between(clock.instant(), at("2026-06-24T11:00")));

        Deadline resumed = deadlines.completeIfActive(ticket).orElseThrow();
        Deadline paused = deadlines.completeIfActive(stillPaused).orElseThrow();

        assertThat(resumed.state()).isEqualTo(DeadlineState.COMPLETED);
        assertThat(resumed.finishedAt()).isBetween(at("2026-06-24T11:00"), at("2026-06-24T11:01"));
        assertThat(resumed.daysUsed()).contains(6);
        assertThat(resumed.dueDate()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(resumed.overdue()).isFalse();
        assertThat(paused.state()).isEqualTo(DeadlineState.COMPLETED);
        assertThat(paused.daysUsed()).contains(2);
        assertThat(paused.dueDate()).isEqualTo(LocalDate.parse("2026-07-06"));
        assertThat(deadlines.find(ticket)).contains(resumed);
        assertThat(deadlines.find(stillPaused)).contains(paused);
        assertThat(deadlines.completeIfActive(ticket)).isEmpty();
        assertThat(deadlines.completeIfActive(DeadlineSubject.of("test.ticket", "never-" + UUID.randomUUID())))
                .isEmpty();
        assertError(() -> deadlines.complete(ticket), DeadlineError.DEADLINE_FINISHED);
        assertThat(deadlines.find(ticket)).contains(resumed);
    }

    @Test
    void completesTheActiveLimitsOfSeveralSubjectsAndLeavesTheRest() {
        String type = "test.many." + UUID.randomUUID();
        DeadlineSubject running = DeadlineSubject.of(type, "running");
        DeadlineSubject paused = DeadlineSubject.of(type, "paused");
        DeadlineSubject done = DeadlineSubject.of(type, "done");
        DeadlineSubject other = DeadlineSubject.of(type, "other");
        deadlines.start(running, TimeLimit.clockHours(2));
        deadlines.start(paused, TimeLimit.clockHours(2));
        deadlines.pause(paused);
        deadlines.start(done, TimeLimit.clockHours(2));
        Deadline cancelled = deadlines.cancel(done);
        deadlines.start(other, TimeLimit.clockHours(2));
        clock.advance(Duration.ofHours(3));

        List<Deadline> completed = deadlines.completeIfActive(
                List.of(running, paused, done, DeadlineSubject.of(type, "none")));

        assertThat(completed).extracting(d -> d.subject().key()).containsExactlyInAnyOrder("running", "paused");
        assertThat(completed).allSatisfy(d -> assertThat(d.state()).isEqualTo(DeadlineState.COMPLETED));
        assertThat(completed).filteredOn(d -> d.subject().equals(running)).singleElement()
                .satisfies(d -> assertThat(d.overdue()).isTrue());
        assertThat(completed).filteredOn(d -> d.subject().equals(paused)).singleElement()
                .satisfies(d -> assertThat(d.overdue()).isFalse());
        assertThat(deadlines.find(done)).contains(cancelled);
        assertThat(deadlines.find(other)).get().extracting(Deadline::state).isEqualTo(DeadlineState.RUNNING);
        assertThat(deadlines.cancelIfActive(running)).isEmpty();
        assertThat(deadlines.cancelIfActive(other)).get().extracting(Deadline::state)
                .isEqualTo(DeadlineState.CANCELLED);
    }

    @Test
    void startsSeveralSubjectsAtOnceOrNoneThatIsActive() {
        String type = "test.fanout." + UUID.randomUUID();
        List<DeadlineSubject> branches = List.of(DeadlineSubject.of(type, "a"), DeadlineSubject.of(type, "b"),
                DeadlineSubject.of(type, "c"));
        Instant monday = at("2026-06-08T10:00");

        List<Deadline> started = deadlines.startNew(branches, TimeLimit.workingDays(3), monday);

        assertThat(started).extracting(Deadline::subject).containsExactlyElementsOf(branches);
        assertThat(started).extracting(Deadline::dueDate).containsOnly(LocalDate.parse("2026-06-11"));
        assertThat(deadlines.findAll(type, List.of("a", "b", "c"))).extracting(Deadline::id)
                .containsExactlyInAnyOrderElementsOf(started.stream().map(Deadline::id).toList());
        assertError(() -> deadlines.startNew(List.of(DeadlineSubject.of(type, "d"), branches.get(1)),
                TimeLimit.workingDays(3), monday), DeadlineError.DEADLINE_ALREADY_ACTIVE);
        assertThatThrownBy(() -> deadlines.startNew(List.of(DeadlineSubject.of(type, "e"),
                DeadlineSubject.of(type, "e")), TimeLimit.workingDays(3), monday))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startsLimitsOfTheirOwnLengthsTogetherAndLeavesActiveOnesAsTheyAre() {
        String type = "test.together." + UUID.randomUUID();
        DeadlineSubject promised = DeadlineSubject.of(type, "case");
        DeadlineSubject review = DeadlineSubject.of(type, "review");
        Instant friday = at("2026-02-13T10:00");
        Deadline kept = deadlines.start(promised, TimeLimit.workingDays(20), friday);

        List<Deadline> started = deadlines.startUnlessActive(List.of(
                new LimitStart(promised, TimeLimit.workingDays(3), friday),
                new LimitStart(review, TimeLimit.calendarDays(7), friday),
                new LimitStart(DeadlineSubject.of(type, "call"), TimeLimit.clockHours(2), null)));

        assertThat(started).extracting(d -> d.subject().key()).containsExactly("review", "call");
        assertThat(started.getFirst().dueDate()).isEqualTo(LocalDate.parse("2026-02-20"));
        assertThat(started.getLast().limit()).isEqualTo(TimeLimit.clockHours(2));
        assertThat(deadlines.find(promised)).get().satisfies(d -> {
            assertThat(d.id()).isEqualTo(kept.id());
            assertThat(d.limit()).isEqualTo(TimeLimit.workingDays(20));
        });
        assertThat(deadlines.find(review)).get().extracting(Deadline::id).isEqualTo(started.getFirst().id());
        assertThatThrownBy(() -> deadlines.startUnlessActive(List.of(new LimitStart(review, TimeLimit.clockHours(1),
                null), new LimitStart(review, TimeLimit.clockHours(2), null))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startIfNoneLeavesAnActiveLimitAsItIs() {
        Deadline first = deadlines.startIfNone(ticket, TimeLimit.clockHours(2), null).orElseThrow();
        deadlines.pause(ticket);

        assertThat(deadlines.startIfNone(ticket, TimeLimit.clockHours(5), null)).isEmpty();
        assertThat(deadlines.find(ticket)).get().satisfies(d -> {
            assertThat(d.id()).isEqualTo(first.id());
            assertThat(d.state()).isEqualTo(DeadlineState.PAUSED);
        });
        deadlines.complete(ticket);
        assertThat(deadlines.startIfNone(ticket, TimeLimit.clockHours(5), null)).get()
                .extracting(Deadline::limit).isEqualTo(TimeLimit.clockHours(5));
    }

    @Test
    void givesTheDueTimesOfRunningLimitsOnly() {
        String type = "test.due." + UUID.randomUUID();
        Deadline running = deadlines.start(DeadlineSubject.of(type, "running"), TimeLimit.clockHours(2));
        deadlines.start(DeadlineSubject.of(type, "paused"), TimeLimit.clockHours(2));
        deadlines.pause(DeadlineSubject.of(type, "paused"));
        deadlines.start(DeadlineSubject.of(type, "done"), TimeLimit.clockHours(2));
        deadlines.complete(DeadlineSubject.of(type, "done"));
        Deadline again = deadlines.start(DeadlineSubject.of(type, "done"), TimeLimit.clockHours(7));
        deadlines.start(DeadlineSubject.of("test.due.other." + UUID.randomUUID(), "running"),
                TimeLimit.clockHours(9));

        assertThat(deadlines.runningDueTimes(type, List.of("running", "paused", "done", "none")))
                .containsOnly(Map.entry("running", running.dueAt()), Map.entry("done", again.dueAt()));
        assertThat(deadlines.runningDueTimes(type, List.of())).isEmpty();
    }

    private static void assertError(Runnable action, DeadlineError error) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(DeadlineException.class, e -> assertThat(e.error()).isEqualTo(error));
    }
}
