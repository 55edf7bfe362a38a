package org.onewindow.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.Cases;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.Zones;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestApplications.Applied;
import org.onewindow.support.TestCitizens;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The performance pages against a small data set computed by hand: basic pension claims
 * ({@code pension-claim}, promised in 10 working days, no other test applies for it) to the
 * city's human resources bureau in June 2026, driven through the portal and the real workflow with
 * the test clock. The page and the CSV file are read as the department head would read them.
 *
 * <pre>
 * case  submitted         accepted  closed                    working days used        rating
 * E     Fri 05-29 09:00   05-29     approved Tue 06-02        06-01, 06-02 = 2         4 on 06-03
 * A     Mon 06-01 09:00   06-01     approved Wed 06-03        06-02, 06-03 = 2         5 on 06-05
 * B     Mon 06-08 09:00   06-08     approved Wed 06-24, due   06-09 … 06-24 without    1 on 06-25, the
 *                                   06-23 (06-19 is the       the festival = 11, late  rectification
 *                                   Dragon Boat Festival)                              answered 06-29
 * C     Wed 06-10 09:00   refused to accept Thu 06-11 (no promised limit)              2 on 06-12, open
 *                                                                                      (due 07-06)
 * D     Mon 06-15 09:00   06-15     in progress, due 06-30: overdue on 07-06
 * F     Wed 07-01 09:00   07-01     in progress, due 07-15
 *
 * June, read on Monday 07-06 10:00:
 *   received 4 (A B C D); closed 4 (E A C B); with a promised limit 3, on time 2: 66.67%;
 *   working days used (2 + 2 + 11) / 3 = 5.0 against 10.0 promised; overdue now 1 (D);
 *   ratings 4, satisfied 2: 50.00%; rectifications opened 2, answered on time 1: 50.00%.
 * May: received 1 (E), closed 0.  June 1–10: received 3 (A B C), closed 2 (E A), on time 2/2 = 100.00%.
 * </pre>
 *
 * <p>The department's own line and the public page count everything of the bureau in June 2026,
 * which in this test run is this data set: the other tests apply on the real date or move the
 * clock to other months.
 */
@OneWindowIntegrationTest
class DepartmentPerformanceIntegrationTests {

    private static final Pattern ROW = Pattern.compile("<tr id=\"line-pension-claim\">(.*?)</tr>", Pattern.DOTALL);
    private static final LocalDate RETIRED = LocalDate.of(2026, 5, 1);

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired TestCitizens citizens;
    @Autowired TaskDesk desk;
    @Autowired Workflows workflows;
    @Autowired Cases cases;
    @Autowired Departments departments;
    @Autowired TestStaff staff;
    @Autowired Zones zones;
    @Autowired DemoIdentityData directory;
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

