package org.onewindow.certificate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.Role;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.platform.Zones;
import org.onewindow.support.Browsers;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A bank clerk checks a licence on the public page, without logging in, before and after revocation. */
@OneWindowIntegrationTest
class CertificateBrowserTests {

    @LocalServerPort int port;
    @Autowired Zones zones;
    @Autowired CertificateIssuing issuing;
    @Autowired TestStaff staff;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataProtection protection;

    CertificateFixture fixture;
    BrowserContext context;
    Page page;

    @BeforeEach
    void openBrowser() {
        fixture = new CertificateFixture(issuing, staff, jdbc, protection);
        fixture.forgetRateLimitHits();
        context = Browsers.chromium().newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void theVerificationPageSaysGenuineThenRevokedAfterTheDepartmentRevokes() {
        UUID department = fixture.department();
        CertificateFixture.Issued licence = fixture.businessLicence(department);

        page.navigate("http://localhost:" + port + "/verify");
        page.getByLabel("证照编号").fill(licence.number());
        page.getByLabel("验证码").fill(licence.code());
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("核验").setExact(true)).click();
        assertThat(page.locator("#verify-result")).hasAttribute("data-result", "GENUINE");
        assertThat(page.locator("#verify-result")).containsText("真实有效");
        assertThat(page.locator("#verify-result")).containsText(licence.number());

        WebClient office = new WebClient(zones.officePort());
        staff.logIn(office, staff.enrolled(department, CertificateFixture.REGION, Role.DEPARTMENT_HEAD));
        office.get("/office/certificates/" + licence.view().id());
        office.post("/office/certificates/" + licence.view().id() + "/revoke", Map.of("reason", "营业执照被依法吊销"));

        page.navigate("http://localhost:" + port + "/verify?n=" + licence.number() + "&c=" + licence.code());
        assertThat(page.locator("#verify-result")).hasAttribute("data-result", "REVOKED");
        assertThat(page.locator("#verify-reason")).hasText("营业执照被依法吊销");
    }
}
