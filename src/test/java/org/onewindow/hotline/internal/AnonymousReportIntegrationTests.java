package org.onewindow.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.notification.Outbox;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Web reports without an account: a verified mobile number, limits, and following by access code. */
@OneWindowIntegrationTest
class AnonymousReportIntegrationTests {

    private static final Pattern NUMBER = Pattern.compile("(12345-\\d{4}-\\d{6})");
    private static final Pattern ACCESS_CODE = Pattern.compile("id=\"access-code\">([A-Z0-9-]{11})<");

    @LocalServerPort int port;
    @Autowired DemoIdentityData directory;
    @Autowired AnonymousReporting reporting;
    @Autowired ReceivingTickets receiving;
    @Autowired TicketHistory history;
    @Autowired HotlineProperties properties;
    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void directory() {
        directory.loadDirectoryIfAbsent();
    }

    @Test
    void aReporterWithoutAnAccountVerifiesTheNumberReportsAndFollowsTheTicketWithTheAccessCode() {
        String mobile = uniqueMobile();
        WebClient browser = new WebClient(port, uniqueLoopback());
        verify(browser, mobile);

        Page form = browser.get("/hotline/anonymous/report");
        Page reported = browser.post("/hotline/anonymous/report", Map.of("serviceCode", "urban-streetlight",
                "district", "350102", "address", "鼓楼区杨桥路 9 号", "description", "路灯不亮已三天",
                "contactName", "匿名林"));
        Page accepted = browser.get(path(reported));
        String number = find(NUMBER, accepted.body());
        String code = find(ACCESS_CODE, accepted.body());

        assertThat(form.body()).contains(mobile.substring(0, 3) + "****" + mobile.substring(7));
        assertThat(accepted.body()).contains("您的诉求已受理").contains("路灯不亮已三天");
        assertThat(browser.get(path(reported)).body()).doesNotContain(code);
        assertThat(outbox.latestTo(mobile).orElseThrow().body()).contains(number);
        var stored = jdbc.sql("""
                select channel, reporter_id is null as anonymous, contact_mobile_enc, access_code_hash
                from hotline.ticket where number = :number""").param("number", number).query().singleRow();
        assertThat(stored.get("channel")).isEqualTo("WEB");
        assertThat(stored.get("anonymous")).isEqualTo(true);
        assertThat((String) stored.get("contact_mobile_enc")).doesNotContain(mobile);
        assertThat((String) stored.get("access_code_hash")).doesNotContain(code.replace("-", ""));

        WebClient other = new WebClient(port, uniqueLoopback());
        String ticketPath = path(reported).replace("?accepted", "");
        assertThat(other.get(ticketPath).status()).isEqualTo(404);
        other.get("/hotline/follow");
        Page wrong = other.post("/hotline/follow", Map.of("number", number, "accessCode", "ABCDE-FGHJK"));
        assertThat(wrong.body()).contains("工单号或查询码不正确");
        assertThat(other.get(ticketPath).status()).isEqualTo(404);
        Page found = other.post("/hotline/follow", Map.of("number", number, "accessCode", code.toLowerCase()));
        assertThat(found.location().orElseThrow()).endsWith(ticketPath);
        assertThat(other.get(ticketPath).body()).contains(number).contains("路灯不亮已三天").doesNotContain("匿名林");
    }

    @Test
    void aReportWithoutAVerifiedNumberGoesBackToTheVerificationAndAWrongCodeIsExplained() {
        String mobile = uniqueMobile();
        WebClient browser = new WebClient(port, uniqueLoopback());
        browser.get("/hotline/anonymous");
        long before = tickets();

        Page refused = browser.post("/hotline/anonymous/report", Map.of("serviceCode", "urban-streetlight",
                "district", "350102", "address", "东街", "description", "路灯不亮"));
        Page invalid = browser.post("/hotline/anonymous", Map.of("mobile", "12345"));
        browser.post("/hotline/anonymous", Map.of("mobile", mobile));
        browser.get("/hotline/anonymous/code");
        String wrong = "000000".equals(codeSentTo(mobile)) ? "111111" : "000000";
        Page wrongCode = browser.post("/hotline/anonymous/code", Map.of("code", wrong));
        Page tooSoon = browser.post("/hotline/anonymous", Map.of("mobile", mobile));

        assertThat(refused.location().orElseThrow()).endsWith("/hotline/anonymous");
        assertThat(invalid.body()).contains("手机号码应为 11 位数字");
        assertThat(wrongCode.body()).contains("验证码不正确");
        assertThat(browser.get("/hotline/anonymous/report").location().orElseThrow()).endsWith("/hotline/anonymous");
        assertThat(tooSoon.body()).contains("验证码发送过于频繁");
        assertThat(tickets()).isEqualTo(before);
    }

