package org.onewindow.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.Cases;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.DeadlineSweeper;
import org.onewindow.deadline.Deadlines;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.Zones;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestApplications.Submitted;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A poor rating's rectification: its due date, the department's reply, the rater's answer, the supervisor. */
@OneWindowIntegrationTest
class RectificationIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired TaskDesk desk;
    @Autowired Workflows workflows;
    @Autowired Cases cases;
    @Autowired Departments departments;
    @Autowired TestStaff staff;
    @Autowired Zones zones;
    @Autowired DemoIdentityData directory;
    @Autowired Deadlines deadlines;
    @Autowired DeadlineSweeper sweeper;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    RatingFixture fixture;

    @BeforeEach
    void fixture() {
        directory.loadDirectoryIfAbsent();
        fixture = new RatingFixture(applications, desk, workflows, cases, departments, staff, zones);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Rated on Monday 2026-09-28, 15 working days by STANDARDS.md's 2026 calendar: 09-29 (1),
     * 09-30 (2), 10-01 – 10-07 National Day off, 10-08 (3), 10-09 (4), Saturday 10-10 a make-up
     * working day (5), 10-12 – 10-16 (6–10), 10-19 – 10-23 (11–15). Weekdays alone would give 10-19.
     */
    @Test
    void aPoorRatingOnTheEveOfNationalDayIsDueFifteenWorkingDaysLaterByTheHolidayCalendar() {
        Submitted closed = fixture.refused(port);
        clock.advance(Duration.between(clock.instant(),
                LocalDateTime.of(2026, 9, 28, 10, 0).atZone(ChinaTime.ZONE).toInstant()));

        UUID ratingId = RatingFixture.ratingId(fixture.rate(closed.portal(), closed.caseId(), "1",
                List.of("slow", "overdue"), "等了很久没有结果"));

        UUID rectificationId = rectificationOf(closed.caseId());
        assertThat(jdbc.sql("select due_date from rating.rectification where id = :id").param("id", rectificationId)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(deadlines.find(DeadlineSubject.of("rating.rectification", rectificationId.toString()))
                .orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(jdbc.sql("select department_id from rating.rectification where id = :id")
                .param("id", rectificationId).query(UUID.class).single())
                .isEqualTo(fixture.department("hrss").id());
        assertThat(closed.portal().get("/ratings/" + ratingId).body())
                .contains("id=\"rectification-due\">2026-10-23<").contains("整改中");
        WebClient hrss = fixture.office("hrss", Role.REVIEWER);
        assertThat(hrss.get("/office/rectifications/" + rectificationId).body())
                .contains("2026-10-23").contains("等了很久没有结果");
    }

    @Test
    void anotherDepartmentCannotSeeOrReplyAndTheResponsibleDepartmentRepliesToTheRater() {
        Submitted closed = fixture.refused(port);
        UUID ratingId = RatingFixture.ratingId(fixture.rate(closed.portal(), closed.caseId(), "2",
                List.of("poor_attitude"), "窗口人员态度冷淡"));
        UUID id = rectificationOf(closed.caseId());
        String receipt = cases.summary(closed.caseId()).orElseThrow().receiptNumber();

        WebClient tax = fixture.sharedOffice("tax", Role.REVIEWER);
        assertThat(tax.get("/office/rectifications").body()).doesNotContain(receipt);
        assertThat(tax.get("/office/rectifications/" + id).status()).isEqualTo(404);
        Page wrong = tax.post("/office/rectifications/" + id + "/reply",
                Map.of("finding", "已核实", "action", "已整改", "reply", "由我们答复"));
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(jdbc.sql("select state || coalesce(reply, '') from rating.rectification where id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("OPEN");
        assertThat(jdbc.sql("""
                select count(*) from audit.entry where event = 'RECTIFICATION_REPLIED' and result = 'DENIED'
                and object_id = :id and detail = 'rectification_not_found'""")
                .param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from audit.entry where event = 'PERMISSION_DENIED' and object_type = 'rectification'
                and object_id = :id""").param("id", id.toString()).query(Long.class).single()).isEqualTo(1);

        WebClient hrss = fixture.sharedOffice("hrss", Role.DEPARTMENT_HEAD);
        assertThat(hrss.get("/office/rectifications").body()).contains(receipt);
        assertThat(hrss.get("/office/rectifications/" + id).body()).contains("窗口人员态度冷淡").contains("服务态度差");
        Page incomplete = hrss.post("/office/rectifications/" + id + "/reply",
                Map.of("finding", "调取录像核实属实", "reply", "向您致歉"));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("请填写整改措施");
        Page replied = hrss.post("/office/rectifications/" + id + "/reply", Map.of("finding", "调取录像核实属实",
                "action", "对窗口人员批评教育并组织服务规范培训", "reply", "经核实情况属实，已整改，向您致歉"));
        assertThat(replied.location().orElseThrow()).endsWith("/office/rectifications/" + id + "?replied");
        assertThat(hrss.post("/office/rectifications/" + id + "/reply",
                Map.of("finding", "再答", "action", "再改", "reply", "再复")).status()).isEqualTo(409);

        Page mine = closed.portal().get("/ratings/" + ratingId);
        assertThat(mine.body()).contains("经核实情况属实，已整改，向您致歉").contains("对窗口人员批评教育")
                .contains("按期答复").contains("id=\"feedback\"");
        Page answered = closed.portal().post("/ratings/" + ratingId + "/feedback", Map.of("satisfied", "false"));
        assertThat(answered.location().orElseThrow()).endsWith("/ratings/" + ratingId + "?answered");
        assertThat(closed.portal().get("/ratings/" + ratingId).body())
                .contains("id=\"rectification-feedback\">不满意<").doesNotContain("id=\"feedback\"");
        assertThat(closed.portal().post("/ratings/" + ratingId + "/feedback", Map.of("satisfied", "true")).status())
                .isEqualTo(409);
        assertThat(jdbc.sql("select rater_satisfied from rating.rectification where id = :id").param("id", id)
                .query(Boolean.class).single()).isFalse();

        WebClient supervisor = fixture.sharedOffice("gov", Role.SUPERVISOR);
        assertThat(supervisor.get("/office/rectifications/supervision?filter=UNSATISFIED").body()).contains(receipt);
        assertThat(supervisor.get("/office/rectifications/supervision/" + id).body())
                .contains("经核实情况属实").doesNotContain("reply-form");
        assertThat(tax.get("/office/rectifications/supervision").status()).as("needs rating.supervise")
                .isEqualTo(403);
    }

    @Test
    void theSupervisorSeesARectificationOverdueOnceTheClockPassesItsDueDate() {
        Submitted closed = fixture.refused(port);
        fixture.rate(closed.portal(), closed.caseId(), "1", List.of(), "一直没人处理");
        UUID id = rectificationOf(closed.caseId());
        String receipt = cases.summary(closed.caseId()).orElseThrow().receiptNumber();
        LocalDate due = jdbc.sql("select due_date from rating.rectification where id = :id").param("id", id)
                .query(LocalDate.class).single();

        WebClient before = fixture.office("gov", Role.SUPERVISOR);
        assertThat(before.get("/office/rectifications/supervision?filter=OPEN").body()).contains(receipt);
        assertThat(before.get("/office/rectifications/supervision?filter=OVERDUE").body()).doesNotContain(receipt);

        clock.advance(Duration.between(clock.instant(),
                due.plusDays(1).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant()));
        WebClient after = fixture.office("gov", Role.SUPERVISOR);
        Page overdue = after.get("/office/rectifications/supervision?filter=OVERDUE&department="
                + fixture.department("hrss").id());
        assertThat(overdue.body()).contains(receipt).contains("已超期");

        sweeper.sweep();
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.sql("select overdue from rating.rectification where id = :id").param("id", id)
                        .query(Boolean.class).single()).as("marked by DeadlinePassed").isTrue());

        WebClient hrss = fixture.office("hrss", Role.WINDOW_CLERK);
        hrss.get("/office/rectifications/" + id);
        hrss.post("/office/rectifications/" + id + "/reply",
                Map.of("finding", "核实属实", "action", "已补办", "reply", "已为您办理"));
        assertThat(jdbc.sql("select replied_on_time from rating.rectification where id = :id").param("id", id)
                .query(Boolean.class).single()).isFalse();
        assertThat(after.get("/office/rectifications/supervision?filter=OVERDUE").body()).doesNotContain(receipt);
        assertThat(after.get("/office/rectifications/supervision/" + id).body()).contains("超期答复");
    }

    private UUID rectificationOf(UUID caseId) {
        return jdbc.sql("""
                select x.id from rating.rectification x join rating.rating r on r.id = x.rating_id
                where r.subject_kind = 'CASE' and r.subject_id = :id""").param("id", caseId).query(UUID.class).single();
    }
}
