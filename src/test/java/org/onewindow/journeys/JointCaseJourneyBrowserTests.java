package org.onewindow.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.Zones;
import org.onewindow.registry.Person;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.Browsers;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestCitizens;
import org.onewindow.support.TestPeople;
import org.onewindow.support.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workflow issue's journey in a real browser: a founder applies for 企业设立登记, the window
 * clerk accepts, four departments approve in parallel (each officer logged in on their own), the
 * approver decides, and the founder sees the case closed with its timeline.
 */
@OneWindowIntegrationTest
class JointCaseJourneyBrowserTests {

    @LocalServerPort int portalPort;
    @Autowired Zones zones;
    @Autowired TestPeople people;
    @Autowired TestCitizens citizens;
    @Autowired TestStaff staff;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @TempDir Path files;

    BrowserContext citizenContext;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
        citizenContext = Browsers.chromium().newContext();
    }

    @AfterEach
    void closeBrowser() {
        citizenContext.close();
    }

    @Test
    void aJointApplicationIsAcceptedReviewedByFourDepartmentsDecidedAndSeenClosedByTheFounder() throws IOException {
        Person founder = founderInGulou();
        Page page = citizenContext.newPage();
        page.navigate(portal("/login"));
        page.getByLabel("居民身份证号码").fill(founder.idNumber().value());
        page.getByLabel("密码").fill(TestCitizens.PASSWORD);
        page.locator("form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("我的账户");

        page.navigate(portal("/apply/business-establishment"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("以个人身份开始填写")).click();
        page.locator("#proposedName").fill("福州市鼓楼区榕城茶饮管理有限公司");
        page.locator("input[name=companyType][value=llc_natural]").check();
        page.locator("#registeredAddress-division").selectOption("350102");
        page.locator("#registeredAddress").fill("五四路 88 号 3 层");
        page.locator("#registeredCapital").fill("100000");
        page.locator("#businessScope").fill("餐饮服务；预包装食品销售");
        page.locator("input[name=operatingPeriod][value=long_term]").check();
        page.locator("input[name='shareholders[0].shareholderType'][value=person]").check();
        page.locator("#shareholders-0-shareholderName").fill(founder.name());
        page.locator("#shareholders-0-shareholderIdNumber").fill(founder.idNumber().value());
        page.locator("#shareholders-0-contribution").fill("100000");
        page.locator("#shareholders-0-contributionDate").fill(LocalDate.now(ChinaTime.ZONE).toString());
        page.locator("#supervisorName").fill("林小华");
        page.locator("#articlesFile").setInputFiles(pdf("章程.pdf"));
        page.locator("#premisesFile").setInputFiles(pdf("租赁合同.pdf"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
        assertThat(page.locator("h1")).hasText("申请已提交");
        String receipt = page.locator(".receipt-number").first().textContent().strip();
        UUID caseId = jdbc.sql("select id from casework.application where receipt_number = :r").param("r", receipt)
                .query(UUID.class).single();

        act("amr", Role.WINDOW_CLERK, receipt, "受理");
        for (String code : new String[] {"amr", "tax", "psb", "gl.sssc"}) {
            act(code, Role.REVIEWER, receipt, "审查通过");
        }
        act("amr", Role.APPROVER, receipt, "准予许可");

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "APPROVED".equals(
                jdbc.sql("select status from casework.application where id = :id").param("id", caseId)
                        .query(String.class).single()));
        page.navigate(portal("/applications/" + caseId));
        assertThat(page.locator("#case-status")).hasText("已办结（准予）");
        assertThat(page.locator("#timeline")).containsText("受理");
        assertThat(page.locator("#timeline")).containsText("部门审查通过");
        assertThat(page.locator("#timeline")).containsText("准予许可");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from casework.timeline where application_id = :id and kind = 'CERTIFICATE_ISSUED'")
                .param("id", caseId).query(Long.class).single() == 1);
        page.reload();
        assertThat(page.locator("#timeline")).containsText("电子证照已签发");
    }

    /** An officer of the department logs in (password, then TOTP) and works the case's task at the desk. */
    private void act(String departmentCode, Role role, String receipt, String button) {
        Department department = departments.byCode(departmentCode).orElseThrow();
        TestStaff.Member officer = staff.enrolled(department.id(), department.region().value(), role);
        try (BrowserContext context = Browsers.chromium().newContext()) {
            Page page = context.newPage();
            page.navigate(office("/office/login"));
            page.getByLabel("用户名").fill(officer.username());
            page.getByLabel("密码").fill(TestStaff.PASSWORD);
            page.locator("form button[type=submit]").click();
            page.getByLabel("动态验证码").fill(officer.codeAt(clock.instant()));
            page.locator("form button[type=submit]").click();
            assertThat(page.locator("h1")).containsText("您好");

            page.navigate(office("/office/desk"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(receipt)).click();
            assertThat(page.locator("#case-values")).containsText("福州市鼓楼区榕城茶饮管理有限公司");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^" + button + "$")))
                    .click();
            assertThat(page).hasURL(Pattern.compile(".*/office/desk.*"));
        }
    }

    private Person founderInGulou() {
        Person person;
        do {
            person = people.enrolled();
        } while (!person.division().value().equals("350102"));
        citizens.register(person);
        return person;
    }

    private Path pdf(String name) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n", StandardCharsets.US_ASCII);
        return file;
    }

    private String portal(String path) {
        return "http://localhost:" + portalPort + path;
    }

    private String office(String path) {
        return "http://localhost:" + zones.officePort() + path;
    }
}
