package org.onewindow.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEntryView;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditQuery;
import org.onewindow.audit.AuditTrail;
import org.onewindow.deadline.Deadline;
import org.onewindow.deadline.DeadlineApproaching;
import org.onewindow.deadline.DeadlinePassed;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.DeadlineSweeper.SweepReport;
import org.onewindow.deadline.Deadlines;
import org.onewindow.deadline.TimeLimit;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

/**
 * The sweeper publishes each notification once per limit, whoever sweeps; the scheduled sweeper
 * of the test context may run in between, so the tests count events, not the reports of their calls.
 */
@OneWindowIntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class DeadlineSweeperIntegrationTests {

    @Autowired
    Deadlines deadlines;

    @Autowired
    JdbcDeadlineSweeper sweeper;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    MutableClock clock;

    private final DeadlineSubject ticket = DeadlineSubject.of("test.sweep", UUID.randomUUID().toString());

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void announcesDueSoonOnceAndThenPassedOnce(AssertablePublishedEvents events) {
        Deadline deadline = deadlines.start(ticket, TimeLimit.clockHours(10));

        sweeper.sweep();
        assertThat(approaching(events)).isEmpty();
        clock.advance(Duration.ofHours(8).plusMinutes(1));
        sweeper.sweep();
        sweeper.sweep();
        assertThat(approaching(events)).singleElement().satisfies(event -> {
            assertThat(event.deadlineId()).isEqualTo(deadline.id());
            assertThat(event.dueAt()).isEqualTo(deadline.dueAt());
            assertThat(event.provisional()).isFalse();
        });
        assertThat(passed(events)).isEmpty();

        clock.advance(Duration.ofHours(2));
        sweeper.sweep();
        sweeper.sweep();

        assertThat(approaching(events)).hasSize(1);
        assertThat(passed(events)).singleElement().extracting(DeadlinePassed::subject).isEqualTo(ticket);
        assertThat(auditEntries(ticket)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(Actor.system("deadline-sweeper"));
            assertThat(entry.objectType()).isEqualTo("test.sweep");
            assertThat(entry.detail()).contains(deadline.id().toString());
        });
    }

    @Test
    void aLimitFoundOverdueIsNotAnnouncedAsDueSoon(AssertablePublishedEvents events) {
        deadlines.start(ticket, TimeLimit.clockHours(1));
        clock.advance(Duration.ofHours(2));

        sweeper.sweep();
        sweeper.sweep();

        assertThat(passed(events)).hasSize(1);
        assertThat(approaching(events)).isEmpty();
    }

    @Test
    void pausedAndCompletedLimitsAreNotSwept(AssertablePublishedEvents events) {
        DeadlineSubject done = DeadlineSubject.of("test.sweep", UUID.randomUUID().toString());
        deadlines.start(ticket, TimeLimit.clockHours(1));
        deadlines.start(done, TimeLimit.clockHours(1));
        deadlines.pause(ticket);
        deadlines.complete(done);
        clock.advance(Duration.ofHours(2));

        sweeper.sweep();
        assertThat(events.ofType(DeadlinePassed.class)
                .matching(event -> event.subjectType().equals("test.sweep")
                        && (event.subjectKey().equals(ticket.key()) || event.subjectKey().equals(done.key()))))
                .isEmpty();

        deadlines.resume(ticket);
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        sweeper.sweep();
        assertThat(passed(events)).hasSize(1);
    }

    @Test
    void anExtensionPastANotificationSendsItAgainForTheNewDueTime(AssertablePublishedEvents events) {
        Deadline first = deadlines.start(ticket, TimeLimit.clockHours(10));
        clock.advance(Duration.ofHours(11));
        sweeper.sweep();

        Deadline extended = deadlines.extend(ticket, 5, "supervisor_approved");
        sweeper.sweep();
        assertThat(passed(events)).hasSize(1);
        clock.advance(Duration.ofHours(2));
        sweeper.sweep();
        assertThat(approaching(events)).singleElement().extracting(DeadlineApproaching::dueAt)
                .isEqualTo(extended.dueAt());
        clock.advance(Duration.ofHours(3));
        sweeper.sweep();

        assertThat(passed(events)).extracting(DeadlinePassed::dueAt).containsExactly(first.dueAt(), extended.dueAt());
    }

    @Test
    void twoSweepersAtOnceNotifyEachLimitOnce(AssertablePublishedEvents events) throws Exception {
        String type = "test.sweep.concurrent";
        List<DeadlineSubject> subjects = IntStream.range(0, 60)
                .mapToObj(i -> DeadlineSubject.of(type, UUID.randomUUID().toString()))
                .toList();
        subjects.forEach(subject -> deadlines.start(subject, TimeLimit.clockHours(1)));
        clock.advance(Duration.ofHours(2));

        CountDownLatch go = new CountDownLatch(1);
        List<Future<SweepReport>> reports = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                reports.add(pool.submit(() -> {
                    go.await();
                    return sweeper.sweep(7);
                }));
            }
            go.countDown();
            int passedByBoth = 0;
            for (Future<SweepReport> report : reports) {
                passedByBoth += report.get().passed();
            }
            assertThat(passedByBoth).isLessThanOrEqualTo(subjects.size());
        }

        for (DeadlineSubject subject : subjects) {
            assertThat(events.ofType(DeadlinePassed.class).matching(DeadlinePassed::subject, subject::equals))
                    .as("events for %s", subject)
                    .hasSize(1);
            assertThat(auditEntries(subject)).hasSize(1);
        }
        assertThat(events.ofType(DeadlineApproaching.class).matching(DeadlineApproaching::subjectType, type::equals))
                .isEmpty();
    }

    private List<DeadlineApproaching> approaching(AssertablePublishedEvents events) {
        List<DeadlineApproaching> found = new ArrayList<>();
        events.ofType(DeadlineApproaching.class).matching(DeadlineApproaching::subject, ticket::equals)
                .forEach(found::add);
        return found;
    }

    private List<DeadlinePassed> passed(AssertablePublishedEvents events) {
        List<DeadlinePassed> found = new ArrayList<>();
        events.ofType(DeadlinePassed.class).matching(DeadlinePassed::subject, ticket::equals).forEach(found::add);
        return found;
    }

    private List<AuditEntryView> auditEntries(DeadlineSubject subject) {
        return auditTrail.view(Actor.system("deadline-test"), null, AuditQuery.newest()
                        .withEvent(AuditEvent.DEADLINE_PASSED)
                        .withObjectId(subject.key()))
                .entries();
    }
}