    @Test
    void theSameVerifiedNumberReportsAtMostTheDailyLimitAndTheNextIsRefusedWithAClearMessage() {
        String mobile = uniqueMobile();
        for (int i = 0; i < properties.anonymousReportsPerNumberPerDay(); i++) {
            reporting.report(report(mobile, "第 " + i + " 次反映"), TicketMedia.NONE, uniqueLoopback());
        }
        WebClient browser = new WebClient(port, uniqueLoopback());
        verify(browser, mobile);
        browser.get("/hotline/anonymous/report");
        long before = tickets();

        Page refused = browser.post("/hotline/anonymous/report", Map.of("serviceCode", "urban-streetlight",
                "district", "350102", "address", "东街", "description", "再反映一次"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("该手机号今天提交的诉求已达上限");
        assertThat(tickets()).isEqualTo(before);
        assertThat(jdbc.sql("""
                select count(*) from audit.entry where event = 'RATE_LIMITED' and detail like 'report_limit_number%'
                and detail like :masked""").param("masked", "%" + mobile.substring(7)).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void oneNetworkAddressReportsAtMostTheHourlyLimit() {
        String ip = uniqueLoopback();
        for (int i = 0; i < properties.anonymousReportsPerIpPerHour(); i++) {
            reporting.report(report(uniqueMobile(), "同一地址第 " + i + " 次"), TicketMedia.NONE, ip);
        }
        long before = tickets();

        assertThatThrownBy(() -> reporting.report(report(uniqueMobile(), "超出"), TicketMedia.NONE, ip))
                .isInstanceOfSatisfying(HotlineException.class,
                        e -> assertThat(e.error()).isEqualTo(HotlineError.REPORT_LIMIT_IP));
        assertThat(tickets()).isEqualTo(before);
        assertThat(reporting.report(report(uniqueMobile(), "另一地址"), TicketMedia.NONE, uniqueLoopback()).accessCode())
                .matches("[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}");
    }

    @Test
    void aConfidentialWebReportDoesNotNameTheReporterOnTheTimelineTheDepartmentReads() {
        var citizen = new org.onewindow.identity.OneWindowUser(org.onewindow.identity.AccountKind.CITIZEN,
                java.util.UUID.randomUUID(), "林保密", java.util.Set.of(), java.util.Set.of(), null);
        NewTicket input = new NewTicket(Channel.WEB, "urban-streetlight", "路灯不亮", "鼓楼区东街", "350102", null, null,
                Map.of(), citizen.id(), "林保密", null, true, null, null);

        Ticket ticket = receiving.receive(input, Acting.of(citizen, "127.0.0.1"));

        assertThat(history.of(ticket.id())).isNotEmpty()
                .allSatisfy(step -> assertThat(step.actorName()).doesNotContain("林"));
    }

    private void verify(WebClient browser, String mobile) {
        browser.get("/hotline/anonymous");
        Page sent = browser.post("/hotline/anonymous", Map.of("mobile", mobile));
        assertThat(sent.location().orElseThrow()).endsWith("/hotline/anonymous/code");
        browser.get("/hotline/anonymous/code");
        Page verified = browser.post("/hotline/anonymous/code", Map.of("code", codeSentTo(mobile)));
        assertThat(verified.location().orElseThrow()).endsWith("/hotline/anonymous/report");
    }

    private String codeSentTo(String mobile) {
        return find(Pattern.compile("验证码为 (\\d{6})"), outbox.latestTo(mobile).orElseThrow().body());
    }

    private static NewTicket report(String mobile, String description) {
        return new NewTicket(Channel.WEB, "urban-streetlight", description, "鼓楼区东街", "350102", null, null, Map.of(),
                null, null, mobile, false, null, null);
    }

    private long tickets() {
        return jdbc.sql("select count(*) from hotline.ticket").query(Long.class).single();
    }

    static String uniqueMobile() {
        return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String uniqueLoopback() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + random.nextInt(10, 250) + "." + random.nextInt(1, 250) + "." + random.nextInt(1, 250);
    }

    private static String path(Page page) {
        return page.location().orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as("page contains " + pattern + ": " + body).isTrue();
        return matcher.group(1);
    }
}
