package org.onewindow.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.onewindow.casework.ApplicationStatus;
import org.onewindow.casework.Cases;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.DataScope;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.platform.Zones;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.Workflows;

/**
 * Closed cases and the people who rate and rectify them, driven through the real use cases: a
 * citizen applies for unemployment registration through the portal, the human resources bureau
 * refuses to accept it or approves it, and casework follows the workflow's events.
 */
final class RatingFixture {

    private static final Pattern RATING = Pattern.compile("/ratings/([0-9a-f-]{36})");

    private final TestApplications applications;
    private final TaskDesk desk;
    private final Workflows workflows;
    private final Cases cases;
    private final Departments departments;
    private final TestStaff staff;
    private final Zones zones;
    private final Map<String, WebClient> offices = new ConcurrentHashMap<>();

    RatingFixture(TestApplications applications, TaskDesk desk, Workflows workflows, Cases cases,
            Departments departments, TestStaff staff, Zones zones) {
        this.applications = applications;
        this.desk = desk;
        this.workflows = workflows;
        this.cases = cases;
        this.departments = departments;
        this.staff = staff;
        this.zones = zones;
    }

    /** A submitted, not yet closed case and its applicant's portal client. */
    TestApplications.Submitted submitted(int port) {
        return applications.unemploymentRegistrationBy(port);
    }

    /** A case the department refused to accept (办结 without approval). */
    TestApplications.Submitted refused(int port) {
        TestApplications.Submitted submitted = submitted(port);
        refuse(submitted.caseId());
        return submitted;
    }

    /** A case accepted, reviewed and approved by the human resources bureau. */
    TestApplications.Submitted approved(int port) {
        TestApplications.Submitted submitted = submitted(port);
        accept(submitted.caseId());
        approve(submitted.caseId());
        return submitted;
    }

    /** The human resources bureau refuses to accept a submitted case. */
    void refuse(UUID caseId) {
        TaskView accept = open(caseId, NodeKind.ACCEPT);
        desk.act(officer("hrss", Role.WINDOW_CLERK), accept.id(), accept.version(),
                new TaskAction.RefuseToAccept("不符合申请条件"));
        awaitStatus(caseId, ApplicationStatus.NOT_ACCEPTED);
    }

    /** The human resources bureau accepts a submitted case: its promised limit starts. */
    void accept(UUID caseId) {
        TaskView accept = open(caseId, NodeKind.ACCEPT);
        desk.act(officer("hrss", Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept("材料齐全"));
        // casework follows the workflow's events asynchronously and out of order if they come too
        // fast; wait for each step as an officer's pace would
        awaitStatus(caseId, ApplicationStatus.ACCEPTED);
    }

    /** The human resources bureau reviews and approves an accepted case. */
    void approve(UUID caseId) {
        TaskView review = open(caseId, NodeKind.REVIEW);
        desk.act(officer("hrss", Role.REVIEWER), review.id(), review.version(), new TaskAction.Approve("符合条件"));
        awaitStatus(caseId, ApplicationStatus.UNDER_REVIEW);
        TaskView decide = open(caseId, NodeKind.DECIDE);
        desk.act(officer("hrss", Role.APPROVER), decide.id(), decide.version(), new TaskAction.Approve("准予办理"));
        awaitStatus(caseId, ApplicationStatus.APPROVED);
    }

    void awaitStatus(UUID caseId, ApplicationStatus status) {
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(cases.summary(caseId).orElseThrow().status()).isEqualTo(status));
    }

    Department department(String code) {
        return departments.byCode(code).orElseThrow();
    }

    OneWindowUser officer(String departmentCode, Role... roles) {
        Department department = department(departmentCode);
        return new OneWindowUser(AccountKind.STAFF, UUID.randomUUID(), "测试" + departmentCode, Set.of(roles),
                Set.of("desk.work", "rating.rectify"), new DataScope(department.id(), department.region()));
    }

    /** A logged-in office client of a new staff member of the department with the role. */
    WebClient office(String departmentCode, Role role) {
        Department department = department(departmentCode);
        WebClient client = new WebClient(zones.officePort());
        staff.logIn(client, staff.enrolled(department.id(), department.region().value(), role));
        return client;
    }

    /** The same, kept for the test run (logging in costs a TOTP step). */
    WebClient sharedOffice(String departmentCode, Role role) {
        return offices.computeIfAbsent(departmentCode + "/" + role, key -> office(departmentCode, role));
    }

    /** Posts a rating from the case's rating form, as the applicant's browser would. */
    WebClient.Page rate(WebClient portal, UUID caseId, String level, List<String> tags, String comment) {
        portal.get("/ratings/cases/" + caseId);
        java.util.List<String> fields = new java.util.ArrayList<>(List.of("level", level));
        for (String tag : tags) {
            fields.add("tags");
            fields.add(tag);
        }
        if (comment != null) {
            fields.add("comment");
            fields.add(comment);
        }
        return portal.postPairs("/ratings/cases/" + caseId, fields.toArray(String[]::new));
    }

    /** The rating id a successful rating redirected to. */
    static UUID ratingId(WebClient.Page rated) {
        Matcher matcher = RATING.matcher(rated.location().orElseThrow(() -> new AssertionError(
                "no redirect: " + rated.status() + " " + rated.body())));
        assertThat(matcher.find()).isTrue();
        return UUID.fromString(matcher.group(1));
    }

    private TaskView open(UUID caseId, NodeKind kind) {
        List<TaskView> tasks = workflows.tasksOf(caseId.toString()).stream()
                .filter(t -> t.kind() == kind && t.state().workable())
                .toList();
        assertThat(tasks).hasSize(1);
        return tasks.getFirst();
    }
}
