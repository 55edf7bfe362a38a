package org.onewindow.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.deadline.Deadline;
import org.onewindow.deadline.DeadlineState;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.hotline.TicketState;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.Zones;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reassignment by the dispatcher, and extensions a department asks for and the centre decides. */
@OneWindowIntegrationTest
class ReassignmentAndExtensionIntegrationTests {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired Zones zones;
    @Autowired TestStaff staff;
    @Autowired DemoIdentityData directory;
    @Autowired Departments departments;
    @Autowired ReceivingTickets receiving;
    @Autowired DispatchingTickets dispatching;
    @Autowired DepartmentHandling handling;
    @Autowired ReassigningTickets reassigning;
    @Autowired TicketExtensions extensions;
    @Autowired TicketClock ticketClock;
    @Autowired TicketHistory history;
    @Autowired TicketRecords records;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    HotlineFixture fixture;
    OneWindowUser dispatcher;
    OneWindowUser urbanClerk;

    @BeforeEach
    void people() {
        directory.loadDirectoryIfAbsent();
        fixture = new HotlineFixture(departments, receiving);
        dispatcher = fixture.centre(Role.DISPATCHER);
        urbanClerk = fixture.staff(fixture.department("gl.urban"), Role.WINDOW_CLERK);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDispatcherReassignsASignedTicketAndTheNewDepartmentStartsAFreshRound() {
        Ticket signed = signed(dispatch(fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false)));
        Department civil = fixture.department("gl.civil");
        clock.advance(Duration.ofHours(5));

        Ticket reassigned = reassigning.reassign(dispatcher, signed.id(), signed.version(), civil.id(),
                "该路灯位于民政福利院内，由院方管理", fixture.acting(dispatcher));

        assertThat(reassigned.state()).isEqualTo(TicketState.DISPATCHED);
        assertThat(reassigned.departmentId()).isEqualTo(civil.id());
        Deadline sign = ticketClock.signDeadline(reassigned).orElseThrow();
        Deadline reply = ticketClock.replyDeadline(reassigned).orElseThrow();
        assertThat(sign.state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(sign.startedAt()).isAfter(signed.updatedAt().plus(Duration.ofHours(5)));
        assertThat(reply.startedAt()).isAfter(signed.updatedAt().plus(Duration.ofHours(5)));
        assertThat(history.of(signed.id()).getLast()).satisfies(step -> {
            assertThat(step.action()).isEqualTo("reassigned");
            assertThat(step.note()).contains(civil.name()).contains("福利院");
        });
        assertThatThrownBy(() -> handling.reply(urbanClerk, signed.id(), reassigned.version(), "已修",
                fixture.acting(urbanClerk))).isInstanceOfSatisfying(HotlineException.class,
                        e -> assertThat(e.error()).isEqualTo(HotlineError.NOT_HOLDING_DEPARTMENT));
        OneWindowUser civilClerk = fixture.staff(civil, Role.WINDOW_CLERK);
        assertThat(handling.signFor(civilClerk, signed.id(), reassigned.version(), fixture.acting(civilClerk))
                .state()).isEqualTo(TicketState.SIGNED);
    }

    @Test
    void aReassignmentNeedsAReasonAnotherDepartmentAndATicketADepartmentHolds() {
        Ticket accepted = fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false);
        Ticket dispatched = dispatch(fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false));
        Department civil = fixture.department("gl.civil");

