package org.onewindow.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.hotline.TicketState;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The return visit's satisfaction is recorded by the {@code rating} module as a rating of the
 * ticket (kind TICKET) on the same five levels, from the {@code ReturnVisitRecorded} event.
 */
@OneWindowIntegrationTest
class ReturnVisitRatingIntegrationTests {

    @Autowired DemoIdentityData directory;
    @Autowired Departments departments;
    @Autowired ReceivingTickets receiving;
    @Autowired DispatchingTickets dispatching;
    @Autowired DepartmentHandling handling;
    @Autowired ReturnVisits visits;
    @Autowired JdbcClient jdbc;

    HotlineFixture fixture;
    OneWindowUser operator;

    @BeforeEach
    void people() {
        directory.loadDirectoryIfAbsent();
        fixture = new HotlineFixture(departments, receiving);
        operator = fixture.centre(Role.HOTLINE_OPERATOR);
    }

    @Test
    void aSatisfiedReturnVisitBecomesATicketRatingOfTheHandlingDepartment() {
        Ticket replied = replied();

        visits.record(operator, replied.id(), replied.version(), 5, true, "", fixture.acting(operator));

        Map<String, Object> rating = awaitRating(replied.id()).getFirst();
        assertThat(rating).containsEntry("subject_kind", "TICKET").containsEntry("level", 5)
                .containsEntry("solved", true).containsEntry("subject_ref", replied.number())
                .containsEntry("department_id", fixture.department("gl.urban").id())
                .containsEntry("item_code", "urban-streetlight").containsEntry("channel", "RETURN_VISIT");
        assertThat(rectifications(replied.id())).isZero();
    }

    @Test
    void aPoorUnsolvedVisitIsRatedButReopensTheTicketInsteadOfOpeningARectification() {
        Ticket replied = replied();

        Ticket reopened = visits.record(operator, replied.id(), replied.version(), 1, false, "路灯还是不亮",
                fixture.acting(operator));

        assertThat(reopened.state()).isEqualTo(TicketState.REOPENED);
        assertThat(awaitRating(replied.id()).getFirst()).containsEntry("level", 1).containsEntry("solved", false);
        assertThat(rectifications(replied.id())).isZero();

        OneWindowUser clerk = fixture.staff(fixture.department("gl.urban"), Role.WINDOW_CLERK);
        Ticket signed = handling.signFor(clerk, reopened.id(), reopened.version(), fixture.acting(clerk));
        Ticket again = handling.reply(clerk, signed.id(), signed.version(), "已更换整杆线路", fixture.acting(clerk));
        visits.record(operator, again.id(), again.version(), 4, true, "", fixture.acting(operator));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ratings(replied.id()))
                .as("each visit is one rating").extracting(r -> r.get("level")).containsExactlyInAnyOrder(1, 4));
    }

    @Test
    void aPoorRatingOfATicketTheReporterSaysIsSolvedOpensARectificationForTheDepartment() {
        Ticket replied = replied();

        visits.record(operator, replied.id(), replied.version(), 2, true, "", fixture.acting(operator));

        awaitRating(replied.id());
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(rectifications(replied.id())).isEqualTo(1));
        assertThat(jdbc.sql("""
                select x.department_id from rating.rectification x join rating.rating r on r.id = x.rating_id
                where r.subject_id = :id""").param("id", replied.id()).query(UUID.class).single())
                .isEqualTo(fixture.department("gl.urban").id());
    }

    private Ticket replied() {
        Ticket accepted = fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, null, false);
        OneWindowUser dispatcher = fixture.centre(Role.DISPATCHER);
        Ticket dispatched = dispatching.dispatch(dispatcher, accepted.id(), accepted.version(), null, "",
                fixture.acting(dispatcher));
        OneWindowUser clerk = fixture.staff(fixture.department("gl.urban"), Role.WINDOW_CLERK);
        Ticket signed = handling.signFor(clerk, dispatched.id(), dispatched.version(), fixture.acting(clerk));
        return handling.reply(clerk, signed.id(), signed.version(), "已更换灯泡", fixture.acting(clerk));
    }

    private List<Map<String, Object>> awaitRating(UUID ticketId) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !ratings(ticketId).isEmpty());
        return ratings(ticketId);
    }

    private List<Map<String, Object>> ratings(UUID ticketId) {
        return jdbc.sql("""
                select subject_kind, subject_ref, level::int as level, solved, department_id, item_code, channel
                from rating.rating where subject_id = :id order by rated_at""")
                .param("id", ticketId).query().listOfRows();
    }

    private long rectifications(UUID ticketId) {
        return jdbc.sql("""
                select count(*) from rating.rectification x join rating.rating r on r.id = x.rating_id
                where r.subject_id = :id""").param("id", ticketId).query(Long.class).single();
    }
}
