package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public service guide on the portal, without logging in. */
@OneWindowIntegrationTest
class CatalogPagesIntegrationTests {

    @LocalServerPort int portalPort;
    WebClient portal;

    @BeforeEach
    void anonymousVisitor() {
        portal = new WebClient(portalPort);
    }

    @Test
    void theServicesPageNeedsNoLoginAndOffersSearchAndBrowsing() {
        WebClient.Page page = portal.get("/services");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("办事服务", "name=\"q\"", "/services/events/birth",
                "/services/bundles/newborn", "/services/departments/amr", "/services/search?audience=business");
    }

    @Test
    void searchingKaiGongSiListsBusinessEstablishmentFirst() {
        WebClient.Page page = portal.get("/services/search?q=" + encode("开公司"));

        assertThat(page.status()).isEqualTo(200);
        String results = page.body().substring(page.body().indexOf("<ol"));
        assertThat(results.indexOf("/services/items/business-establishment")).isNotNegative()
                .isLessThan(results.indexOf("</li>"));
    }

    @Test
    void browsingByAudienceListsOnlyThatAudiencesItems() {
        String body = portal.get("/services/search?audience=business").body();

        assertThat(body).contains("/services/items/business-establishment")
                .doesNotContain("/services/items/birth-registration");
    }

    @Test
    void theGuideShowsEveryGbt39046Field() {
        WebClient.Page page = portal.get("/services/items/business-establishment");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(
                "企业设立登记", "行政许可", "0100112001", "350100010011200101", "福州市市场监督管理局",
                "11350100MB00000012", "承诺件", "3 个工作日", "1 个工作日", "0 次", "不收费", "营业执照",
                "《中华人民共和国市场主体登记管理条例》第十九条", "公司章程", "0591-87611001", "12345",
                "国家税务总局福州市税务局", "福州市公安局", "鼓楼区社会保险服务中心", "/apply/business-establishment",
                "/services/bundles/business-start");
    }

    @Test
    void aDistrictItemNamesEveryDistrictBureauWithItsCreditCode() {
        String body = portal.get("/services/items/road-excavation").body();

        assertThat(body).contains("鼓楼区城市管理局", "11350102MB00000123", "台江区城市管理局", "城市道路挖掘修复费");
    }

    @Test
    void eventBundleAndDepartmentPagesListTheirItems() {
        assertThat(portal.get("/services/events/birth").body())
                .contains("/services/items/birth-registration", "/services/bundles/newborn");
        assertThat(portal.get("/services/bundles/newborn").body())
                .contains("新生儿出生一件事", "/services/items/social-security-card", "/apply/bundles/newborn", "自动带入");
        assertThat(portal.get("/services/departments/hpf").body())
                .contains("福州住房公积金中心", "/services/items/housing-fund-withdrawal");
    }

    @Test
    void anUnknownItemIsNotFound() {
        assertThat(portal.get("/services/items/no-such-item").status()).isEqualTo(404);
        assertThat(portal.get("/services/bundles/no-such-bundle").status()).isEqualTo(404);
        assertThat(portal.get("/services/events/no-such-event").status()).isEqualTo(404);
        assertThat(portal.get("/services/departments/no-such").status()).isEqualTo(404);
    }

    @Test
    void theGuideSaysWhichMaterialAnElectronicCertificateReplaces() {
        String body = portal.get("/services/items/food-business-licence").body();

        assertThat(body).contains("id=\"reuse-business_licence\"")
                .contains("免提交：持有有效的电子营业执照的，经您同意在线调取，无需上传")
                .doesNotContain("id=\"reuse-floor_plan\"");
        assertThat(portal.get("/services/items/birth-registration").body())
                .contains("免提交：持有有效的电子出生医学证明的");
    }

    @Test
    void theGuideSpeaksEnglishOnRequest() {
        String body = portal.get("/services/items/food-business-licence?lang=en").body();

        assertThat(body).contains("Service guide", "Apply online", "Administrative licence", "10 working days");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