        assertRefused(() -> reassigning.reassign(dispatcher, dispatched.id(), dispatched.version(), civil.id(), " ",
                fixture.acting(dispatcher)), HotlineError.REASON_REQUIRED);
        assertRefused(() -> reassigning.reassign(dispatcher, dispatched.id(), dispatched.version(),
                dispatched.departmentId(), "再派一次", fixture.acting(dispatcher)), HotlineError.REASSIGN_SAME_DEPARTMENT);
        assertRefused(() -> reassigning.reassign(dispatcher, accepted.id(), accepted.version(), civil.id(), "改派",
                fixture.acting(dispatcher)), HotlineError.TICKET_STATE_CONFLICT);
        assertRefused(() -> reassigning.reassign(urbanClerkOfTaijiangScope(), dispatched.id(), dispatched.version(),
                civil.id(), "改派", fixture.acting(dispatcher)), HotlineError.TICKET_NOT_FOUND);
    }

    @Test
    void anApprovedExtensionMovesTheReplyDeadlineAndOnlyOneIsGrantedPerRound() {
        Ticket signed = signed(dispatch(fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false)));
        Deadline before = ticketClock.replyDeadline(signed).orElseThrow();

        assertRefused(() -> extensions.request(urbanClerk, signed.id(), signed.version(), 8, "需要采购灯具",
                fixture.acting(urbanClerk)), HotlineError.EXTENSION_INVALID);
        OneWindowUser otherClerk = fixture.staff(fixture.department("tj.urban"), Role.WINDOW_CLERK);
        assertRefused(() -> extensions.request(otherClerk, signed.id(), signed.version(), 3, "冒名",
                fixture.acting(otherClerk)), HotlineError.NOT_HOLDING_DEPARTMENT);
        extensions.request(urbanClerk, signed.id(), signed.version(), 3, "需要采购灯具", fixture.acting(urbanClerk));
        Ticket waiting = records.byId(signed.id()).orElseThrow();
        assertRefused(() -> extensions.request(urbanClerk, signed.id(), waiting.version(), 2, "再延",
                fixture.acting(urbanClerk)), HotlineError.EXTENSION_PENDING);

        Ticket approved = extensions.decide(dispatcher, signed.id(), waiting.version(), true, "",
                fixture.acting(dispatcher));

        Deadline after = ticketClock.replyDeadline(approved).orElseThrow();
        assertThat(after.dueDate()).isEqualTo(before.dueDate().plusDays(3));
        assertThat(after.extensions()).isEqualTo(1);
        assertThat(extensions.pending(signed.id())).isEmpty();
        assertThat(history.publicOf(signed.id()).getLast().action()).isEqualTo("extension_approved");
        assertRefused(() -> extensions.request(urbanClerk, signed.id(), approved.version(), 1, "还要再延",
                fixture.acting(urbanClerk)), HotlineError.EXTENSION_ALREADY_GRANTED);
    }

    @Test
    void aRefusalNeedsAReasonAndLeavesTheDeadlineAsItWas() {
        Ticket signed = signed(dispatch(fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false)));
        Deadline before = ticketClock.replyDeadline(signed).orElseThrow();
        extensions.request(urbanClerk, signed.id(), signed.version(), 2, "等待天气", fixture.acting(urbanClerk));
        Ticket waiting = records.byId(signed.id()).orElseThrow();

        assertRefused(() -> extensions.decide(dispatcher, signed.id(), waiting.version(), false, "",
                fixture.acting(dispatcher)), HotlineError.REASON_REQUIRED);
        extensions.decide(dispatcher, signed.id(), waiting.version(), false, "路灯维修不受天气影响",
                fixture.acting(dispatcher));

        assertThat(ticketClock.replyDeadline(signed).orElseThrow().dueAt()).isEqualTo(before.dueAt());
        assertThat(jdbc.sql("select decision from hotline.extension_request where ticket_id = :id")
                .param("id", signed.id()).query(String.class).single()).isEqualTo("REFUSED");
        assertThat(history.publicOf(signed.id())).noneMatch(step -> step.action().startsWith("extension"));
    }

    @Test
    void signForAndReplyAreRecordedWithWhetherTheyMetTheirLimits() {
        Ticket ticket = dispatch(fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false));
        clock.advance(Duration.ofHours(3));
        Ticket signed = signed(ticket);
        handling.reply(urbanClerk, signed.id(), signed.version(), "已修复", fixture.acting(urbanClerk));

        assertThat(jdbc.sql("select step || ':' || on_time from hotline.ticket_timing where ticket_id = :id order by id")
                .param("id", ticket.id()).query(String.class).list()).containsExactly("SIGN:false", "REPLY:true");
    }

    @Test
    void overThePagesTheDepartmentAsksAndTheDispatcherApprovesFromTheQueue() {
        Ticket signed = signed(dispatch(fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false)));
        WebClient clerk = office(fixture.department("gl.urban"), Role.WINDOW_CLERK);
        String desk = "/office/hotline/department/tickets/" + signed.id();
        Page page = clerk.get(desk);
        clerk.post(desk + "/extension", Map.of("version", version(page), "units", "2", "reason", "需更换电缆"));
        Page waiting = clerk.get(desk);

        WebClient centre = office(fixture.department("12345"), Role.DISPATCHER);
        Page queue = centre.get("/office/hotline/dispatch");
        Page ticketPage = centre.get("/office/hotline/tickets/" + signed.id());
        Page approved = centre.post("/office/hotline/tickets/" + signed.id() + "/extension",
                Map.of("version", version(ticketPage), "decision", "approve"));

        assertThat(page.body()).contains("申请延期答复").contains("最多延长 7 天");
        assertThat(waiting.body()).contains("已申请延长 2 天");
        assertThat(queue.body()).contains(signed.number()).contains("需更换电缆");
        assertThat(ticketPage.body()).contains("承办单位申请延长 2 天");
        assertThat(approved.location().orElseThrow()).contains("?done");
        assertThat(centre.get("/office/hotline/tickets/" + signed.id()).body()).contains("同意延期");
    }

    private OneWindowUser urbanClerkOfTaijiangScope() {
        return fixture.staff(fixture.department("tj.urban"), Role.DISPATCHER);
    }

    private Ticket dispatch(Ticket ticket) {
        return dispatching.dispatch(dispatcher, ticket.id(), ticket.version(), null, "", fixture.acting(dispatcher));
    }

    private Ticket signed(Ticket dispatched) {
        return handling.signFor(urbanClerk, dispatched.id(), dispatched.version(), fixture.acting(urbanClerk));
    }

    private WebClient office(Department department, Role role) {
        WebClient client = new WebClient(zones.officePort(), AnonymousReportIntegrationTests.uniqueLoopback());
        staff.logIn(client, staff.enrolled(department.id(), department.region().value(), role));
        return client;
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, HotlineError error) {
        assertThatThrownBy(call).isInstanceOfSatisfying(HotlineException.class,
                e -> assertThat(e.error()).isEqualTo(error));
    }

    private static String version(Page page) {
        Matcher matcher = VERSION.matcher(page.body());
        assertThat(matcher.find()).as(page.body()).isTrue();
        return matcher.group(1);
    }
}
