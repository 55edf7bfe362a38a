package org.onewindow.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.hotline.TicketState;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.Zones;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard's figures against a small data set counted by hand. The tickets are taken in 240
 * or 280 days in the past (the clock moved back), periods no other test writes to, and worked through
 * the use cases; the clock moves on within the test to make one sign-for and one reply late.
 */
@OneWindowIntegrationTest
class HotlineFiguresIntegrationTests {

    @LocalServerPort int port;
    @Autowired Zones zones;
    @Autowired TestStaff staff;
    @Autowired DemoIdentityData directory;
    @Autowired Departments departments;
    @Autowired ReceivingTickets receiving;
    @Autowired DispatchingTickets dispatching;
    @Autowired DepartmentHandling handling;
    @Autowired ReturnVisits visits;
    @Autowired ClosingTickets closing;
    @Autowired MergingTickets merging;
    @Autowired HotlineFigures figures;
    @Autowired MutableClock clock;

    HotlineFixture fixture;
    OneWindowUser dispatcher;
    OneWindowUser operator;
    OneWindowUser gulouClerk;
    OneWindowUser taijiangClerk;

    @BeforeEach
    void people() {
        directory.loadDirectoryIfAbsent();
        fixture = new HotlineFixture(departments, receiving);
        dispatcher = fixture.centre(Role.DISPATCHER);
        operator = fixture.centre(Role.HOTLINE_OPERATOR);
        gulouClerk = fixture.staff(fixture.department("gl.urban"), Role.WINDOW_CLERK);
        taijiangClerk = fixture.staff(fixture.department("tj.urban"), Role.WINDOW_CLERK);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /*
     * The data set, all taken in within the period:
     *   T1 phone   street light  鼓楼  dispatched, signed and replied on time, visit 5 solved, closed
     *   T2 web     street light  鼓楼  signed 3 h late, replied on time, visit 2 not solved (reopened),
     *                                 signed and replied on time again, visit 4 solved
     *   T3 Open311 noise         台江  signed on time, replied 8 days late (limit 7), visit 3 solved
     *   T4 phone   social ins.   台江  a consultation answered on the phone and closed at once
     *   T5 phone   street light  鼓楼  a duplicate merged into T1
     * By hand: 5 tickets; 求助 3, 投诉 1, 咨询 1; 鼓楼 3, 台江 2; phone 3, web 1, Open311 1;
     * sign-for on time 3 of 4 (T1, T2 late, T2 again, T3); reply on time 3 of 4 (T1, T2, T2, T3 late);
     * satisfaction of 3 visited tickets: 5, 4, 3, average 4.0, satisfied (4–5) 2 of 3;
     * reopened 1 of 3; the most frequent pair: street light in 鼓楼, 3 tickets.
     * 鼓楼 alone: 3 tickets, sign-for 2 of 3, reply 3 of 3, satisfaction 5 and 4, reopened 1 of 2.
     */
    @Test
    void theFiguresOfAPeriodAreTheOnesCountedByHand() {
        HotlineFigures.Period period = dataSet(240);

        HotlineFigures.Figures all = figures.of(period, null);
        HotlineFigures.Figures gulou = figures.of(period, HotlineFixture.code(HotlineFixture.GULOU));

        assertThat(all.total()).isEqualTo(5);
        assertThat(counts(all.byCategory())).containsEntry("HELP_REQUEST", 3L).containsEntry("COMPLAINT", 1L)
                .containsEntry("CONSULTATION", 1L).containsEntry("REPORT", 0L);
        assertThat(counts(all.byDistrict())).containsExactlyInAnyOrderEntriesOf(Map.of("350102", 3L, "350103", 2L));
        assertThat(counts(all.byChannel()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("PHONE", 3L, "WEB", 1L, "OPEN311", 1L));
        assertThat(all.signOnTime()).isEqualTo(new HotlineFigures.Rate(3, 4));
        assertThat(all.replyOnTime()).isEqualTo(new HotlineFigures.Rate(3, 4));
        assertThat(all.satisfaction().visited()).isEqualTo(3);
        assertThat(all.satisfaction().average()).isEqualTo(4.0);
        assertThat(all.satisfaction().byLevel())
                .containsExactly(entry(5, 1L), entry(4, 1L), entry(3, 1L), entry(2, 0L), entry(1, 0L));
        assertThat(all.satisfaction().satisfied()).isEqualTo(new HotlineFigures.Rate(2, 3));
        assertThat(all.reopened()).isEqualTo(new HotlineFigures.Rate(1, 3));
        assertThat(all.recurring().getFirst()).satisfies(top -> {
            assertThat(top.serviceCode()).isEqualTo("urban-streetlight");
            assertThat(top.districtCode()).isEqualTo("350102");
            assertThat(top.count()).isEqualTo(3);
        });
        assertThat(all.signOnTime().formatted()).isEqualTo("75.0%");

        assertThat(gulou.total()).isEqualTo(3);
        assertThat(gulou.signOnTime()).isEqualTo(new HotlineFigures.Rate(2, 3));
        assertThat(gulou.replyOnTime()).isEqualTo(new HotlineFigures.Rate(3, 3));
        assertThat(gulou.satisfaction().average()).isEqualTo(4.5);
        assertThat(gulou.reopened()).isEqualTo(new HotlineFigures.Rate(1, 2));
    }

    @Test
    void theDashboardShowsChartsWithTheirNumbersExportsCsvAndThePublicSummaryHasNoPersonalData() {
        HotlineFigures.Period period = dataSet(280);
        WebClient centre = new WebClient(zones.officePort(), AnonymousReportIntegrationTests.uniqueLoopback());
        Department hotline = fixture.department("12345");
        staff.logIn(centre, staff.enrolled(hotline.id(), hotline.region().value(), Role.DISPATCHER));
        String query = "?from=" + period.from() + "&to=" + period.to();

        Page dashboard = centre.get("/office/hotline/figures" + query);
        Page csv = centre.get("/office/hotline/figures.csv" + query, "text/csv");
        Page wrong = centre.get("/office/hotline/figures?from=2026-13-01");
        Page backwards = centre.get("/office/hotline/figures?from=" + period.to() + "&to=" + period.from());
        YearMonth month = YearMonth.from(period.from().plusDays(1));
        Page summary = new WebClient(port).get("/hotline/figures?month=" + month);
        Page future = new WebClient(port).get("/hotline/figures?month=" + YearMonth.now(ChinaTime.ZONE).plusMonths(2));

        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<svg").contains("id=\"chart-rates\"")
                .contains("<strong>5</strong>").contains("75.0%").contains("3 / 4").contains("66.7%")
                .contains("平均 4.00");
        assertThat(csv.headers().get("content-disposition").getFirst()).startsWith("attachment");
        assertThat(csv.body()).contains("total,tickets,,5,").contains("rates,sign,按时签收率,75.0%,3 / 4")
                .contains("by-channel,PHONE,电话,3,").contains("recurring,urban-streetlight@350102,");
        assertThat(wrong.body()).contains("请按 年-月-日 格式填写日期");
        assertThat(backwards.body()).contains("截止日期不能早于起始日期");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.body()).contains("<svg").contains("按时答复率").doesNotContain("林娜")
                .doesNotContain("13800138")
                .doesNotContain("路灯坏了一周");
        assertThat(future.body()).contains("请选择本月或以前的月份");
    }

