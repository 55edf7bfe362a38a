package org.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.Zones;
import org.onewindow.registry.DataAccessLog;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestDesk;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient.Page;
import org.onewindow.support.WebClient;
import org.onewindow.workflow.HistoryView;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@OneWindowIntegrationTest
class OfficeDeskIntegrationTests {

    @LocalServerPort int port;
    @Autowired Zones zones;
    @Autowired TestApplications applications;
    @Autowired TestStaff staff;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired JdbcClient jdbc;
    @Autowired TestDesk testDesk;
    @Autowired TaskDesk desk;
    @Autowired Workflows workflows;
    @Autowired DataAccessLog accessLog;

    WebClient office;

    @BeforeEach
    void officeClient() {
        directory.loadDirectoryIfAbsent();
        office = new WebClient(zones.officePort());
    }

    @Test
    void aClerkFindsTheNewCaseInTheInboxAndAcceptsIt() {
        UUID caseId = applications.unemploymentRegistration(port);
        String receipt = jdbc.sql("select receipt_number from casework.application where id = :id").param("id", caseId)
                .query(String.class).single();
        Department hrss = departments.byCode("hrss").orElseThrow();
        staff.logIn(office, staff.enrolled(hrss.id(), hrss.region().value(), Role.WINDOW_CLERK));

        Page inbox = office.get("/office/desk");
        assertThat(inbox.body()).contains(receipt);
        Matcher task = Pattern.compile("/office/desk/tasks/([0-9a-f-]{36})\">" + Pattern.quote(receipt)).matcher(inbox.body());
        assertThat(task.find()).isTrue();
        Page page = office.get("/office/desk/tasks/" + task.group(1));
        assertThat(page.body()).contains("registry-data").contains("case-values");
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page.body());
        assertThat(version.find()).isTrue();

