package org.onewindow.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.certificate.CertificateFixture;
import org.onewindow.certificate.CertificateIssuing;
import org.onewindow.certificate.CertificateView;
import org.onewindow.certificate.Certificates;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.DataScope;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.platform.Zones;
import org.onewindow.registry.Person;
import org.onewindow.support.Browsers;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestCitizens;
import org.onewindow.support.TestPeople;
import org.onewindow.support.TestStaff;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The certificate issue's journey in a real browser: a registration is approved (the desk steps
 * driven through the workflow service, which {@code JointCaseJourneyBrowserTests} already drives
 * page by page); the founder downloads the signed licence PDF from her wallet; a bank clerk, not
 * logged in, checks it on the public verification page (genuine); the market regulation bureau's
 * head revokes it in the office; the verification page then says revoked, with the reason.
 */
@OneWindowIntegrationTest
class LicenceJourneyBrowserTests {

    private static final Pattern CODE = Pattern.compile("验证码\\s*([23456789A-HJ-NP-Z]{10})");

    @LocalServerPort int portalPort;
    @Autowired Zones zones;
    @Autowired TestPeople people;
    @Autowired TestCitizens citizens;
    @Autowired TestStaff staff;
    @Autowired TestApplications applications;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired TaskDesk desk;
    @Autowired Workflows workflows;
    @Autowired Certificates certificates;
    @Autowired CertificateIssuing issuing;
    @Autowired PersonalDataProtection protection;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @TempDir Path files;

    BrowserContext citizen;
    BrowserContext bankClerk;
    BrowserContext office;

