package org.onewindow.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.deadline.Deadline;
import org.onewindow.deadline.DeadlineState;
import org.onewindow.deadline.DeadlineSweeper;
import org.onewindow.deadline.LimitUnit;
import org.onewindow.deadline.TimeLimit;
import org.onewindow.hotline.HotlineException;
import org.onewindow.hotline.TicketState;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ticket's way through the use cases: dispatch, deadlines, dispute, reopening, merging. */
@OneWindowIntegrationTest
class TicketLifecycleIntegrationTests {

    @Autowired DemoIdentityData directory;
    @Autowired Departments departments;
    @Autowired ReceivingTickets receiving;
    @Autowired DispatchingTickets dispatching;
    @Autowired DepartmentHandling handling;
    @Autowired ReturnVisits visits;
    @Autowired ClosingTickets closing;
    @Autowired MergingTickets merging;
    @Autowired TicketClock ticketClock;
    @Autowired Open311Requests open311;
    @Autowired TicketRecords records;
    @Autowired TicketHistory history;
    @Autowired DeadlineSweeper sweeper;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    HotlineFixture fixture;
    OneWindowUser dispatcher;
    OneWindowUser operator;

    @BeforeEach
    void people() {
        directory.loadDirectoryIfAbsent();
        fixture = new HotlineFixture(departments, receiving);
        dispatcher = fixture.centre(Role.DISPATCHER);
        operator = fixture.centre(Role.HOTLINE_OPERATOR);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void dispatchFindsTheUrbanManagementBureauOfTheTicketsDistrict() {
        Ticket gulou = fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false);
        Ticket taijiang = fixture.phoneCall("urban-streetlight", HotlineFixture.TAIJIANG, null, false);

        Ticket one = dispatch(gulou);
        Ticket two = dispatch(taijiang);

        assertThat(one.state()).isEqualTo(TicketState.DISPATCHED);
        assertThat(one.departmentId()).isEqualTo(fixture.department("gl.urban").id());
        assertThat(two.departmentId()).isEqualTo(fixture.department("tj.urban").id());
        assertThat(dispatching.proposed(fixture.phoneCall("market-consumer", HotlineFixture.GULOU, null, false))
                .orElseThrow().function()).isEqualTo(org.onewindow.identity.DepartmentFunction.MARKET_REGULATION);
    }

    @Test
    void theDispatcherMayOverrideTheProposedDepartment() {
        Ticket ticket = fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false);
        Department civil = fixture.department("gl.civil");

        Ticket dispatched = dispatching.dispatch(dispatcher, ticket.id(), ticket.version(), civil.id(), "转民政",
                fixture.acting(dispatcher));

