package org.onewindow.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.notification.Outbox;
import org.onewindow.platform.Zones;
import org.onewindow.support.Browsers;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 12345 journey in a real browser: a resident without an account verifies her mobile number
 * and reports a broken street light with a photo; the centre dispatches it, the district's urban
 * management bureau signs for it and replies, the centre's return visit records her satisfaction,
 * and she reads the bureau's reply on her ticket page with the ticket number and access code.
 */
@OneWindowIntegrationTest
class HotlineJourneyBrowserTests {

    private static final Pattern NUMBER = Pattern.compile("12345-\\d{4}-\\d{6}");

    @LocalServerPort int portalPort;
    @Autowired Zones zones;
    @Autowired TestStaff staff;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired Outbox outbox;
    @Autowired MutableClock clock;

    BrowserContext context;
    Page page;

    @BeforeEach
    void openBrowser() {
        directory.loadDirectoryIfAbsent();
        context = Browsers.chromium().newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void anAnonymousWebReportIsDispatchedAnsweredVisitedAndTheReporterReadsTheReply() throws IOException {
        String mobile = "137" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        page.navigate(portal("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("12345 诉求")).click();
        page.getByLabel("联系电话（手机）").fill(mobile);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发送验证码")).click();
        page.getByLabel("短信验证码").fill(codeSentTo(mobile));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("验证并继续")).click();

        assertThat(page.locator("#verified-mobile")).containsText(mobile.substring(7));
        page.getByLabel("诉求类别").selectOption("urban-streetlight");
        page.getByLabel("所在区县").selectOption("350102");
        page.getByLabel("地点").fill("鼓楼区三坊七巷南后街口");
        page.getByLabel("诉求内容").fill("南后街口的路灯已经坏了一个星期，晚上很黑");
        page.getByLabel("照片").setInputFiles(new FilePayload("路灯.png", "image/png", png()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交诉求")).click();

        assertThat(page.locator(".panel-confirm h1")).hasText("您的诉求已受理");
        String number = find(NUMBER, page.locator(".panel-confirm").textContent());
        String accessCode = page.locator("#access-code").textContent().strip();
        assertThat(page.locator("#photos img")).hasCount(1);

        asStaff("12345", Role.DISPATCHER, office -> {
            office.navigate(office("/office/hotline/dispatch"));
            office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number)).click();
            assertThat(office.locator("#department option[selected]")).hasText(department("gl.urban").name());
            office.locator("#dispatch").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("派单"))
                    .click();
            assertThat(office.locator("#ticket-state")).hasText("已派单");
        });
        asStaff("gl.urban", Role.WINDOW_CLERK, office -> {
            office.navigate(office("/office/hotline/department"));
            office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number)).click();
            assertThat(office.locator("#photos img")).hasCount(1);
            office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签收")).click();
            assertThat(office.locator("#ticket-state")).hasText("已签收");
            office.locator("#reply-text").fill("已更换南后街口路灯灯泡并检修线路，今晚起恢复照明。");
            office.locator("#reply").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("答复"))
                    .click();
            assertThat(office.locator("#ticket-state")).hasText("已答复");
        });
        asStaff("12345", Role.HOTLINE_OPERATOR, office -> {
            office.navigate(office("/office/hotline/visits"));
            office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number)).click();
            Locator visit = office.locator("#visit");
            visit.getByLabel("非常满意").check();
            visit.getByLabel("已解决").check();
            visit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("回访")).click();
            assertThat(office.locator("#ticket-state")).hasText("已回访");
        });

        try (BrowserContext elsewhere = Browsers.chromium().newContext()) {
            Page reporter = elsewhere.newPage();
            reporter.navigate(portal("/hotline/follow"));
            reporter.getByLabel("工单号").fill(number);
            reporter.getByLabel("查询码").fill(accessCode);
            reporter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();

            assertThat(reporter.locator("#ticket-number")).hasText(number);
            assertThat(reporter.locator("#ticket-reply")).hasText("已更换南后街口路灯灯泡并检修线路，今晚起恢复照明。");
            assertThat(reporter.locator("#ticket-department")).hasText(department("gl.urban").name());
            assertThat(reporter.locator("#ticket-summary")).containsText("非常满意 · 已解决");
            assertThat(reporter.locator("#timeline")).containsText("答复");
            assertThat(reporter.locator("#timeline")).containsText("回访");
        }
    }

    /** A member of staff of the department logs in (password, then TOTP) in a browser of their own. */
    private void asStaff(String departmentCode, Role role, Consumer<Page> work) {
        Department department = department(departmentCode);
        TestStaff.Member member = staff.enrolled(department.id(), department.region().value(), role);
        try (BrowserContext office = Browsers.chromium().newContext()) {
            Page page = office.newPage();
            page.navigate(office("/office/login"));
            page.getByLabel("用户名").fill(member.username());
            page.getByLabel("密码").fill(TestStaff.PASSWORD);
            page.locator("form button[type=submit]").click();
            page.getByLabel("动态验证码").fill(member.codeAt(clock.instant()));
            page.locator("form button[type=submit]").click();
            assertThat(page.locator("h1")).containsText("您好");
            work.accept(page);
        }
    }

    private Department department(String code) {
        return departments.byCode(code).orElseThrow();
    }

    private String codeSentTo(String mobile) {
        return find(Pattern.compile("验证码为 (\\d{6})"), outbox.latestTo(mobile).orElseThrow().body(), 1);
    }

    private static String find(Pattern pattern, String text) {
        return find(pattern, text, 0);
    }

    private static String find(Pattern pattern, String text, int group) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in " + text);
        }
        return matcher.group(group);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        image.setRGB(4, 4, 0xFFCC00);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private String portal(String path) {
        return "http://localhost:" + portalPort + path;
    }

    private String office(String path) {
        return "http://localhost:" + zones.officePort() + path;
    }
}
