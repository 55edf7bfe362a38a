package org.onewindow.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.DepartmentFunction;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.Citizens;
import org.onewindow.identity.internal.Totp;
import org.onewindow.notification.Outbox;
import org.onewindow.platform.Zones;
import org.onewindow.registry.Person;
import org.onewindow.support.Browsers;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestPeople;
import org.onewindow.support.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The foundation's journeys in a real browser: Debian chromium driven by Playwright. */
@OneWindowIntegrationTest
class FoundationBrowserTests {

    static final String PASSWORD = "Gulou#Road2026";

    @LocalServerPort int portalPort;
    @Autowired Zones zones;
    @Autowired TestPeople people;
    @Autowired TestStaff staff;
    @Autowired Outbox outbox;
    @Autowired Citizens citizens;
    @Autowired MutableClock clock;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder passwords;

    BrowserContext context;
    Page page;

    @BeforeEach
    void openBrowser() {
        context = Browsers.chromium().newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void aCitizenRegistersWithTheCodeFromTheOutboxAndLogsIn() {
        Person person = people.enrolled();
        page.navigate(portal("/register"));
        page.getByLabel("姓名").fill(person.name());
        page.getByLabel("居民身份证号码").fill(person.idNumber().value());
        page.getByLabel("手机号码").fill(person.mobile().value());
        page.getByLabel("设置密码").fill(PASSWORD);
        page.getByLabel("再次输入密码").fill(PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("发送验证码")).click();

        assertThat(page.locator("h1")).hasText("输入短信验证码");
        page.getByLabel("短信验证码").fill(codeSentTo(person));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("完成注册")).click();

        assertThat(page.locator(".notice")).containsText("注册已提交");
        page.getByLabel("居民身份证号码").fill(person.idNumber().value());
        page.getByLabel("密码").fill(PASSWORD);
        page.locator("form button[type=submit]").click();

        assertThat(page.locator("h1")).hasText("我的账户");
        assertThat(page.locator("#account-id")).hasText(person.idNumber().masked());
        assertThat(page.locator("#access-log + p + table")).containsText("注册时核验身份");
    }

    @Test
    void aWrongIdentityNumberIsExplainedNextToTheField() {
        page.navigate(portal("/register"));
        page.getByLabel("姓名").fill("王芳");
        page.getByLabel("居民身份证号码").fill("110105194912310021");
        page.getByLabel("手机号码").fill("13800000003");
        page.getByLabel("设置密码").fill(PASSWORD);
        page.getByLabel("再次输入密码").fill(PASSWORD);
        page.locator("form button[type=submit]").click();

        assertThat(page.locator("#idNumber-error")).containsText("校验位不正确");
        assertThat(page.locator(".error-summary")).containsText("校验位不正确");
        assertThat(page.getByLabel("居民身份证号码")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("姓名")).hasValue("王芳");
    }

    @Test
    void fiveWrongPasswordsLockThePasswordPath() {
        Person person = people.enrolled();
        citizens.create(UUID.randomUUID(), person.name(), person.idNumber(), person.mobile(),
                passwords.encode(PASSWORD), clock.instant());
        page.navigate(portal("/login"));
        for (int i = 0; i < 5; i++) {
            page.getByLabel("居民身份证号码").fill(person.idNumber().value());
            page.getByLabel("密码").fill("Wrong#Pass" + i);
            page.locator("form button[type=submit]").click();
        }
        assertThat(page.locator("#idNumber-error")).containsText("密码登录已锁定");

        page.getByLabel("居民身份证号码").fill(person.idNumber().value());
        page.getByLabel("密码").fill(PASSWORD);
        page.locator("form button[type=submit]").click();
        assertThat(page.locator("#idNumber-error")).containsText("密码登录已锁定");
        assertThat(page.locator("a[href='/login/code']")).isVisible();
    }

    @Test
    void aStaffMemberEnrolsTotpAndLogsIn() {
        UUID department = staff.department(DepartmentFunction.MARKET_REGULATION, "350100");
        TestStaff.Member clerk = staff.unenrolled(department, "350100", Role.WINDOW_CLERK);
        page.navigate(office("/office/login"));
        page.getByLabel("用户名").fill(clerk.username());
        page.getByLabel("密码").fill(TestStaff.PASSWORD);
        page.locator("form button[type=submit]").click();

        assertThat(page.locator("h1")).hasText("绑定动态验证码");
        assertThat(page.locator("img.qr")).isVisible();
        String secret = page.locator("#totp-secret").textContent().strip();
        page.getByLabel("动态验证码").fill(Totp.codeAt(secret, clock.instant()));
        page.locator("form button[type=submit]").click();

        assertThat(page.locator("h1")).containsText("您好");
        assertThat(page.locator("#department")).containsText("测试部门");
        assertThat(page.locator("#roles")).containsText("窗口受理");
    }

    @Test
    void theOfficeIsNotFoundOnThePortalPort() {
        Response response = page.navigate(portal("/office/"));
        assertThat(response.status()).isEqualTo(404);
        Response office = page.navigate(office("/office/login"));
        assertThat(office.status()).isEqualTo(200);
    }

    private String portal(String path) {
        return "http://localhost:" + portalPort + path;
    }

    private String office(String path) {
        return "http://localhost:" + zones.officePort() + path;
    }

    private String codeSentTo(Person person) {
        Matcher matcher = Pattern.compile("(\\d{6})")
                .matcher(outbox.latestTo(person.mobile().value()).orElseThrow().body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