        Page accepted = office.post("/office/desk/tasks/" + task.group(1) + "/act",
                Map.of("version", version.group(1), "action", "accept", "opinion", "材料齐全，予以受理"));
        assertThat(accepted.location().orElseThrow()).contains("/office/desk");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.sql("select status from casework.application where id = :id").param("id", caseId)
                        .query(String.class).single()).isEqualTo("ACCEPTED"));

        Page stale = office.post("/office/desk/tasks/" + task.group(1) + "/act",
                Map.of("version", version.group(1), "action", "refuse", "opinion", "重复操作"));
        assertThat(stale.body()).contains("该任务当前不能办理");
    }

    @Test
    void theApplicantCorrectsOnceAndTheClerkSeesTheCaseAgain() {
        TestApplications.Submitted submitted = applications.unemploymentRegistrationBy(port);
        UUID caseId = submitted.caseId();
        Department hrss = departments.byCode("hrss").orElseThrow();
        staff.logIn(office, staff.enrolled(hrss.id(), hrss.region().value(), Role.WINDOW_CLERK));
        UUID taskId = jdbc.sql("""
                select t.id from workflow.task t join workflow.process p on p.id = t.process_id
                where p.business_key = :key""").param("key", caseId.toString()).query(UUID.class).single();
        Page page = office.get("/office/desk/tasks/" + taskId);
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page.body());
        assertThat(version.find()).isTrue();
        office.post("/office/desk/tasks/" + taskId + "/act", Map.of("version", version.group(1),
                "action", "correction", "missing", "离职证明扫描件\n原单位出具的解除劳动合同通知书"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                submitted.portal().get("/applications/" + caseId).body()).contains("原单位出具的解除劳动合同通知书"));

        submitted.portal().get("/applications/" + caseId);
        Page resent = submitted.portal().postMultipart("/applications/" + caseId + "/resubmit",
                java.util.List.of(new WebClient.Upload("file:separation_certificate", "证明.pdf",
                        "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        assertThat(resent.location().orElseThrow()).contains("/applications/" + caseId);
        assertThat(jdbc.sql("select status from casework.application where id = :id").param("id", caseId)
                .query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select state from workflow.task where id = :id").param("id", taskId)
                .query(String.class).single()).isEqualTo("OPEN");
        Page again = submitted.portal().postMultipart("/applications/" + caseId + "/resubmit", java.util.List.of());
        assertThat(again.body()).contains("该申请当前不需要补正");
    }

    /**
     * The task page of a claimed task: its assignee has the actions and a release button; another clerk
     * sees who holds it and no actions, and is told so if she posts one anyway.
     */
    @Test
    void aClaimedTaskShowsItsAssigneeAndOnlyTheyWorkOrReleaseItOnThePage() {
        UUID caseId = applications.unemploymentRegistration(port);
        UUID taskId = jdbc.sql("""
                select t.id from workflow.task t join workflow.process p on p.id = t.process_id
                where p.business_key = :key""").param("key", caseId.toString()).query(UUID.class).single();
        Department hrss = departments.byCode("hrss").orElseThrow();
        staff.logIn(office, staff.enrolled(hrss.id(), hrss.region().value(), Role.WINDOW_CLERK));
        assertThat(office.get("/office/desk/tasks/" + taskId).body()).contains("id=\"claim-form\"")
                .doesNotContain("id=\"release-form\"");
        office.post("/office/desk/tasks/" + taskId + "/claim", Map.of("version", "0"));
        Page mine = office.get("/office/desk/tasks/" + taskId);
        assertThat(mine.body()).contains("id=\"release-form\"").contains("取消签收").contains("id=\"act-form\"")
                .doesNotContain("id=\"claim-form\"");

        WebClient other = new WebClient(zones.officePort());
        staff.logIn(other, staff.enrolled(hrss.id(), hrss.region().value(), Role.WINDOW_CLERK));
        Page theirs = other.get("/office/desk/tasks/" + taskId);
        assertThat(theirs.body()).contains("id=\"claimed-by-other\"").doesNotContain("id=\"act-form\"")
                .doesNotContain("id=\"release-form\"");
        Page refused = other.post("/office/desk/tasks/" + taskId + "/act",
                Map.of("version", "1", "action", "accept", "opinion", "抢先受理"));
        assertThat(refused.body()).contains("该任务已由其他工作人员签收");

        Page released = office.post("/office/desk/tasks/" + taskId + "/release", Map.of("version", "1"));
        assertThat(released.location().orElseThrow()).contains("/office/desk");
        assertThat(jdbc.sql("select state from workflow.task where id = :id").param("id", taskId)
                .query(String.class).single()).isEqualTo("OPEN");
        assertThat(other.get("/office/desk/tasks/" + taskId).body()).contains("id=\"claim-form\"");
    }

    @Test
    void theClerkIsToldTheApplicantWithdrewTheCase() {
        TestApplications.Submitted submitted = applications.unemploymentRegistrationBy(port);
        UUID taskId = jdbc.sql("""
                select t.id from workflow.task t join workflow.process p on p.id = t.process_id
                where p.business_key = :key""").param("key", submitted.caseId().toString()).query(UUID.class).single();
        Department hrss = departments.byCode("hrss").orElseThrow();
        staff.logIn(office, staff.enrolled(hrss.id(), hrss.region().value(), Role.WINDOW_CLERK));
        Page page = office.get("/office/desk/tasks/" + taskId);
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page.body());
        assertThat(version.find()).isTrue();

        submitted.portal().get("/applications/" + submitted.caseId());
        submitted.portal().post("/applications/" + submitted.caseId() + "/withdraw", Map.of());
        Page refused = office.post("/office/desk/tasks/" + taskId + "/act",
                Map.of("version", version.group(1), "action", "accept", "opinion", "材料齐全"));
        assertThat(refused.body()).contains("申请人已撤回申请");
        assertThat(jdbc.sql("select state from workflow.task where id = :id").param("id", taskId)
                .query(String.class).single()).isEqualTo("CANCELLED");
    }

    /** The review step's form asks for the legal basis of a rejection, and refuses one without it. */
    @Test
    void aReviewersRejectionWithoutLegalBasisIsRefusedOnThePage() {
        UUID caseId = testDesk.acceptedSimpleCase(port, "hrss");
        UUID review = testDesk.open(caseId.toString(), NodeKind.REVIEW).getFirst().id();
        Department hrss = departments.byCode("hrss").orElseThrow();
        staff.logIn(office, staff.enrolled(hrss.id(), hrss.region().value(), Role.REVIEWER));
        Page page = office.get("/office/desk/tasks/" + review);
        assertThat(page.body()).contains("id=\"legalBasis\"").contains("value=\"reject\"");

        Page refused = office.post("/office/desk/tasks/" + review + "/act",
                Map.of("version", "0", "action", "reject", "opinion", "未办理退工手续"));
        assertThat(refused.body()).contains("审查不通过或不予许可须写明法律依据");
        assertThat(jdbc.sql("select state from workflow.task where id = :id").param("id", review)
                .query(String.class).single()).isEqualTo("OPEN");
    }

    /** The task page's transfer form hands the task to the chosen department, whose inbox then lists it. */
    @Test
    void aReviewerTransfersTheTaskToAnotherDepartmentOnThePage() {
        UUID caseId = testDesk.acceptedSimpleCase(port, "hrss");
        UUID review = testDesk.open(caseId.toString(), NodeKind.REVIEW).getFirst().id();
        Department hrss = departments.byCode("hrss").orElseThrow();
        Department medsec = departments.byCode("medsec").orElseThrow();
        staff.logIn(office, staff.enrolled(hrss.id(), hrss.region().value(), Role.REVIEWER));
        Page page = office.get("/office/desk/tasks/" + review);
        String form = page.body().substring(page.body().indexOf("id=\"transfer-form\""));
        assertThat(form).contains("value=\"" + medsec.id() + "\"").doesNotContain("value=\"" + hrss.id() + "\"");

        Page same = office.post("/office/desk/tasks/" + review + "/act",
                Map.of("version", "0", "action", "transfer", "department", hrss.id().toString(), "opinion", "测试"));
        assertThat(same.body()).contains("不能转办给本部门");
        Page moved = office.post("/office/desk/tasks/" + review + "/act",
                Map.of("version", "0", "action", "transfer", "department", medsec.id().toString(),
                        "opinion", "属医保待遇事项"));
        assertThat(moved.location().orElseThrow()).contains("/office/desk");
        assertThat(office.get("/office/desk").body()).doesNotContain(review.toString());

        WebClient receiver = new WebClient(zones.officePort());
        staff.logIn(receiver, staff.enrolled(medsec.id(), medsec.region().value(), Role.REVIEWER));
        assertThat(receiver.get("/office/desk").body()).contains(review.toString());
        assertThat(receiver.get("/office/desk/tasks/" + review).body()).contains("转办至" + medsec.name() + "：属医保待遇事项");
    }

    /** The approver chooses the earlier step to return the case to; the chosen step opens again. */
    @Test
    void anApproverReturnsTheCaseToTheReviewOnThePage() {
        UUID caseId = testDesk.acceptedSimpleCase(port, "hrss");
        String key = caseId.toString();
        TaskView review = testDesk.open(key, NodeKind.REVIEW).getFirst();
        desk.act(testDesk.officer("hrss", Role.REVIEWER), review.id(), review.version(), new TaskAction.Approve(null));
        UUID decide = testDesk.open(key, NodeKind.DECIDE).getFirst().id();
        Department hrss = departments.byCode("hrss").orElseThrow();
        staff.logIn(office, staff.enrolled(hrss.id(), hrss.region().value(), Role.APPROVER));
        Page page = office.get("/office/desk/tasks/" + decide);
        String select = page.body().substring(page.body().indexOf("id=\"return-node\""));
        select = select.substring(0, select.indexOf("</select>"));
        assertThat(Pattern.compile("value=\"(\\w+)\"").matcher(select).results().map(m -> m.group(1)))
                .containsExactly("accept", "review");

        Page returned = office.post("/office/desk/tasks/" + decide + "/act",
                Map.of("version", "0", "action", "return", "node", "review", "opinion", "请补充核验意见"));
        assertThat(returned.location().orElseThrow()).contains("/office/desk");
        assertThat(testDesk.open(key, NodeKind.REVIEW)).hasSize(1);
        assertThat(testDesk.open(key, NodeKind.ACCEPT)).isEmpty();
    }

    @Test
    void anotherDepartmentsTaskIsNotFound() {
        UUID caseId = applications.unemploymentRegistration(port);
        UUID taskId = jdbc.sql("""
                select t.id from workflow.task t join workflow.process p on p.id = t.process_id
                where p.business_key = :key""").param("key", caseId.toString()).query(UUID.class).single();
        Department tax = departments.byCode("tax").orElseThrow();
        staff.logIn(office, staff.enrolled(tax.id(), tax.region().value(), Role.WINDOW_CLERK));
        assertThat(office.get("/office/desk/tasks/" + taskId).status()).isEqualTo(404);
        assertThat(office.get("/office/desk").body()).doesNotContain(taskId.toString());
    }

    @Test
    void theDeskFiltersTheInboxByApplicantAndState() {
        UUID wanted = applications.unemploymentRegistration(port);
        UUID other = applications.unemploymentRegistration(port);
        Department hrss = departments.byCode("hrss").orElseThrow();
        staff.logIn(office, staff.enrolled(hrss.id(), hrss.region().value(), Role.WINDOW_CLERK));

        Page byReceipt = office.get("/office/desk?applicant=" + receiptOf(wanted));

        assertThat(byReceipt.body()).contains("name=\"applicant\"", "name=\"state\"", listed(wanted))
                .doesNotContain(listed(other));
        assertThat(office.get("/office/desk?state=WAITING_CORRECTION&applicant=" + receiptOf(wanted)).body())
                .as("an open task is not waiting for a correction").doesNotContain(listed(wanted));
        assertThat(office.get("/office/desk?state=OPEN&applicant=" + receiptOf(wanted)).body())
                .contains(listed(wanted));
    }

    @Test
    void anOfficerOfTheDepartmentInAnotherDistrictCannotActAndTheAttemptIsAudited() {
        UUID caseId = applications.unemploymentRegistration(port);
        UUID taskId = taskOf(caseId);
        String taskRegion = jdbc.sql("select region_code from workflow.task where id = :id").param("id", taskId)
                .query(String.class).single();
        String otherDistrict = jdbc.sql("""
                select code from identity.region where code like '3501%' and code not like '%00' and code <> :task
                order by code limit 1""").param("task", taskRegion).query(String.class).single();
        Department hrss = departments.byCode("hrss").orElseThrow();
        TestStaff.Member elsewhere = staff.enrolled(hrss.id(), otherDistrict, Role.WINDOW_CLERK);
        staff.logIn(office, elsewhere);

        Page acted = office.post("/office/desk/tasks/" + taskId + "/act",
                Map.of("version", "0", "action", "accept", "opinion", "越权受理"));

        assertThat(acted.status()).isEqualTo(404);
        assertThat(office.get("/office/desk/tasks/" + taskId).status()).isEqualTo(404);
        assertThat(jdbc.sql("""
                select count(*) from audit.entry
                where event = 'PERMISSION_DENIED' and result = 'DENIED' and object_id = :task and actor_id = :officer""")
                .param("task", taskId.toString()).param("officer", elsewhere.id().toString()).query(Long.class).single())
                .as("the refused action and the refused page are audited").isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select state || '/' || version from workflow.task where id = :id").param("id", taskId)
                .query(String.class).single()).isEqualTo("OPEN/0");
        assertThat(jdbc.sql("select status from casework.application where id = :id").param("id", caseId)
                .query(String.class).single()).isEqualTo("SUBMITTED");
    }

    @Test
    void viewingTheCaseOnTheDeskIsLoggedInTheApplicantsAccessLogForThatCase() {
        TestApplications.Applied applied = applications.pensionClaimBy(port,
                java.time.LocalDate.now(org.onewindow.shared.ChinaTime.ZONE).minusMonths(1));
        String receipt = receiptOf(applied.caseId());
        Department hrss = departments.byCode("hrss").orElseThrow();
        staff.logIn(office, staff.enrolled(hrss.id(), hrss.region().value(), Role.WINDOW_CLERK));
        assertThat(staffReadsFor(applied, receipt)).isEmpty();

        assertThat(office.get("/office/desk/tasks/" + taskOf(applied.caseId())).status()).isEqualTo(200);

        assertThat(staffReadsFor(applied, receipt)).singleElement().satisfies(entry -> {
            assertThat(entry.purpose()).isEqualTo(org.onewindow.registry.ReadPurpose.CASE_REVIEW);
            assertThat(entry.registry()).isEqualTo("POPULATION");
            assertThat(entry.readerName()).contains("审查办件 " + receipt);
        });
    }

    @Test
    void aParallelBranchShowsTheOpinionsTheOtherBranchesGave() {
        UUID caseId = testDesk.acceptedJointCase(port);
        String key = caseId.toString();
        for (String code : List.of("amr", "tax")) {
            TaskView branch = testDesk.branchOf(key, code);
            desk.act(testDesk.officer(code, Role.REVIEWER), branch.id(), branch.version(),
                    new TaskAction.Approve(code + " 审查意见：同意设立"));
        }
        Department psb = departments.byCode("psb").orElseThrow();
        staff.logIn(office, staff.enrolled(psb.id(), psb.region().value(), Role.REVIEWER));

        Page page = office.get("/office/desk/tasks/" + testDesk.branchOf(key, "psb").id());

        assertThat(page.status()).isEqualTo(200);
        String opinions = page.body().substring(page.body().indexOf("id=\"opinions\""));
        assertThat(opinions).contains("amr 审查意见：同意设立", "tax 审查意见：同意设立",
                departments.byCode("amr").orElseThrow().name(), departments.byCode("tax").orElseThrow().name());
    }

    @Test
    void aFormLoadedBeforeTheTaskChangedIsRefusedWithTaskChangedAndChangesNothing() {
        UUID caseId = applications.unemploymentRegistration(port);
        UUID taskId = taskOf(caseId);
        Department hrss = departments.byCode("hrss").orElseThrow();
        staff.logIn(office, staff.enrolled(hrss.id(), hrss.region().value(), Role.WINDOW_CLERK));
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(office.get("/office/desk/tasks/" + taskId).body());
        assertThat(version.find()).isTrue();
        OneWindowUser colleague = testDesk.officer("hrss", Role.WINDOW_CLERK);
        // The colleague claims the task and gives it back: open again, but not the task the form was loaded with.
        TaskView claimed = desk.claim(colleague, taskId, Integer.parseInt(version.group(1)));
        desk.release(colleague, taskId, claimed.version());

        Page stale = office.post("/office/desk/tasks/" + taskId + "/act",
                Map.of("version", version.group(1), "action", "accept", "opinion", "材料齐全"));

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("该办件已被他人处理或已变化，页面已刷新为最新状态，请核对后再操作");
        assertThat(jdbc.sql("select state || '/' || version || '/' || coalesce(assignee_id::text, '-') from workflow.task where id = :id")
                .param("id", taskId).query(String.class).single()).isEqualTo("OPEN/2/-");
        assertThat(jdbc.sql("select status from casework.application where id = :id").param("id", caseId)
                .query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(workflows.history(caseId.toString())).extracting(HistoryView::action).doesNotContain("ACCEPT");
    }

    private List<org.onewindow.registry.AccessLogEntry> staffReadsFor(TestApplications.Applied applied, String receipt) {
        return accessLog.readsOf(applied.applicant().idNumber(), null, 100).stream()
                .filter(entry -> entry.readerType().equals("STAFF") && entry.readerName().contains(receipt)).toList();
    }

    private UUID taskOf(UUID caseId) {
        return jdbc.sql("""
                select t.id from workflow.task t join workflow.process p on p.id = t.process_id
                where p.business_key = :key and t.node_kind = 'ACCEPT'""").param("key", caseId.toString())
                .query(UUID.class).single();
    }

    /** The case's row in the inbox: its receipt number as the link to the task. */
    private String listed(UUID caseId) {
        return "\">" + receiptOf(caseId) + "</a>";
    }

    private String receiptOf(UUID caseId) {
        return jdbc.sql("select receipt_number from casework.application where id = :id").param("id", caseId)
                .query(String.class).single();
    }
}
