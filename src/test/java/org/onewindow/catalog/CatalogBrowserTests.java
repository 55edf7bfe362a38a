package org.onewindow.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.support.Browsers;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Finding a service in a real browser, without logging in and without JavaScript. */
@OneWindowIntegrationTest
class CatalogBrowserTests {

    @LocalServerPort int portalPort;
    BrowserContext context;
    Page page;

    @BeforeEach
    void openBrowser() {
        context = Browsers.chromium().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setJavaScriptEnabled(false));
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void aVisitorSearchesKaiGongSiAndOpensTheBusinessEstablishmentGuide() {
        page.navigate("http://localhost:" + portalPort + "/services");
        page.getByLabel("搜索服务事项").fill("开公司");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索")).click();

        assertThat(page.locator("h2#results")).containsText("开公司");
        page.locator("ol.search-results li").first().getByRole(AriaRole.LINK).click();

        assertThat(page.locator("h1")).hasText("企业设立登记");
        assertThat(page.locator("#max-visits")).hasText("0 次");
        assertThat(page.locator("#promised-limit")).hasText("1 个工作日");
        assertThat(page.locator("#department")).containsText("福州市市场监督管理局");
        assertThat(page.locator("#parallel-review")).containsText("国家税务总局福州市税务局");
        assertThat(page.locator("#apply")).hasAttribute("href", "/apply/business-establishment");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/catalog-guide.png"))
                .setFullPage(true));
    }
}
