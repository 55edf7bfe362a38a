package org.onewindow.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.registry.Person;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.Browsers;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestCitizens;
import org.onewindow.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The citizen's side of a transaction in a real browser: find the service, read its guide, log
 * in, apply with the registry's data prefilled, save and resume a draft, apply for a bundle, and
 * see who used one's data. Each test enrols its own person.
 */
@OneWindowIntegrationTest
class ApplicationJourneyBrowserTests {

    private static final Pattern BENEFIT_RECEIPT = Pattern.compile("\\d{4}-0500802001-\\d{8}");
    private static final Pattern ANY_RECEIPT = Pattern.compile("\\d{4}-\\d{10}-\\d{8}");

    @LocalServerPort int portalPort;
    @Autowired TestPeople people;
    @Autowired TestCitizens citizens;
    @Autowired DemoIdentityData demoDirectory;
    @TempDir Path files;

    BrowserContext context;
    Page page;

    @BeforeEach
    void openBrowser() {
        demoDirectory.loadDirectoryIfAbsent();
        context = Browsers.chromium().newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void aFounderSearchesKaiGongSiAndReadsTheMaterialsAndTimeLimitsOfTheGuide() {
        page.navigate(portal("/services"));
        page.getByLabel("搜索服务事项").fill("开公司");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索")).click();

        page.locator("ol.search-results li").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("企业设立登记").setExact(true)).click();

        assertThat(page.locator("h1")).hasText("企业设立登记");
        assertThat(page.locator("h2#materials + table")).containsText("公司登记（备案）申请书");
        assertThat(page.locator("h2#materials + table")).containsText("公司章程");
        assertThat(page.locator("h2#materials + table")).containsText("住所（经营场所）使用证明");
        assertThat(page.locator("#promised-limit")).hasText("1 个工作日");
        assertThat(page.locator("#statutory-limit")).hasText("3 个工作日");

        page.locator("#apply").click();
        assertThat(page).hasURL(Pattern.compile("/login"));
    }

    @Test
    void aCitizenAppliesWithPrefilledLockedFieldsAndAnUploadAndFindsTheCaseInMyApplications()
            throws IOException {
        Person person = registeredPerson();
        logIn(person);
        startApplyingFor("/apply/unemployment-benefit");

        assertThat(page.getByLabel("申请人姓名")).hasValue(person.name());
        assertThat(page.getByLabel("申请人姓名")).not().isEditable();
        assertThat(page.locator("#applicantName-locked")).containsText("来自政府登记信息");
        assertThat(page.getByLabel("申请人身份证号码")).hasValue(person.idNumber().value());
        assertThat(page.getByLabel("申请人身份证号码")).not().isEditable();
        assertThat(page.locator("#applicantIdNumber-locked")).containsText("来自政府登记信息");

        page.getByLabel("与原单位终止或解除劳动关系日期").fill(yesterday());
        page.getByLabel("劳动合同期满终止").check();
        page.getByLabel("累计缴纳失业保险费月数").fill("36");
        page.getByLabel("中国工商银行").check();
        page.getByLabel("本人银行账号").fill("6222021001112223334");
        page.getByLabel("终止或者解除劳动关系证明").setInputFiles(aSmallPdf("解除劳动合同证明.pdf"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();

        assertThat(page.locator(".notice")).hasText("已保存。");
        assertThat(page.locator("#separationFile-field ul.uploads")).containsText("解除劳动合同证明.pdf");
        submit();

        assertThat(page.locator("h1")).hasText("申请已提交");
        assertThat(page.locator(".receipt-number")).hasText(BENEFIT_RECEIPT);
        String receipt = page.locator(".receipt-number").textContent().strip();

        openMyApplications();
        Locator row = page.locator("#cases tbody tr").filter(new Locator.FilterOptions().setHasText(receipt));
        assertThat(row).containsText("失业保险金申领");
        assertThat(row).containsText("已提交，待受理");
    }

    @Test
    void aDraftSavedBeforeLoggingOutIsResumedAfterLoggingInAgainAndSubmitted() {
        Person person = registeredPerson();
        logIn(person);
        startApplyingFor("/apply/unemployment-registration");
        page.getByLabel("原工作单位名称").fill("福州闽江食品有限公司");
        page.getByLabel("本科及以上").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(page.locator(".notice")).hasText("已保存。");

        navigation().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("退出")).click();
        assertThat(navigation().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("我的申请")))
                .hasCount(0);
        logIn(person);
        openMyApplications();
        Locator draft = page.locator("#drafts tbody tr").filter(new Locator.FilterOptions().setHasText("失业登记"));
        draft.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("继续填写")).click();

