package org.onewindow.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.Zones;
import org.onewindow.shared.ChinaTime;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The office inbox's filters (item, urgency, state, applicant) and its keyset paging, through the JSON API. */
@OneWindowIntegrationTest
class OfficeInboxFiltersIntegrationTests {

    @LocalServerPort int port;
    @Autowired Zones zones;
    @Autowired TestApplications applications;
    @Autowired TestStaff staff;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;

    WebClient office;
    String csrf;

    @BeforeEach
    void windowClerkOfTheCity() {
        directory.loadDirectoryIfAbsent();
        office = new WebClient(zones.officePort());
        Department hrss = departments.byCode("hrss").orElseThrow();
        staff.logIn(office, staff.enrolled(hrss.id(), hrss.region().value(), Role.WINDOW_CLERK));
        csrf = TestStaff.officeApiToken(office);
    }

    @Test
    void theItemFilterListsOnlyThatItemsTasks() {
        UUID unemployment = acceptTaskOf(applications.unemploymentRegistration(port));
        UUID pension = acceptTaskOf(applications.pensionClaimBy(port, today().minusMonths(1)).caseId());

        List<JsonNode> pensions = allPages("item=pension-claim");

        assertThat(pensions).isNotEmpty().allSatisfy(t -> assertThat(t.get("itemCode").asString()).isEqualTo("pension-claim"));
        assertThat(ids(pensions)).contains(pension).doesNotContain(unemployment);
        assertThat(ids(allPages(""))).contains(pension, unemployment);
    }

    @Test
    void theUrgencyFilterListsOverdueTasksAndThoseMarkedDueSoon() {
        UUID late = acceptTaskOf(applications.unemploymentRegistration(port));
        UUID relaxed = acceptTaskOf(applications.unemploymentRegistration(port));
        dueOn(late, today().minusDays(3));
        dueOn(relaxed, today().plusDays(60));
        // As the workflow's sweeper marks a task past the due-soon share of its limit (TaskDueDatesIntegrationTests).
        jdbc.sql("update workflow.task set due_soon_at = now() where id = :id").param("id", late).update();

        List<JsonNode> overdue = allPages("urgency=OVERDUE");
        List<JsonNode> dueSoon = allPages("urgency=DUE_SOON");

        assertThat(ids(overdue)).contains(late).doesNotContain(relaxed);
        assertThat(overdue).allSatisfy(t -> assertThat(LocalDate.parse(t.get("dueDate").asString())).isBefore(today()));
        assertThat(ids(dueSoon)).contains(late).doesNotContain(relaxed);
    }

    @Test
    void theStateFilterNarrowsTheViewToOneState() {
        UUID claimed = acceptTaskOf(applications.unemploymentRegistration(port));
        UUID open = acceptTaskOf(applications.unemploymentRegistration(port));
        UUID waiting = acceptTaskOf(applications.unemploymentRegistration(port));
        assertThat(office.postJson("/office/api/tasks/" + claimed + "/claim", "{\"version\":0}", "X-CSRF-TOKEN", csrf)
                .status()).isEqualTo(200);
        assertThat(office.postJson("/office/api/tasks/" + waiting + "/actions",
                "{\"version\":0,\"action\":\"correction\",\"missing\":[\"身份证明\"]}", "X-CSRF-TOKEN", csrf).status())
                .isEqualTo(200);

        assertThat(ids(allPages("state=CLAIMED"))).contains(claimed).doesNotContain(open, waiting);
        assertThat(ids(allPages("state=OPEN"))).contains(open).doesNotContain(claimed, waiting);
        List<JsonNode> corrections = allPages("state=WAITING_CORRECTION");
        assertThat(ids(corrections)).contains(waiting).doesNotContain(claimed, open);
        assertThat(corrections).allSatisfy(t -> assertThat(t.get("state").asString()).isEqualTo("WAITING_CORRECTION"));
        assertThat(ids(allPages(""))).as("without a state: open and claimed, as before")
                .contains(claimed, open).doesNotContain(waiting);
        assertThat(allPages("view=CLAIMABLE&state=CLAIMED")).as("claimable tasks are open").isEmpty();
        assertThat(office.get("/office/api/tasks?state=COMPLETED", "application/json").body())
                .contains("\"code\":\"parameter_invalid\"");
    }

    @Test
    void theApplicantFilterFindsTheCaseByReceiptNumberOrName() {
        UUID caseId = applications.unemploymentRegistration(port);
        UUID task = acceptTaskOf(caseId);
        UUID other = acceptTaskOf(applications.unemploymentRegistration(port));
        String receipt = jdbc.sql("select receipt_number from casework.application where id = :id").param("id", caseId)
                .query(String.class).single();
        String name = jdbc.sql("select applicant_name from casework.application where id = :id").param("id", caseId)
                .query(String.class).single();

        assertThat(ids(allPages("applicant=" + encode(receipt)))).containsExactly(task);
        assertThat(ids(allPages("applicant=" + encode(" " + name + " ")))).contains(task).doesNotContain(other);
        assertThat(allPages("applicant=" + encode("无此人" + UUID.randomUUID()))).isEmpty();
    }

    @Test
    void keysetPagingReturnsEveryTaskOnceInDueOrder() {
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(acceptTaskOf(applications.unemploymentRegistration(port)));
        }

        List<JsonNode> inPagesOfTwo = allPages("", 2);

        assertThat(ids(inPagesOfTwo)).containsAll(created).doesNotHaveDuplicates()
                .containsExactlyElementsOf(ids(allPages("", 100)));
        assertThat(inPagesOfTwo).extracting(t -> t.get("dueDate").asString() + "/" + t.get("id").asString())
                .as("oldest due first, then by id (both compare as text, as PostgreSQL orders them)").isSorted();
    }

    /** Every page of the department's inbox with the given filters, following the keyset. */
    private List<JsonNode> allPages(String filters) {
        return allPages(filters, 100);
    }

    private List<JsonNode> allPages(String filters, int limit) {
        List<JsonNode> all = new ArrayList<>();
        String after = "";
        while (true) {
            List<JsonNode> page = page(filters + "&limit=" + limit + after);
            all.addAll(page);
            if (page.size() < limit) {
                return all;
            }
            JsonNode last = page.getLast();
            after = "&afterDue=" + last.get("dueDate").asString() + "&afterId=" + last.get("id").asString();
        }
    }

    private List<JsonNode> page(String query) {
        Page answer = office.get("/office/api/tasks?" + query, "application/json");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<JsonNode> tasks = new ArrayList<>();
        json.readTree(answer.body()).forEach(tasks::add);
        return tasks;
    }

    private static List<UUID> ids(List<JsonNode> tasks) {
        return tasks.stream().map(t -> UUID.fromString(t.get("id").asString())).toList();
    }

    private UUID acceptTaskOf(UUID caseId) {
        return jdbc.sql("""
                select t.id from workflow.task t join workflow.process p on p.id = t.process_id
                where p.business_key = :key and t.node_kind = 'ACCEPT'""").param("key", caseId.toString())
                .query(UUID.class).single();
    }

    private void dueOn(UUID task, LocalDate due) {
        jdbc.sql("update workflow.task set due_date = :due where id = :id").param("due", due).param("id", task).update();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