    @BeforeEach
    void browsers() {
        directory.loadDirectoryIfAbsent();
        new CertificateFixture(issuing, staff, jdbc, protection).forgetRateLimitHits();
        citizen = Browsers.chromium().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setAcceptDownloads(true));
        bankClerk = Browsers.chromium().newContext();
        office = Browsers.chromium().newContext();
    }

    @AfterEach
    void closeBrowsers() {
        citizen.close();
        bankClerk.close();
        office.close();
    }

    @Test
    void theFounderDownloadsHerLicenceTheBankSeesItGenuineThenRevoked() throws IOException {
        Person founder = people.enrolled();
        citizens.register(founder);
        UUID caseId = applications.businessEstablishment(portalPort, founder);
        approve(caseId);
        CertificateView licence = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> certificates.ofCase(caseId).stream().findFirst(), java.util.Optional::isPresent).orElseThrow();
        // the new company's credit code, which the founder is told with the decision (it is on the licence too)
        String creditCode = identifierIn(new CertificateFixture(issuing, staff, jdbc, protection).files(licence).json());

        Page page = citizen.newPage();
        page.navigate(portal("/login"));
        page.getByLabel("居民身份证号码").fill(founder.idNumber().value());
        page.getByLabel("密码").fill(TestCitizens.PASSWORD);
        page.locator("form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("我的账户");
        page.locator("#creditCode").fill(creditCode);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开通企业账户")).click();
        assertThat(page.locator("main")).containsText("福州市鼓楼区榕树餐饮管理有限公司");

        page.navigate(portal("/wallet"));
        Locator row = page.locator("#wallet-certificates tr[data-number='" + licence.number() + "']");
        assertThat(row).containsText("营业执照");
        assertThat(row).containsText("福州市鼓楼区榕树餐饮管理有限公司");
        assertThat(row).containsText("有效");
        Download download = page.waitForDownload(() -> row.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("PDF").setExact(true)).click());
        Path pdf = files.resolve("licence.pdf");
        download.saveAs(pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String printed;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).as("the licence carries a PDF signature").hasSize(1);
            assertThat(signatures.getFirst().getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signatures.getFirst().getSubFilter()).isEqualTo("adbe.pkcs7.detached");
            int[] range = signatures.getFirst().getByteRange();
            assertThat((long) range[2] + range[3]).as("the signature covers the whole file").isEqualTo(bytes.length);
            printed = new PDFTextStripper().getText(document);
        }
        assertThat(printed).contains(licence.number()).contains(creditCode);
        Matcher code = CODE.matcher(printed);
        assertThat(code.find()).as("the licence prints its verification code:\n" + printed).isTrue();

        Page verify = bankClerk.newPage();
        verify.navigate(portal("/verify"));
        verify.getByLabel("证照编号").fill(licence.number());
        verify.getByLabel("验证码").fill(code.group(1));
        verify.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("核验").setExact(true)).click();
        assertThat(verify.locator("#verify-result")).hasAttribute("data-result", "GENUINE");
        assertThat(verify.locator("#verify-result")).containsText("真实有效");
        assertThat(verify.locator("#verify-holder")).hasText("福州市鼓楼区榕树餐饮管理有限公司");
        assertThat(verify.locator("#verify-holder-id")).not().hasText(creditCode);

        revokeInTheOffice(licence, "营业执照被依法吊销");

        verify.reload();
        assertThat(verify.locator("#verify-result")).hasAttribute("data-result", "REVOKED");
        assertThat(verify.locator("#verify-result")).containsText("已撤销");
        assertThat(verify.locator("#verify-reason")).hasText("营业执照被依法吊销");
    }

    /** The head of the market regulation bureau logs in (password, TOTP) and revokes the licence with a reason. */
    private void revokeInTheOffice(CertificateView licence, String reason) {
        Department amr = departments.byId(licence.departmentId()).orElseThrow();
        TestStaff.Member head = staff.enrolled(amr.id(), amr.region().value(), Role.DEPARTMENT_HEAD);
        Page page = office.newPage();
        page.navigate(officeUrl("/office/login"));
        page.getByLabel("用户名").fill(head.username());
        page.getByLabel("密码").fill(TestStaff.PASSWORD);
        page.locator("form button[type=submit]").click();
        page.getByLabel("动态验证码").fill(head.codeAt(clock.instant()));
        page.locator("form button[type=submit]").click();
        assertThat(page.locator("h1")).containsText("您好");

        page.navigate(officeUrl("/office/certificates/" + licence.id()));
        assertThat(page.locator("h1")).hasText(licence.number());
        page.getByLabel("撤销原因").fill(reason);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤销证照")).click();
        assertThat(page.locator("#certificate-status")).hasText("已撤销");
    }

    /** Accept, four parallel reviews and the decision, through the workflow service as the officers would. */
    private void approve(UUID caseId) {
        String key = caseId.toString();
        act(key, NodeKind.ACCEPT, Role.WINDOW_CLERK, new TaskAction.Accept("材料齐全，予以受理"));
        List<TaskView> branches = open(key, NodeKind.PARALLEL);
        assertThat(branches).hasSize(4);
        for (TaskView branch : branches) {
            desk.act(officer(branch.departmentId(), Role.REVIEWER), branch.id(), branch.version(),
                    new TaskAction.Approve("同意"));
        }
        act(key, NodeKind.DECIDE, Role.APPROVER, new TaskAction.Approve("准予登记"));
    }

    private void act(String key, NodeKind kind, Role role, TaskAction action) {
        TaskView task = open(key, kind).getFirst();
        desk.act(officer(task.departmentId(), role), task.id(), task.version(), action);
    }

    private List<TaskView> open(String key, NodeKind kind) {
        return workflows.tasksOf(key).stream().filter(t -> t.kind() == kind && t.state().workable()).toList();
    }

    private OneWindowUser officer(UUID departmentId, Role role) {
        Department department = departments.byId(departmentId).orElseThrow();
        return new OneWindowUser(AccountKind.STAFF, UUID.randomUUID(), "测试" + department.code(), Set.of(role),
                Set.of("desk.work"), new DataScope(department.id(), department.region()));
    }

    private static String identifierIn(String json) {
        Matcher identifier = Pattern.compile("\"identifier\":\"([0-9A-Z]{18})\"").matcher(json);
        assertThat(identifier.find()).isTrue();
        return identifier.group(1);
    }

    private String portal(String path) {
        return "http://localhost:" + portalPort + path;
    }

    private String officeUrl(String path) {
        return "http://localhost:" + zones.officePort() + path;
    }
}