    @Test
    void theDashboardTheCsvFileAndThePublicPageShowTheHandComputedFigures() {
        moveTo(2026, 5, 29, 9, 0);
        Applied e = apply();
        fixture.accept(e.caseId());
        moveTo(2026, 6, 1, 9, 0);
        Applied a = apply();
        fixture.accept(a.caseId());
        moveTo(2026, 6, 2, 10, 0);
        fixture.approve(e.caseId());
        moveTo(2026, 6, 3, 10, 0);
        fixture.approve(a.caseId());
        rate(e, "4", List.of("efficient"), null);
        moveTo(2026, 6, 5, 10, 0);
        rate(a, "5", List.of(), null);
        moveTo(2026, 6, 8, 9, 0);
        Applied b = apply();
        fixture.accept(b.caseId());
        moveTo(2026, 6, 10, 9, 0);
        Applied c = apply();
        moveTo(2026, 6, 11, 9, 0);
        fixture.refuse(c.caseId());
        moveTo(2026, 6, 12, 10, 0);
        rate(c, "2", List.of("unclear_guidance"), "窗口没有说明退回的理由");
        moveTo(2026, 6, 15, 9, 0);
        Applied d = apply();
        fixture.accept(d.caseId());
        moveTo(2026, 6, 24, 10, 0);
        fixture.approve(b.caseId());
        moveTo(2026, 6, 25, 10, 0);
        UUID poor = RatingFixture.ratingId(rate(b, "1", List.of("slow", "overdue"), "拖了很久才办好"));
        moveTo(2026, 6, 29, 10, 0);
        UUID rectification = jdbc.sql("select id from rating.rectification where rating_id = :r").param("r", poor)
                .query(UUID.class).single();
        WebClient replying = fixture.office("hrss", Role.DEPARTMENT_HEAD);
        replying.get("/office/rectifications/" + rectification);
        assertThat(replying.post("/office/rectifications/" + rectification + "/reply",
                        Map.of("finding", "核实属实", "action", "已调整审核流程", "reply", "已整改，向您致歉"))
                .location()).isPresent();
        moveTo(2026, 7, 1, 9, 0);
        Applied f = apply();
        fixture.accept(f.caseId());
        moveTo(2026, 7, 6, 10, 0);

        Department hrss = fixture.department("hrss");
        WebClient head = fixture.office("hrss", Role.DEPARTMENT_HEAD);
        Page redirected = head.get("/office/performance?month=2026-06");
        assertThat(redirected.location().orElseThrow())
                .endsWith("/office/performance/departments/" + hrss.id() + "?month=2026-06");
        Page june = head.get("/office/performance/departments/" + hrss.id() + "?month=2026-06");
        assertThat(june.status()).isEqualTo(200);
        String row = row(june);
        assertThat(row).contains("基本养老保险待遇申领")
                .contains("class=\"received\">4<").contains("class=\"closed\">4<")
                .contains(">66.67%<").contains("(2/3)")
                .contains("5.0 / 10.0 个工作日")
                .contains("class=\"overdue-now\">1<")
                .contains(">50.00%<").contains("(2/4)").contains("(1/2)");
        assertThat(june.body()).contains("2026-06-01 至 2026-06-30")
                .contains("role=\"img\"")
                .contains("<title id=\"items-on-time-title\">按期办结率</title>")
                .contains("<desc id=\"items-on-time-desc\">")
                .contains(">66.67% (2/3)</text>")
                .contains(">50.00% (2/4)</text>")
                .contains("<title id=\"items-days-title\">")
                .doesNotContain("<script");
        String total = june.body().replaceAll("(?s).*<tr id=\"line-total\">(.*?)</tr>.*", "$1");
        assertThat(total).contains("合计").contains("class=\"received\">4<").contains("(2/3)").contains("(2/4)");

        Page csv = head.get("/office/performance/departments/" + hrss.id() + "/export?month=2026-06", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("content-type").getFirst()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(csv.headers().get("content-disposition").getFirst())
                .isEqualTo("attachment; filename=\"performance-hrss-2026-06.csv\"");
        assertThat(csv.body()).startsWith("\uFEFF部门,起始日期,截止日期,事项编码,事项,收件,办结,有承诺时限的办结件,按期办结,按期办结率,")
                .contains("\r\n" + hrss.name() + ",2026-06-01,2026-06-30,pension-claim,基本养老保险待遇申领,"
                        + "4,4,3,2,66.67%,0,5.0,10.0,,,1,4,2,50.00%,2,2,1,50.00%\r\n")
                .endsWith(",合计,4,4,3,2,66.67%,0,5.0,10.0,,,1,4,2,50.00%,2,2,1,50.00%\r\n");

        String may = row(head.get("/office/performance/departments/" + hrss.id() + "?month=2026-05"));
        assertThat(may).contains("class=\"received\">1<").contains("class=\"closed\">0<");
        String firstTenDays = row(head.get("/office/performance/departments/" + hrss.id()
                + "?from=2026-06-01&to=2026-06-10"));
        assertThat(firstTenDays).contains("class=\"received\">3<").contains("class=\"closed\">2<")
                .contains(">100.00%<").contains("(2/2)").contains("2.0 / 10.0 个工作日");

        WebClient anyone = new WebClient(port);
        Page published = anyone.get("/performance?month=2026-06");
        assertThat(published.status()).isEqualTo(200);
        String line = published.body().replaceAll("(?s).*<tr id=\"line-" + hrss.id() + "\">(.*?)</tr>.*", "$1");
        assertThat(line).contains(hrss.name()).contains("class=\"closed\">4<").contains(">66.67%<")
                .contains("class=\"ratings\">4<").contains(">50.00%<");
        assertThat(published.body()).contains("role=\"img\"").contains("<title id=\"public-satisfaction-title\">");
        for (Applied applied : List.of(a, b, c, d, e, f)) {
            assertThat(published.body()).doesNotContain(applied.applicant().name())
                    .doesNotContain(applied.applicant().idNumber().value())
                    .doesNotContain(cases.summary(applied.caseId()).orElseThrow().receiptNumber());
        }
        assertThat(published.body()).doesNotContain("窗口没有说明退回的理由").doesNotContain("拖了很久才办好")
                .doesNotContain("pension-claim");
        assertThat(anyone.get("/performance?month=2025-01").status()).isEqualTo(400);
    }

    @Test
    void aDepartmentSeesOnlyItselfAndASupervisorTheDepartmentsOfTheirRegion() {
        Department hrss = fixture.department("hrss");
        Department tax = fixture.department("tax");
        Department gulouCivil = fixture.department("gl.civil");

        WebClient taxReviewer = fixture.sharedOffice("tax", Role.REVIEWER);
        assertThat(taxReviewer.get("/office/performance").location().orElseThrow())
                .endsWith("/office/performance/departments/" + tax.id());
        assertThat(taxReviewer.get("/office/performance/departments/" + tax.id()).status()).isEqualTo(200);
        assertThat(taxReviewer.get("/office/performance/departments/" + hrss.id()).status()).isEqualTo(404);
        assertThat(taxReviewer.get("/office/performance/departments/" + hrss.id() + "/export", "text/csv").status())
                .isEqualTo(404);
        assertThat(taxReviewer.get("/office/performance/departments/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(taxReviewer.get("/office/performance/export").status()).isEqualTo(403);
        assertThat(jdbc.sql("""
                select count(*) from audit.entry where event = 'PERMISSION_DENIED' and object_type = 'department'
                and object_id = :id and detail = 'performance_department_not_found'""")
                .param("id", hrss.id().toString()).query(Long.class).single()).isGreaterThanOrEqualTo(2);

        WebClient gulou = new WebClient(zones.officePort());
        staff.logIn(gulou, staff.enrolled(gulouCivil.id(), "350102", Role.SUPERVISOR));
        Page gulouOverview = gulou.get("/office/performance");
        assertThat(gulouOverview.status()).isEqualTo(200);
        assertThat(gulouOverview.body()).contains(gulouCivil.name()).doesNotContain(hrss.name());
        assertThat(gulou.get("/office/performance/departments/" + gulouCivil.id()).status()).isEqualTo(200);
        assertThat(gulou.get("/office/performance/departments/" + hrss.id()).status()).isEqualTo(404);

        Department government = fixture.department("gov");
        WebClient city = new WebClient(zones.officePort());
        staff.logIn(city, staff.enrolled(government.id(), "350100", Role.SUPERVISOR));
        Page cityOverview = city.get("/office/performance?month=2026-06");
        assertThat(cityOverview.body()).contains(hrss.name()).contains(gulouCivil.name())
                .contains("href=\"/office/performance/departments/" + hrss.id() + "?month=2026-06\"");
        assertThat(city.get("/office/performance/departments/" + hrss.id()).status()).isEqualTo(200);
        Page all = city.get("/office/performance/export?month=2026-06", "text/csv");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.headers().get("content-disposition").getFirst())
                .isEqualTo("attachment; filename=\"performance-departments-2026-06.csv\"");
        assertThat(all.body()).contains("\r\n2026-06-01,2026-06-30,hrss," + hrss.name() + ",")
                .contains("\r\n2026-06-01,2026-06-30,gl.civil," + gulouCivil.name() + ",");
    }

    @Test
    void aBadPeriodIsRefusedWithTheReasonAndTheEnteredValuesKept() {
        Department hrss = fixture.department("hrss");
        WebClient clerk = fixture.sharedOffice("hrss", Role.WINDOW_CLERK);
        String page = "/office/performance/departments/" + hrss.id();

        Page badMonth = clerk.get(page + "?month=2026-13");
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.body()).contains("请选择有效的月份").doesNotContain("id=\"figures\"");
        Page reversed = clerk.get(page + "?from=2026-06-10&to=2026-06-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body()).contains("截止日期不能早于起始日期").contains("value=\"2026-06-10\"")
                .contains("href=\"#to\"");
        assertThat(clerk.get(page + "?from=2026-06-01").body()).contains("自定义期间须同时填写起始日期和截止日期");
        assertThat(clerk.get(page + "?from=2024-01-01&to=2026-06-30").body()).contains("自定义期间最长 366 天");
        assertThat(clerk.get(page + "?from=2026-02-30&to=2026-03-01").body()).contains("日期格式应为 2026-06-01");
        assertThat(clerk.get(page + "?month=2999-01").body()).contains("所选期间尚未开始");
        Page csv = clerk.get(page + "/export?from=2026-06-10&to=2026-06-01", "text/csv");
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.body()).contains("截止日期不能早于起始日期");
    }

    private Applied apply() {
        return applications.pensionClaimBy(port, RETIRED);
    }

    /** Rates the case as its applicant, logging in again (the clock has moved past the session's lifetime). */
    private Page rate(Applied applied, String level, List<String> tags, String comment) {
        WebClient portal = new WebClient(port);
        citizens.logIn(portal, applied.applicant());
        Page rated = fixture.rate(portal, applied.caseId(), level, tags, comment);
        assertThat(rated.location()).as(rated.body()).isPresent();
        return rated;
    }

    private static String row(Page page) {
        Matcher matcher = ROW.matcher(page.body());
        assertThat(matcher.find()).as("the pension claim's row in " + page.status()).isTrue();
        return matcher.group(1);
    }

    private void moveTo(int year, int month, int day, int hour, int minute) {
        Instant at = LocalDateTime.of(year, month, day, hour, minute).atZone(ChinaTime.ZONE).toInstant();
        clock.advance(Duration.between(clock.instant(), at));
    }
}