    /**
     * Takes in and works the five tickets of the data set {@code daysBack} days ago (each test its
     * own period); the period returned covers all of it.
     */
    private HotlineFigures.Period dataSet(int daysBack) {
        clock.advance(Duration.ofDays(-daysBack));
        LocalDate day = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        Ticket t1 = fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, "13800138011", false);
        Ticket t2 = receiving.receive(new NewTicket(Channel.WEB, "urban-streetlight", "路灯闪烁", "鼓楼区杨桥路",
                HotlineFixture.GULOU, null, null, Map.of(), null, null, "13800138012", false, null, null),
                Acting.system("test"));
        Ticket t3 = receiving.receive(new NewTicket(Channel.OPEN311, "env-noise", "夜间施工", null,
                HotlineFixture.TAIJIANG, 26.05, 119.31, Map.of("noise_time", "NIGHT"), null, null, null, false, null,
                null), Acting.system("test"));
        Ticket t4 = fixture.phoneCall("social-insurance", HotlineFixture.TAIJIANG, "13800138014", false);
        Ticket t5 = fixture.phoneCall("urban-streetlight", HotlineFixture.GULOU, "13800138015", false);
        closing.close(operator, t4.id(), t4.version(), "已电话解答社保缴费问题", fixture.acting(operator));

        t1 = dispatch(t1);
        t2 = dispatch(t2);
        t3 = dispatch(t3);
        t1 = sign(gulouClerk, t1);
        t3 = sign(taijiangClerk, t3);
        t1 = reply(gulouClerk, t1);
        merging.merge(operator, t5.id(), t5.version(), t1.id(), fixture.acting(operator));

        clock.advance(Duration.ofHours(3));
        t2 = sign(gulouClerk, t2);
        t2 = reply(gulouClerk, t2);
        t1 = visits.record(operator, t1.id(), t1.version(), 5, true, "", fixture.acting(operator));
        closing.close(operator, t1.id(), t1.version(), "", fixture.acting(operator));
        t2 = visits.record(operator, t2.id(), t2.version(), 2, false, "灯仍闪烁", fixture.acting(operator));
        assertThat(t2.state()).isEqualTo(TicketState.REOPENED);
        t2 = sign(gulouClerk, t2);
        t2 = reply(gulouClerk, t2);
        visits.record(operator, t2.id(), t2.version(), 4, true, "", fixture.acting(operator));

        clock.advance(Duration.ofDays(8));
        t3 = reply(taijiangClerk, t3);
        visits.record(operator, t3.id(), t3.version(), 3, true, "", fixture.acting(operator));
        return new HotlineFigures.Period(day.minusDays(1), day.plusDays(12));
    }

    private Ticket dispatch(Ticket ticket) {
        return dispatching.dispatch(dispatcher, ticket.id(), ticket.version(), null, "", fixture.acting(dispatcher));
    }

    private Ticket sign(OneWindowUser clerk, Ticket ticket) {
        return handling.signFor(clerk, ticket.id(), ticket.version(), fixture.acting(clerk));
    }

    private Ticket reply(OneWindowUser clerk, Ticket ticket) {
        return handling.reply(clerk, ticket.id(), ticket.version(), "已处理", fixture.acting(clerk));
    }

    private static Map<String, Long> counts(java.util.List<HotlineFigures.Count> counts) {
        Map<String, Long> map = new java.util.LinkedHashMap<>();
        counts.forEach(c -> map.put(c.key(), c.count()));
        return map;
    }
}