        assertThat(page.getByLabel("原工作单位名称")).hasValue("福州闽江食品有限公司");
        assertThat(page.getByLabel("本科及以上")).isChecked();
        page.getByLabel("与原单位终止或解除劳动关系日期").fill(yesterday());
        page.getByLabel("本人辞职").check();
        submit();

        assertThat(page.locator("h1")).hasText("申请已提交");
        String receipt = page.locator(".receipt-number").textContent().strip();
        openMyApplications();
        assertThat(page.locator("#drafts")).hasCount(0);
        assertThat(page.locator("#cases tbody tr").filter(new Locator.FilterOptions().setHasText(receipt)))
                .containsText("失业登记");
    }

    @Test
    void theNewbornBundleIsOneFormAndOneSubmissionThatCreatesFourLinkedCasesForDifferentDepartments() {
        Person parent = registeredPerson();
        logIn(parent);
        startApplyingFor("/apply/bundles/newborn");
        assertThat(page.locator("form#application-form")).hasCount(1);
        assertThat(page.getByLabel("申请人姓名")).hasValue(parent.name());

        page.getByLabel("新生儿姓名").fill("林小宝");
        page.getByLabel("男", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("新生儿出生日期").fill(LocalDate.now(ChinaTime.ZONE).toString());
        page.getByLabel("母亲姓名").fill(parent.name());
        page.getByLabel("母亲身份证号码").fill(parent.idNumber().value());
        page.getByLabel("出生体重（克）").fill("3350");
        page.getByLabel("福建省妇幼保健院").check();
        page.getByLabel("汉族").check();
        page.getByLabel("新生儿", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("中国工商银行").check();
        page.getByLabel("窗口领取").check();
        submit();

        assertThat(page.locator("h1")).hasText("申请已提交");
        assertThat(page.locator(".panel-confirm")).containsText("4 个办件");
        Locator receipts = page.locator("#receipts .receipt-number");
        assertThat(receipts).hasCount(4);
        List<String> numbers = receipts.allTextContents().stream().map(String::strip).toList();
        numbers.forEach(number -> assertThat(number).matches(ANY_RECEIPT));
        assertThat(page.locator("#receipts")).containsText("出生医学证明");

        Set<String> departments = new HashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            page.navigate(portal("/applications"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(numbers.get(i))).click();
            assertThat(page.locator(".caption")).hasText(numbers.get(i));
            assertThat(page.locator("h2").filter(new Locator.FilterOptions().setHasText("同一件事的全部申请")))
                    .isVisible();
            assertThat(page.locator("#bundle-cases tbody tr")).hasCount(4);
            for (String other : numbers) {
                assertThat(page.locator("#bundle-cases")).containsText(other);
            }
            departments.add(page.locator("#case-department").textContent().strip());
        }
        assertThat(departments).as("each item goes to its own department").hasSize(4)
                .doesNotContain("待分派");
    }

    @Test
    void whoUsedMyDataListsThePrefillReadOfTheSubmission() {
        Person person = registeredPerson();
        logIn(person);
        Locator reads = page.locator("#access-log ~ table");
        assertThat(reads).hasCount(0);

        startApplyingFor("/apply/unemployment-registration");
        page.getByLabel("与原单位终止或解除劳动关系日期").fill(yesterday());
        page.getByLabel("用人单位解除劳动合同").check();
        page.getByLabel("高中或中专").check();
        submit();
        assertThat(page.locator("h1")).hasText("申请已提交");

        navigation().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("我的账户")).click();
        Locator newest = reads.locator("tbody tr").first();
        assertThat(newest).containsText("办事表单自动填写");
        assertThat(newest).containsText(person.name());
    }

    private Person registeredPerson() {
        Person person = people.enrolled();
        citizens.register(person);
        return person;
    }

    private void logIn(Person person) {
        page.navigate(portal("/login"));
        page.getByLabel("居民身份证号码").fill(person.idNumber().value());
        page.getByLabel("密码").fill(TestCitizens.PASSWORD);
        page.locator("form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("我的账户");
    }

    private void startApplyingFor(String path) {
        page.navigate(portal(path));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("以个人身份开始填写")).click();
        assertThat(page.locator("form#application-form")).isVisible();
    }

    private void submit() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
    }

    private void openMyApplications() {
        navigation().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("我的申请")).click();
        assertThat(page.locator("h1")).hasText("我的申请");
    }

    private Locator navigation() {
        return page.locator("header nav");
    }

    private Path aSmallPdf(String name) throws IOException {
        Path pdf = files.resolve(name);
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.US_ASCII);
        return pdf;
    }

    private static String yesterday() {
        return LocalDate.now(ChinaTime.ZONE).minusDays(1).toString();
    }

    private String portal(String path) {
        return "http://localhost:" + portalPort + path;
    }
}