        assertThat(dispatched.departmentId()).isEqualTo(civil.id());
    }

    @Test
    void signForIsTimedInClockHoursAndTheReplyInTheServicesDeadlineClass() {
        Ticket general = dispatch(fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false));
        Ticket utilities = dispatch(fixture.phoneCall("housing-water-outage", HotlineFixture.GULOU, null, false));

        Deadline sign = ticketClock.signDeadline(general).orElseThrow();
        Deadline week = ticketClock.replyDeadline(general).orElseThrow();
        Deadline day = ticketClock.replyDeadline(utilities).orElseThrow();

        assertThat(sign.limit()).isEqualTo(TimeLimit.clockHours(2));
        assertThat(sign.dueAt()).isEqualTo(sign.startedAt().plus(Duration.ofHours(2)));
        assertThat(week.limit().unit()).isEqualTo(LimitUnit.CALENDAR_DAYS);
        assertThat(week.dueDate()).isEqualTo(LocalDate.ofInstant(week.startedAt(), ChinaTime.ZONE).plusDays(7));
        assertThat(day.limit()).isEqualTo(TimeLimit.clockHours(24));
        assertThat(day.dueAt()).isEqualTo(day.startedAt().plus(Duration.ofHours(24)));
    }

    @Test
    void anOfficeEnquiryIsTimedInWorkingDaysAcrossTheSpringFestival() {
        // Early in 2026, well before the periods the figures tests count (they go back at most ~290 days).
        clock.advance(Duration.between(clock.instant(),
                java.time.ZonedDateTime.of(2026, 2, 12, 10, 0, 0, 0, ChinaTime.ZONE).toInstant()));
        Ticket enquiry = dispatch(fixture.phoneCall("social-insurance", HotlineFixture.GULOU, null, false));

        Deadline reply = ticketClock.replyDeadline(enquiry).orElseThrow();

        // Five working days after Thursday 12 February: 13, 14 (a make-up Saturday), then after the
        // holiday of 15–23 February, 24, 25 and 26 February.
        assertThat(reply.limit()).isEqualTo(TimeLimit.workingDays(5));
        assertThat(reply.dueDate()).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void aTicketNotSignedForWithinTwoHoursIsMarkedOverdue() {
        Ticket ticket = dispatch(fixture.phoneCall("urban-manhole", HotlineFixture.GULOU, null, false));

        clock.advance(Duration.ofHours(3));
        sweeper.sweep();

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> records.byId(ticket.id()).orElseThrow().overdue());
        assertThat(records.overdue(HotlineFixture.code("350100"), 1000)).extracting(Ticket::id).contains(ticket.id());
    }

    /** Open311's {@code expected_datetime}: the running reply limit's due time while a department holds the ticket. */
    @Test
    void open311ExpectsTheReplyByTheRunningReplyLimit() {
        Ticket waiting = fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false);
        Ticket ticket = dispatch(fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false));
        OneWindowUser clerk = fixture.staff(fixture.department("gl.urban"), Role.WINDOW_CLERK);
        Deadline reply = ticketClock.replyDeadline(ticket).orElseThrow();

        java.util.List<ServiceRequest> held = open311.render(java.util.List.of(waiting, ticket), "/media/");
        Ticket signed = handling.signFor(clerk, ticket.id(), ticket.version(), fixture.acting(clerk));
        Ticket replied = handling.reply(clerk, ticket.id(), signed.version(), "已更换灯泡", fixture.acting(clerk));

        assertThat(held.get(0).expectedDatetime()).isNull();
        assertThat(held.get(1).expectedDatetime()).isEqualTo(Open311Requests.format(reply.dueAt()));
        assertThat(open311.render(java.util.List.of(replied), "/media/").getFirst().expectedDatetime()).isNull();
    }

    @Test
    void signingAndReplyingCompleteTheLimits() {
        Ticket ticket = dispatch(fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false));
        OneWindowUser clerk = fixture.staff(fixture.department("gl.urban"), Role.WINDOW_CLERK);

        Ticket signed = handling.signFor(clerk, ticket.id(), ticket.version(), fixture.acting(clerk));
        Ticket replied = handling.reply(clerk, ticket.id(), signed.version(), "已更换灯泡", fixture.acting(clerk));

        assertThat(replied.state()).isEqualTo(TicketState.REPLIED);
        assertThat(ticketClock.signDeadline(replied).orElseThrow().state()).isEqualTo(DeadlineState.COMPLETED);
        assertThat(ticketClock.replyDeadline(replied).orElseThrow().state()).isEqualTo(DeadlineState.COMPLETED);
    }

    @Test
    void aDisputeSendsTheTicketBackToTheDispatcherWithTheReason() {
        Ticket ticket = dispatch(fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false));
        OneWindowUser clerk = fixture.staff(fixture.department("gl.urban"), Role.WINDOW_CLERK);

        Ticket disputed = handling.dispute(clerk, ticket.id(), ticket.version(), "该路段路灯由供电公司管理",
                fixture.acting(clerk));

        assertThat(disputed.state()).isEqualTo(TicketState.DISPUTED);
        assertThat(disputed.departmentId()).isNull();
        assertThat(ticketClock.replyDeadline(disputed).orElseThrow().state()).isEqualTo(DeadlineState.CANCELLED);
        assertThat(history.of(ticket.id())).anySatisfy(step -> {
            assertThat(step.action()).isEqualTo("disputed");
            assertThat(step.note()).contains("供电公司");
            assertThat(step.publicNote()).isFalse();
        });
        assertThat(records.inStates(java.util.List.of(TicketState.DISPUTED), HotlineFixture.code("350100"), 1000))
                .extracting(Ticket::id).contains(ticket.id());
        assertThat(dispatch(disputed).state()).isEqualTo(TicketState.DISPATCHED);
    }

    @Test
    void anUnsolvedReturnVisitReopensTheTicketWithTheSameDepartmentAndASupervisionNote() {
        Ticket replied = replied(fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false));

        Ticket reopened = visits.record(operator, replied.id(), replied.version(), 2, false, "路灯仍然不亮",
                fixture.acting(operator));

        assertThat(reopened.state()).isEqualTo(TicketState.REOPENED);
        assertThat(reopened.departmentId()).isEqualTo(fixture.department("gl.urban").id());
        assertThat(reopened.satisfaction()).isEqualTo(2);
        assertThat(reopened.solved()).isFalse();
        assertThat(ticketClock.signDeadline(reopened).orElseThrow().state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(history.of(reopened.id()).getLast().note()).isEqualTo("督办：路灯仍然不亮");
        OneWindowUser clerk = fixture.staff(fixture.department("gl.urban"), Role.WINDOW_CLERK);
        assertThat(handling.signFor(clerk, reopened.id(), reopened.version(), fixture.acting(clerk)).state())
                .isEqualTo(TicketState.SIGNED);
    }

    @Test
    void aReplyFromADepartmentThatDoesNotHoldTheTicketIsRefusedAndAudited() {
        Ticket ticket = dispatch(fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false));
        OneWindowUser other = fixture.staff(fixture.department("tj.urban"), Role.WINDOW_CLERK);

        assertThatThrownBy(() -> handling.reply(other, ticket.id(), ticket.version(), "不是我们的",
                fixture.acting(other)))
                .isInstanceOfSatisfying(HotlineException.class,
                        e -> assertThat(e.code()).isEqualTo("not_holding_department"));
        assertThatThrownBy(() -> handling.visible(other, ticket.id())).isInstanceOf(HotlineException.class);
        assertThat(records.byId(ticket.id()).orElseThrow().state()).isEqualTo(TicketState.DISPATCHED);
    }

    @Test
    void aMergedDuplicateFollowsTheMainTicketAndItsReporterIsToldTheResult() {
        Ticket main = fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, "13800138001", false);
        Ticket duplicate = fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, "13900139002", false);

        Ticket merged = merging.merge(operator, duplicate.id(), duplicate.version(), main.id(), fixture.acting(operator));
        Ticket replied = replied(main);
        Ticket visited = visits.record(operator, replied.id(), replied.version(), 5, true, "", fixture.acting(operator));
        Ticket closed = closing.close(operator, visited.id(), visited.version(), "", fixture.acting(operator));

        assertThat(merged.state()).isEqualTo(TicketState.MERGED);
        assertThat(merged.mainTicketId()).isEqualTo(main.id());
        assertThat(records.followers(main.id())).extracting(Ticket::id).containsExactly(duplicate.id());
        assertThat(closed.state()).isEqualTo(TicketState.CLOSED);
        assertThat(jdbc.sql("select body from notification.outbox where purpose = 'hotline_result' and body like :n")
                .param("n", "%" + duplicate.number() + "%").query(String.class).list())
                .singleElement().asString().contains(main.number()).contains("已更换灯泡");
        assertThatThrownBy(() -> merging.merge(operator, main.id(), closed.version(), duplicate.id(),
                fixture.acting(operator))).isInstanceOf(HotlineException.class);
    }

    @Test
    void anEmergencyIsTransferredAndNeverDispatched() {
        Ticket ticket = receiving.receive(new NewTicket(Channel.PHONE, "urban-manhole", "有人掉进井里", "东街",
                HotlineFixture.GULOU, null, null, java.util.Map.of(), null, null, null, false, "120", null),
                Acting.system("test"));

        assertThat(ticket.state()).isEqualTo(TicketState.TRANSFERRED);
        assertThat(ticket.emergencyService()).isEqualTo("120");
        assertThatThrownBy(() -> dispatch(ticket)).isInstanceOf(HotlineException.class);
    }

    private Ticket dispatch(Ticket ticket) {
        return dispatching.dispatch(dispatcher, ticket.id(), ticket.version(), null, "", fixture.acting(dispatcher));
    }

    private Ticket replied(Ticket accepted) {
        Ticket ticket = dispatch(accepted);
        OneWindowUser clerk = fixture.staff(fixture.department("gl.urban"), Role.WINDOW_CLERK);
        Ticket signed = handling.signFor(clerk, ticket.id(), ticket.version(), fixture.acting(clerk));
        return handling.reply(clerk, ticket.id(), signed.version(), "已更换灯泡", fixture.acting(clerk));
    }
}
