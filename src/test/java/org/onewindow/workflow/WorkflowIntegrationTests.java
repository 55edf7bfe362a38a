package org.onewindow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.deadline.Deadlines;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.WorkingDayCalendar;
import org.onewindow.support.MutableClock;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestDesk;
import org.onewindow.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@OneWindowIntegrationTest
@RecordApplicationEvents
class WorkflowIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired TaskDesk desk;
    @Autowired TestDesk testDesk;
    @Autowired Workflows workflows;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired TaskSweeper taskSweeper;
    @Autowired MutableClock clock;
    @Autowired org.onewindow.certificate.Certificates certificates;
    @Autowired JdbcClient jdbc;
    @Autowired Deadlines deadlines;
    @Autowired ApplicationEvents events;
    @Autowired CasePromises promises;

    private Instant promiseFrom(String key) {
        return jdbc.sql("select promise_from from workflow.process where business_key = :key").param("key", key)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        jdbc.sql("drop trigger if exists certificate_publications on event_publication").update();
        jdbc.sql("drop function if exists certificate_publications()").update();
        jdbc.sql("drop table if exists certificate_publications").update();
    }

    /**
     * The "mine" view is planned for the officer's own values on every call (Store.inbox): called more
     * often than the driver's five before it prepares a statement on the server, it still answers the
     * officer's claimed tasks, oldest due first, and nothing else.
     */
    @Test
    void theMineViewListsTheOfficersClaimedTasksInDueOrderOnEveryCall() {
        OneWindowUser clerk = testDesk.officer("hrss", Role.WINDOW_CLERK);
        List<UUID> claimed = java.util.stream.Stream.of(applications.unemploymentRegistration(port),
                        applications.unemploymentRegistration(port))
                .map(caseId -> only(caseId.toString(), NodeKind.ACCEPT))
                .map(accept -> desk.claim(clerk, accept.id(), accept.version()).id())
                .toList();
        InboxQuery mine = new InboxQuery(InboxQuery.View.MINE, null, InboxQuery.Urgency.ALL, null, null, 50);

        for (int call = 1; call <= 8; call++) {
            List<UUID> expected = jdbc.sql("""
                            select id from workflow.task
                            where assignee_id = :clerk and state in ('OPEN', 'CLAIMED')
                            order by due_date, id limit 50""")
                    .param("clerk", clerk.id()).query(UUID.class).list();
            assertThat(expected).as("the clerk holds fewer than a page of tasks in this test database")
                    .hasSizeLessThan(50).containsAll(claimed);
            assertThat(desk.inbox(clerk, mine)).as("call %d", call).extracting(TaskView::id)
                    .containsExactlyElementsOf(expected);
        }
        assertThat(desk.inbox(clerk, new InboxQuery(InboxQuery.View.CLAIMABLE, null, InboxQuery.Urgency.ALL, null,
                        null, 50)))
                .extracting(TaskView::id).doesNotContainAnyElementsOf(claimed);
    }

    @Test
    void aJointCaseFansOutToFourDepartmentsAndIsDecidedWhenAllApproved() {
        UUID caseId = applications.businessEstablishment(port);
        String key = caseId.toString();
        TaskView accept = only(key, NodeKind.ACCEPT);
        OneWindowUser clerk = testDesk.officer("amr", Role.WINDOW_CLERK);
        assertThat(desk.inbox(clerk, InboxQuery.department())).extracting(TaskView::id).contains(accept.id());

        desk.act(clerk, accept.id(), accept.version(), new TaskAction.Accept("材料齐全"));
        assertThat(status(caseId)).as("the case follows in the action's own transaction").isEqualTo("ACCEPTED");

        List<TaskView> branches = testDesk.open(key, NodeKind.PARALLEL);
        assertThat(branches).hasSize(4);
        Set<String> codes = Set.copyOf(branches.stream()
                .map(t -> departments.byId(t.departmentId()).orElseThrow().code()).toList());
        assertThat(codes).contains("amr", "tax", "psb").anyMatch(code -> code.endsWith(".sssc"));
        for (TaskView branch : branches) {
            String code = departments.byId(branch.departmentId()).orElseThrow().code();
            OneWindowUser reviewer = testDesk.officer(code, Role.REVIEWER);
            assertThat(testDesk.open(key, NodeKind.DECIDE)).as("no decision before every branch is done").isEmpty();
            desk.act(reviewer, branch.id(), branch.version(), new TaskAction.Approve(code + " 同意"));
            assertThat(status(caseId)).isEqualTo("UNDER_REVIEW");
        }
        // The first branch to finish moved the case under review; the others are told they were not the first.
        assertThat(events.stream(TaskCompleted.class).filter(e -> e.businessKey().equals(key)
                        && e.kind() == NodeKind.PARALLEL))
                .extracting(TaskCompleted::taskId, TaskCompleted::firstOfStep)
                .containsExactly(branches.stream().map(b -> org.assertj.core.groups.Tuple.tuple(b.id(),
                        b.id().equals(branches.getFirst().id()))).toArray(org.assertj.core.groups.Tuple[]::new));
        TaskView decide = only(key, NodeKind.DECIDE);
        desk.act(testDesk.officer("amr", Role.APPROVER), decide.id(), decide.version(), new TaskAction.Approve("准予登记"));

        assertThat(workflows.process(key).orElseThrow().outcome()).isEqualTo("APPROVED");
        assertThat(status(caseId)).isEqualTo("APPROVED");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(certificates.ofCase(caseId))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.type()).isEqualTo("business_licence");
                    assertThat(c.holderName()).isEqualTo("福州市鼓楼区榕树餐饮管理有限公司");
                }));
        // An officer's line follows the lines its action caused: the decision's comes after the result's issue and the end.
        assertThat(workflows.history(key)).extracting(HistoryView::action).containsExactly("STARTED", "ACCEPT",
                "APPROVE", "APPROVE", "APPROVE", "APPROVE", "SYSTEM:issue-result", "ENDED", "APPROVE");
        // Each branch's line names its department and the reviewer's opinion, in the order they approved (the first
        // three written as their branches completed, the last one after its step moved on).
        assertThat(workflows.history(key)).filteredOn(h -> h.kind() == NodeKind.PARALLEL)
                .extracting(HistoryView::departmentId, HistoryView::opinion, HistoryView::actorName)
                .containsExactlyElementsOf(branches.stream().map(b -> {
                    String code = departments.byId(b.departmentId()).orElseThrow().code();
                    return org.assertj.core.groups.Tuple.tuple(b.departmentId(), code + " 同意",
                            testDesk.officer(code, Role.REVIEWER).name());
                }).toList());
        assertThat(workflows.tasksOf(key)).extracting(TaskView::state).containsOnly(TaskState.COMPLETED);
        assertThat(promises.promises(List.of(key))).as("the promise finished with the case, on time")
                .hasEntrySatisfying(key, p -> {
                    assertThat(p.finished()).isTrue();
                    assertThat(p.overdue()).isFalse();
                });
        assertThat(jdbc.sql("select promise_alert_at is null from workflow.process where business_key = :key")
                .param("key", key).query(Boolean.class).single()).as("the sweeper no longer looks at it").isTrue();
        assertThat(acceptanceCounts(key)).as("the acceptance limit ended when the case was accepted").isFalse();
    }

    /**
     * The start and every action answer with the tasks they opened, as they are stored: what a
     * department system follows the case by without reading it again. A branch approved while
     * others are open opens nothing, the last one opens the decision, a return opens the earlier
     * step again, and the decision opens nothing (the case ends).
     */
    @Test
    void theStartAndEachActionAnswerWithTheTasksTheyOpened() {
        String started = UUID.randomUUID().toString();
        StartedProcess start = workflows.start(started, "business-establishment",
                org.onewindow.shared.DivisionCode.parse("350102"), clock.instant());
        assertThat(start.process().businessKey()).isEqualTo(started);
        assertThat(start.opened()).extracting(TaskView::id, TaskView::kind, TaskView::version, TaskView::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(only(started, NodeKind.ACCEPT).id(),
                        NodeKind.ACCEPT, 0, TaskState.OPEN));
        // No case record stands behind this key: ended, so that no sweep deems it accepted later.
        workflows.terminate(started, "测试结束");

        String key = applications.businessEstablishment(port).toString();
        TaskView accept = only(key, NodeKind.ACCEPT);
        ActionOutcome accepted = desk.perform(testDesk.officer("amr", Role.WINDOW_CLERK), accept.id(),
                accept.version(), new TaskAction.Accept(null));
        assertThat(accepted.task().id()).isEqualTo(accept.id());
        assertThat(accepted.task().state()).isEqualTo(TaskState.COMPLETED);
        assertThat(accepted.opened()).hasSize(4);
        assertThat(accepted.opened()).extracting(TaskView::id, TaskView::departmentId, TaskView::version,
                        TaskView::dueDate, TaskView::state)
                .containsExactlyInAnyOrderElementsOf(stored(key, NodeKind.PARALLEL));

        List<TaskView> branches = accepted.opened();
        for (TaskView branch : branches.subList(0, branches.size() - 1)) {
            String code = departments.byId(branch.departmentId()).orElseThrow().code();
            assertThat(desk.perform(testDesk.officer(code, Role.REVIEWER), branch.id(), branch.version(),
                    new TaskAction.Approve(null)).opened()).as("other branches are still open").isEmpty();
        }
        TaskView last = branches.getLast();
        ActionOutcome lastApproved = desk.perform(
                testDesk.officer(departments.byId(last.departmentId()).orElseThrow().code(), Role.REVIEWER), last.id(),
                last.version(), new TaskAction.Approve(null));
        assertThat(lastApproved.opened()).extracting(TaskView::id, TaskView::departmentId, TaskView::version,
                        TaskView::dueDate, TaskView::state)
                .containsExactlyElementsOf(stored(key, NodeKind.DECIDE));

        TaskView decide = lastApproved.opened().getFirst();
        ActionOutcome returned = desk.perform(testDesk.officer("amr", Role.APPROVER), decide.id(), decide.version(),
                new TaskAction.ReturnTo(accept.nodeId(), "经营范围需重新核定"));
        assertThat(returned.opened()).extracting(TaskView::id, TaskView::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(only(key, NodeKind.ACCEPT).id(), NodeKind.ACCEPT));

        String simple = applications.unemploymentRegistration(port).toString();
        TaskView simpleAccept = only(simple, NodeKind.ACCEPT);
        TaskView review = desk.perform(testDesk.officer("hrss", Role.WINDOW_CLERK), simpleAccept.id(),
                simpleAccept.version(), new TaskAction.Accept(null)).opened().getFirst();
        TaskView decision = desk.perform(testDesk.officer("hrss", Role.REVIEWER), review.id(), review.version(),
                new TaskAction.Approve(null)).opened().getFirst();
        ActionOutcome decided = desk.perform(testDesk.officer("hrss", Role.APPROVER), decision.id(),
                decision.version(), new TaskAction.Approve(null));
        assertThat(decided.opened()).as("the case ended").isEmpty();
        assertThat(workflows.process(simple).orElseThrow().outcome()).isEqualTo("APPROVED");
    }

    /** The workable tasks of a step as stored: id, department, version, due date and state. */
    private List<org.assertj.core.groups.Tuple> stored(String key, NodeKind kind) {
        return testDesk.open(key, kind).stream()
                .map(t -> org.assertj.core.groups.Tuple.tuple(t.id(), t.departmentId(), t.version(), t.dueDate(),
                        t.state()))
                .toList();
    }

    /** Actions on one case happen one at a time: of the last two branches approved at once, one moves the case on. */
    @Test
    void theLastTwoBranchesApprovedAtOnceMoveTheCaseOnOnce() throws Exception {
        String key = testDesk.acceptedJointCase(port).toString();
        List<TaskView> branches = testDesk.open(key, NodeKind.PARALLEL);
        for (TaskView branch : branches.subList(2, branches.size())) {
            approveBranch(branch);
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<String> first = pool.submit(() -> attempt(() -> approveBranch(branches.get(0))));
            Future<String> second = pool.submit(() -> attempt(() -> approveBranch(branches.get(1))));
            assertThat(List.of(first.get(), second.get())).containsOnly("ok");
        }

        assertThat(workflows.tasksOf(key)).filteredOn(t -> t.kind() == NodeKind.DECIDE).singleElement()
                .satisfies(t -> assertThat(t.state()).isEqualTo(TaskState.OPEN));
        assertThat(workflows.process(key).orElseThrow().currentNode()).isEqualTo("decide");
        assertThat(workflows.history(key)).extracting(HistoryView::action).endsWith("APPROVE", "APPROVE", "APPROVE",
                "APPROVE");
    }

    private void approveBranch(TaskView branch) {
        String code = departments.byId(branch.departmentId()).orElseThrow().code();
        desk.act(testDesk.officer(code, Role.REVIEWER), branch.id(), branch.version(), new TaskAction.Approve(null));
    }

    /**
     * Each parallel branch has its due date, 10 working days from its creation, kept in the task alone
     * (no limit of the deadline module); returning the case to acceptance ends the other branches, and
     * accepting it again keeps the case's limit.
     */
    @Test
    void branchesHaveTheirLimitsAndACaseAcceptedAgainKeepsItsLimit() {
        String key = testDesk.acceptedJointCase(port).toString();
        CasePromise promise = promises.promises(List.of(key)).get(key);
        Instant promisedFrom = promiseFrom(key);
        List<TaskView> branches = testDesk.open(key, NodeKind.PARALLEL);
        WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();

        assertThat(branches).allSatisfy(t -> assertThat(t.dueDate())
                .isEqualTo(calendar.plusWorkingDays(t.createdAt().atZone(ChinaTime.ZONE).toLocalDate(), 10)));
        assertThat(deadlines.findAll("workflow.task", branches.stream().map(t -> t.id().toString()).toList()))
                .isEmpty();

        TaskView returning = testDesk.branchOf(key, "tax");
        String acceptance = workflows.tasksOf(key).stream().filter(t -> t.kind() == NodeKind.ACCEPT).findFirst()
                .orElseThrow().nodeId();
        desk.act(testDesk.officer("tax", Role.REVIEWER), returning.id(), returning.version(),
                new TaskAction.ReturnTo(acceptance, "经营范围需重新核定"));
        assertThat(workflows.tasksOf(key)).filteredOn(t -> branches.stream().anyMatch(b -> b.id().equals(t.id())))
                .extracting(TaskView::state)
                .containsOnly(TaskState.COMPLETED, TaskState.CANCELLED)
                .containsOnlyOnce(TaskState.COMPLETED);
        assertThat(acceptanceCounts(key)).as("returned to acceptance: no new acceptance limit to deem it by")
                .isFalse();
        TaskView again = only(key, NodeKind.ACCEPT);
        desk.act(testDesk.officer("amr", Role.WINDOW_CLERK), again.id(), again.version(), new TaskAction.Accept(null));

        assertThat(promiseFrom(key)).as("the promise counts from the first acceptance").isEqualTo(promisedFrom);
        assertThat(promises.promises(List.of(key))).hasEntrySatisfying(key, p -> {
            assertThat(p.dueDate()).isEqualTo(promise.dueDate());
            assertThat(p.finished()).isFalse();
        });
        assertThat(testDesk.open(key, NodeKind.PARALLEL)).hasSize(branches.size());
    }

    /**
     * A parallel step entered again (returned to acceptance before any department approved) has a
     * first branch of its own: its approval moves the case under review, though a branch of the
     * step's first entry was completed (returned) before.
     */
    @Test
    void aParallelStepEnteredAgainMovesTheCaseUnderReviewWithItsFirstApproval() {
        UUID caseId = testDesk.acceptedJointCase(port);
        String key = caseId.toString();
        TaskView returning = testDesk.branchOf(key, "tax");
        String acceptance = workflows.tasksOf(key).stream().filter(t -> t.kind() == NodeKind.ACCEPT).findFirst()
                .orElseThrow().nodeId();
        desk.act(testDesk.officer("tax", Role.REVIEWER), returning.id(), returning.version(),
                new TaskAction.ReturnTo(acceptance, "经营范围需重新核定"));
        TaskView again = only(key, NodeKind.ACCEPT);
        desk.act(testDesk.officer("amr", Role.WINDOW_CLERK), again.id(), again.version(), new TaskAction.Accept(null));
        assertThat(status(caseId)).isEqualTo("ACCEPTED");

        TaskView first = testDesk.branchOf(key, "psb");
        desk.act(testDesk.officer("psb", Role.REVIEWER), first.id(), first.version(), new TaskAction.Approve(null));
        assertThat(status(caseId)).isEqualTo("UNDER_REVIEW");
        TaskView second = testDesk.branchOf(key, "tax");
        desk.act(testDesk.officer("tax", Role.REVIEWER), second.id(), second.version(), new TaskAction.Approve(null));

        assertThat(events.stream(TaskCompleted.class).filter(e -> e.businessKey().equals(key)
                        && e.kind() == NodeKind.PARALLEL))
                .extracting(TaskCompleted::taskId, TaskCompleted::firstOfStep)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(returning.id(), true),
                        org.assertj.core.groups.Tuple.tuple(first.id(), true),
                        org.assertj.core.groups.Tuple.tuple(second.id(), false));
        assertThat(status(caseId)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void aDecisionWithNoCertificateToIssueLeavesNoWorkForTheCertificateListener() {
        logCertificatePublications();
        UUID record = applications.unemploymentRegistration(port);
        UUID licence = applications.businessEstablishment(port);
        decideAsTheOnlyDepartment(record, "hrss");
        TaskView accept = only(licence.toString(), NodeKind.ACCEPT);
        desk.act(testDesk.officer("amr", Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept(null));
        for (TaskView branch : testDesk.open(licence.toString(), NodeKind.PARALLEL)) {
            String code = departments.byId(branch.departmentId()).orElseThrow().code();
            desk.act(testDesk.officer(code, Role.REVIEWER), branch.id(), branch.version(), new TaskAction.Approve(null));
        }
        TaskView decide = only(licence.toString(), NodeKind.DECIDE);
        desk.act(testDesk.officer("amr", Role.APPROVER), decide.id(), decide.version(), new TaskAction.Approve(null));

        assertThat(status(record)).isEqualTo("APPROVED");
        assertThat(certificatePublications(record)).as("a record, not a certificate: nothing to issue").isZero();
        assertThat(certificatePublications(licence)).as("a business licence to issue").isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(certificates.ofCase(licence)).hasSize(1));
    }

    @Test
    void theApplicantsTimelineHasALineForEachReviewAndOneForTheDecision() {
        TestApplications.Submitted submitted = applications.unemploymentRegistrationBy(port);

        decideAsTheOnlyDepartment(submitted.caseId(), "hrss");

        // What the applicant sees on her case's page: the review's line comes from the workflow's history.
        WebClient.Page page = submitted.portal().get("/applications/" + submitted.caseId());
        assertThat(page.status()).isEqualTo(200);
        String timeline = page.body().substring(page.body().indexOf("id=\"timeline\""));
        List<String> items = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL)
                .matcher(timeline.substring(0, timeline.indexOf("</ol>")))
                .results()
                .map(match -> match.group(1))
                .toList();
        assertThat(items).extracting(WorkflowIntegrationTests::heading)
                .containsSubsequence("受理", "部门审查通过", "准予许可")
                .filteredOn(line -> line.startsWith("部门审查") || line.equals("准予许可") || line.equals("不予许可"))
                .as("the review's line and the decision's; the decision step is no review")
                .containsExactly("部门审查通过", "准予许可");
        assertThat(items).filteredOn(item -> heading(item).equals("部门审查通过")).singleElement().asString()
                .as("by the reviewing department").contains(departments.byCode("hrss").orElseThrow().name());
        assertThat(jdbc.sql("select count(*) from casework.timeline where application_id = :id and kind like 'REVIEWED_%'")
                        .param("id", submitted.caseId()).query(Long.class).single())
                .as("no second copy of the review in casework").isZero();
    }

    /** The heading of a line of the applicant's timeline on her case's page. */
    private static String heading(String item) {
        return item.substring(item.indexOf("<strong>") + "<strong>".length(), item.indexOf("</strong>")).strip();
    }

    /** accept → review → decide of the simple-approval template, all in the one department. */
    private void decideAsTheOnlyDepartment(UUID caseId, String departmentCode) {
        String key = caseId.toString();
        TaskView accept = only(key, NodeKind.ACCEPT);
        desk.act(testDesk.officer(departmentCode, Role.WINDOW_CLERK), accept.id(), accept.version(),
                new TaskAction.Accept(null));
        TaskView review = only(key, NodeKind.REVIEW);
        desk.act(testDesk.officer(departmentCode, Role.REVIEWER), review.id(), review.version(),
                new TaskAction.Approve(null));
        TaskView decide = only(key, NodeKind.DECIDE);
        desk.act(testDesk.officer(departmentCode, Role.APPROVER), decide.id(), decide.version(),
                new TaskAction.Approve(null));
    }

    /** Logs the publications to the certificate listener from now on: a completed one is deleted. */
    private void logCertificatePublications() {
        jdbc.sql("create table certificate_publications (serialized_event text)").update();
        jdbc.sql("""
                create function certificate_publications() returns trigger language plpgsql as $$
                begin
                    insert into certificate_publications values (new.serialized_event);
                    return new;
                end $$""").update();
        jdbc.sql("""
                create trigger certificate_publications after insert on event_publication
                for each row when (new.listener_id like '%ResultIssuing%')
                execute function certificate_publications()""").update();
    }

    /** The publications to the certificate listener about the case, since they were logged. */
    private long certificatePublications(UUID caseId) {
        return jdbc.sql("select count(*) from certificate_publications where serialized_event like :key")
                .param("key", "%" + caseId + "%")
                .query(Long.class).single();
    }

    @Test
    void twoOfficersActingOnTheSameTaskOneWinsTheOtherChangesNothing() throws Exception {
        UUID caseId = applications.unemploymentRegistration(port);
        TaskView accept = only(caseId.toString(), NodeKind.ACCEPT);
        OneWindowUser first = testDesk.officer("hrss", Role.WINDOW_CLERK);
        OneWindowUser second = testDesk.officer("hrss", Role.DEPARTMENT_HEAD, Role.WINDOW_CLERK);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Callable<String> accepting = () -> attempt(() -> desk.act(first, accept.id(), accept.version(),
                    new TaskAction.Accept(null)));
            Callable<String> refusing = () -> attempt(() -> desk.act(second, accept.id(), accept.version(),
                    new TaskAction.RefuseToAccept("材料不全")));
            Future<String> a = pool.submit(accepting);
            Future<String> b = pool.submit(refusing);
            // The loser read the task before the winner committed (its version is stale: task_changed)
            // or after (the task is completed: task_not_workable); which one depends on timing alone.
            List<String> outcomes = List.of(a.get(), b.get());
            assertThat(outcomes).containsOnlyOnce("ok");
            assertThat(outcomes).filteredOn(o -> !o.equals("ok")).singleElement()
                    .isIn("task_changed", "task_not_workable");
        }
        long decisions = workflows.history(caseId.toString()).stream()
                .filter(h -> h.action().equals("ACCEPT") || h.action().equals("REFUSE_TO_ACCEPT")).count();
        assertThat(decisions).isEqualTo(1);
    }

    /**
     * A claim is exclusive: another officer of the same role can neither claim, work nor release the
     * task; the assignee releases it, and the head of the department may take back anyone's claim.
     */
    @Test
    void aClaimedTaskIsWorkedOnlyByItsAssigneeUntilReleased() {
        String key = applications.unemploymentRegistration(port).toString();
        OneWindowUser first = testDesk.officer("hrss", Role.WINDOW_CLERK);
        OneWindowUser second = testDesk.officer("hrss", Role.WINDOW_CLERK);
        OneWindowUser head = testDesk.officer("hrss", Role.DEPARTMENT_HEAD);
        TaskView accept = only(key, NodeKind.ACCEPT);

        TaskView claimed = desk.claim(first, accept.id(), accept.version());
        assertThat(claimed.state()).isEqualTo(TaskState.CLAIMED);
        assertThat(claimed.assigneeName()).isEqualTo(first.name());
        assertThatThrownBy(() -> desk.claim(second, claimed.id(), claimed.version()))
                .hasMessage("task_claimed_by_other");
        assertThatThrownBy(() -> desk.act(second, claimed.id(), claimed.version(), new TaskAction.Accept(null)))
                .hasMessage("task_claimed_by_other");
        assertThatThrownBy(() -> desk.release(second, claimed.id(), claimed.version()))
                .hasMessage("task_claimed_by_other");
        assertThat(desk.task(first, claimed.id())).as("nothing changed")
                .extracting(TaskView::state, TaskView::assigneeId, TaskView::version)
                .containsExactly(TaskState.CLAIMED, first.id(), claimed.version());

        TaskView released = desk.release(first, claimed.id(), claimed.version());
        assertThat(released.state()).isEqualTo(TaskState.OPEN);
        assertThat(released.assigneeId()).isNull();
        TaskView reclaimed = desk.claim(second, released.id(), released.version());
        assertThatThrownBy(() -> desk.act(first, reclaimed.id(), reclaimed.version(), new TaskAction.Accept(null)))
                .hasMessage("task_claimed_by_other");
        TaskView takenBack = desk.release(head, reclaimed.id(), reclaimed.version());
        assertThat(takenBack.state()).isEqualTo(TaskState.OPEN);
        desk.act(first, takenBack.id(), takenBack.version(), new TaskAction.Accept("材料齐全"));

        assertThat(workflows.history(key)).extracting(HistoryView::action)
                .containsSubsequence("CLAIMED", "RELEASED", "CLAIMED", "RELEASED", "ACCEPT");
        assertThat(jdbc.sql("""
                        select actor_id || ' ' || split_part(detail, ' ', 1) from audit.entry
                        where event = 'WORKFLOW_ACTION' and object_id = :task order by id""")
                .param("task", accept.id().toString()).query(String.class).list())
                .as("who claimed, released and accepted, in the audit log")
                .containsExactly(first.id() + " CLAIMED", first.id() + " RELEASED", second.id() + " CLAIMED",
                        head.id() + " RELEASED", first.id() + " ACCEPT");
    }

    /** An officer acting on a case the applicant withdrew is told so, not just that the task cannot be worked. */
    @Test
    void anActionOnAWithdrawnCaseSaysTheApplicantWithdrewIt() {
        TestApplications.Submitted submitted = applications.unemploymentRegistrationBy(port);
        String key = submitted.caseId().toString();
        OneWindowUser clerk = testDesk.officer("hrss", Role.WINDOW_CLERK);
        TaskView accept = only(key, NodeKind.ACCEPT);

        submitted.portal().get("/applications/" + key);
        assertThat(submitted.portal().post("/applications/" + key + "/withdraw", java.util.Map.of()).location())
                .hasValueSatisfying(location -> assertThat(location).contains("withdrawn"));
        assertThat(status(submitted.caseId())).isEqualTo("WITHDRAWN");

        assertThatThrownBy(() -> desk.act(clerk, accept.id(), accept.version() + 1, new TaskAction.Accept(null)))
                .hasMessage("case_withdrawn");
        assertThatThrownBy(() -> desk.claim(clerk, accept.id(), accept.version() + 1)).hasMessage("case_withdrawn");
        assertThat(desk.task(clerk, accept.id()).state()).isEqualTo(TaskState.CANCELLED);

        // A task completed before is still only not workable: nothing was withdrawn there.
        String decided = applications.unemploymentRegistration(port).toString();
        TaskView other = only(decided, NodeKind.ACCEPT);
        desk.act(clerk, other.id(), other.version(), new TaskAction.RefuseToAccept("不属于本部门职权范围"));
        assertThatThrownBy(() -> desk.act(clerk, other.id(), other.version() + 1, new TaskAction.Accept(null)))
                .hasMessage("task_not_workable");
    }

    /**
     * A branch transferred to another district's bureau moves to that bureau's inbox and region (it
     * would otherwise lie outside every scope); the sender no longer sees it; a transfer names another,
     * existing department and gives a reason; a city bureau taking it over sees it in the applicant's
     * district again.
     */
    @Test
    void aTaskTransferredToAnotherDistrictsDepartmentIsInThatDepartmentsInbox() {
        String key = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.open(key, NodeKind.PARALLEL).stream()
                .filter(t -> departments.byId(t.departmentId()).orElseThrow().code().endsWith(".sssc"))
                .findFirst().orElseThrow();
        String from = departments.byId(branch.departmentId()).orElseThrow().code();
        String to = from.startsWith("tj.") ? "gl.sssc" : "tj.sssc";
        OneWindowUser sender = testDesk.officer(from, Role.REVIEWER);
        OneWindowUser receiver = testDesk.officer(to, Role.REVIEWER);
        UUID target = departments.byCode(to).orElseThrow().id();

        assertThatThrownBy(() -> desk.act(sender, branch.id(), branch.version(),
                new TaskAction.Transfer(branch.departmentId(), "试一试"))).hasMessage("transfer_same_department");
        assertThatThrownBy(() -> desk.act(sender, branch.id(), branch.version(),
                new TaskAction.Transfer(UUID.randomUUID(), "试一试"))).hasMessage("department_not_found");
        assertThatThrownBy(() -> desk.act(sender, branch.id(), branch.version(),
                new TaskAction.Transfer(target, " "))).hasMessage("reason_required");
        assertThatThrownBy(() -> desk.act(sender, branch.id(), branch.version(),
                new TaskAction.Transfer(departments.byCode("tax").orElseThrow().id(), "试一试")))
                .as("tax works another branch of the step").hasMessage("transfer_branch_exists");
        assertThat(desk.inbox(receiver, InboxQuery.department())).extracting(TaskView::id).doesNotContain(branch.id());

        TaskView moved = desk.act(sender, branch.id(), branch.version(), new TaskAction.Transfer(target, "经营场所不在本辖区"));

        assertThat(moved.departmentId()).isEqualTo(target);
        assertThat(moved.state()).isEqualTo(TaskState.OPEN);
        assertThat(desk.inbox(receiver, InboxQuery.department())).extracting(TaskView::id).contains(branch.id());
        assertThat(desk.inbox(sender, InboxQuery.department())).extracting(TaskView::id).doesNotContain(branch.id());
        assertThatThrownBy(() -> desk.task(sender, branch.id())).hasMessage("task_not_found");
        assertThat(regionOf(branch.id())).isEqualTo(departments.byCode(to).orElseThrow().region().value());
        assertThat(workflows.history(key)).last().satisfies(line -> {
            assertThat(line.action()).isEqualTo("TRANSFER");
            assertThat(line.opinion()).isEqualTo("转办至" + departments.byCode(to).orElseThrow().name() + "：经营场所不在本辖区");
            assertThat(line.departmentId()).isEqualTo(departments.byCode(from).orElseThrow().id());
        });
        assertThat(jdbc.sql("""
                        select detail from audit.entry where event = 'WORKFLOW_ACTION' and object_id = :task
                          and actor_id = :actor""")
                .param("task", branch.id().toString()).param("actor", sender.id().toString()).query(String.class).list())
                .singleElement().asString().startsWith("TRANSFER to " + to + " at ");

        TaskView cityBound = desk.act(receiver, moved.id(), moved.version(),
                new TaskAction.Transfer(departments.byCode("hrss").orElseThrow().id(), "属市级事权"));
        assertThat(regionOf(cityBound.id())).as("a city bureau works it in the applicant's district")
                .isEqualTo(jdbc.sql("select place_code from workflow.process where business_key = :key")
                        .param("key", key).query(String.class).single());
        assertThat(desk.inbox(testDesk.officer("hrss", Role.REVIEWER), InboxQuery.department()))
                .extracting(TaskView::id).contains(branch.id());
    }

    private String regionOf(UUID taskId) {
        return jdbc.sql("select region_code from workflow.task where id = :id").param("id", taskId)
                .query(String.class).single();
    }

    /**
     * A decision can go back to any earlier step the desk offers — the review as well as the acceptance —
     * and only to those.
     */
    @Test
    void aDecisionReturnsTheCaseToTheEarlierStepTheApproverChooses() {
        String key = testDesk.acceptedSimpleCase(port, "hrss").toString();
        TaskView review = only(key, NodeKind.REVIEW);
        OneWindowUser reviewer = testDesk.officer("hrss", Role.REVIEWER);
        assertThat(desk.returnTargets(reviewer, review.id())).extracting(StepView::nodeId, StepView::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("accept", NodeKind.ACCEPT));
        desk.act(reviewer, review.id(), review.version(), new TaskAction.Approve(null));
        TaskView decide = only(key, NodeKind.DECIDE);
        OneWindowUser approver = testDesk.officer("hrss", Role.APPROVER);
        List<StepView> targets = desk.returnTargets(approver, decide.id());
        assertThat(targets).extracting(StepView::nodeId, StepView::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("accept", NodeKind.ACCEPT),
                org.assertj.core.groups.Tuple.tuple("review", NodeKind.REVIEW));
        for (String notEarlier : List.of("decide", "issue", "nowhere")) {
            assertThatThrownBy(() -> desk.act(approver, decide.id(), decide.version(),
                    new TaskAction.ReturnTo(notEarlier, "退回"))).hasMessage("node_not_earlier");
        }

        ActionOutcome returned = desk.perform(approver, decide.id(), decide.version(),
                new TaskAction.ReturnTo("review", "缺少离职证明核验意见"));

        assertThat(returned.task().outcome()).isEqualTo("RETURNED");
        assertThat(returned.opened()).extracting(TaskView::kind).containsExactly(NodeKind.REVIEW);
        assertThat(testDesk.open(key, NodeKind.ACCEPT)).as("the acceptance stays done").isEmpty();
        assertThat(workflows.process(key).orElseThrow().currentNode()).isEqualTo("review");
        assertThat(workflows.history(key)).last().extracting(HistoryView::action, HistoryView::opinion)
                .containsExactly("RETURN", "缺少离职证明核验意见");
    }

    @Test
    void aCorrectionIsRequestedOnceAndOnlyWithinFiveWorkingDays() {
        UUID caseId = applications.unemploymentRegistration(port);
        OneWindowUser clerk = testDesk.officer("hrss", Role.WINDOW_CLERK);
        TaskView accept = only(caseId.toString(), NodeKind.ACCEPT);
        desk.act(clerk, accept.id(), accept.version(), new TaskAction.RequestCorrection(List.of("离职证明原件扫描件")));
        assertThat(status(caseId)).isEqualTo("CORRECTION_REQUESTED");
        workflows.correctionSubmitted(caseId.toString());
        TaskView reopened = only(caseId.toString(), NodeKind.ACCEPT);
        assertThatThrownBy(() -> desk.act(clerk, reopened.id(), reopened.version(),
                new TaskAction.RequestCorrection(List.of("再补一次"))))
                .hasMessage("correction_already_requested");

        UUID late = applications.unemploymentRegistration(port);
        clock.advance(Duration.ofDays(12));
        TaskView lateAccept = only(late.toString(), NodeKind.ACCEPT);
        assertThatThrownBy(() -> desk.act(clerk, lateAccept.id(), lateAccept.version(),
                new TaskAction.RequestCorrection(List.of("身份证复印件"))))
                .hasMessage("correction_period_over");
    }

    @Test
    void anOfficerOutsideTheDepartmentDoesNotSeeTheTask() {
        UUID caseId = applications.unemploymentRegistration(port);
        TaskView accept = only(caseId.toString(), NodeKind.ACCEPT);
        OneWindowUser taxClerk = testDesk.officer("tax", Role.WINDOW_CLERK);
        assertThatThrownBy(() -> desk.task(taxClerk, accept.id())).hasMessage("task_not_found");
        assertThatThrownBy(() -> desk.act(taxClerk, accept.id(), accept.version(), new TaskAction.Accept(null)))
                .hasMessage("task_not_found");
        assertThat(desk.inbox(taxClerk, InboxQuery.department())).extracting(TaskView::id).doesNotContain(accept.id());
        assertThat(only(caseId.toString(), NodeKind.ACCEPT).state()).isEqualTo(TaskState.OPEN);
    }

    /**
     * An officer refused for lacking the step's role, or for not being the head where the head decides,
     * is on record as a permission denial, though the refused action changed nothing.
     */
    @Test
    void refusalsForRoleOrHeadshipAreAuditedAsPermissionDenials() {
        String key = applications.unemploymentRegistration(port).toString();
        TaskView accept = only(key, NodeKind.ACCEPT);
        OneWindowUser head = testDesk.officer("hrss", Role.DEPARTMENT_HEAD);
        assertThatThrownBy(() -> desk.act(head, accept.id(), accept.version(), new TaskAction.Accept(null)))
                .hasMessage("action_not_allowed");
        assertThat(denials(head, accept.id())).containsExactly("action_not_allowed: lacks role WINDOW_CLERK");

        String joint = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(joint, "tax");
        TaskView asked = desk.act(testDesk.officer("tax", Role.REVIEWER), branch.id(), branch.version(),
                new TaskAction.RequestExtension("需现场核查"));
        OneWindowUser colleague = testDesk.officer("tax", Role.REVIEWER);
        assertThatThrownBy(() -> desk.act(colleague, asked.id(), asked.version(), new TaskAction.ApproveExtension(null)))
                .hasMessage("department_head_required");
        assertThat(denials(colleague, asked.id())).containsExactly("department_head_required: not department head");
        assertThat(testDesk.branchOf(joint, "tax").version()).as("nothing changed").isEqualTo(asked.version());
    }

    /** The details of the permission denials recorded for the officer on the task. */
    private List<String> denials(OneWindowUser officer, UUID taskId) {
        return jdbc.sql("""
                        select detail from audit.entry where event = 'PERMISSION_DENIED' and result = 'DENIED'
                          and actor_id = :actor and object_type = 'task' and object_id = :task order by id""")
                .param("actor", officer.id().toString()).param("task", taskId.toString()).query(String.class).list();
    }

    @Test
    void refusalsNeedAReason() {
        UUID caseId = applications.unemploymentRegistration(port);
        TaskView accept = only(caseId.toString(), NodeKind.ACCEPT);
        assertThatThrownBy(() -> desk.act(testDesk.officer("hrss", Role.WINDOW_CLERK), accept.id(), accept.version(),
                new TaskAction.RefuseToAccept(" ")))
                .hasMessage("reason_required");
        assertThatThrownBy(() -> desk.act(testDesk.officer("hrss", Role.WINDOW_CLERK), accept.id(), accept.version(),
                new TaskAction.Approve("不是这个环节的操作")))
                .hasMessage("action_not_allowed");

        desk.act(testDesk.officer("hrss", Role.WINDOW_CLERK), accept.id(), accept.version(),
                new TaskAction.RefuseToAccept("不属于本部门职权范围"));
        assertThat(workflows.process(caseId.toString()).orElseThrow().outcome()).isEqualTo("NOT_ACCEPTED");
        assertThat(acceptanceCounts(caseId.toString())).as("the refusal ends the acceptance limit").isFalse();
    }

    /** A rejection gives its reason and its legal basis at every step that may reject: review, branch and decision. */
    @Test
    void aRejectionNeedsAReasonAndALegalBasisAtEveryStep() {
        String simple = applications.unemploymentRegistration(port).toString();
        TaskView accept = only(simple, NodeKind.ACCEPT);
        desk.act(testDesk.officer("hrss", Role.WINDOW_CLERK), accept.id(), accept.version(), new TaskAction.Accept(null));
        OneWindowUser reviewer = testDesk.officer("hrss", Role.REVIEWER);
        TaskView review = only(simple, NodeKind.REVIEW);
        assertThatThrownBy(() -> desk.act(reviewer, review.id(), review.version(),
                new TaskAction.Reject("未办理退工手续", null))).hasMessage("legal_basis_required");
        assertThatThrownBy(() -> desk.act(reviewer, review.id(), review.version(),
                new TaskAction.Reject("未办理退工手续", " "))).hasMessage("legal_basis_required");
        assertThatThrownBy(() -> desk.act(reviewer, review.id(), review.version(),
                new TaskAction.Reject(" ", "《就业服务与就业管理规定》第六十三条"))).hasMessage("reason_required");
        assertThat(only(simple, NodeKind.REVIEW).version()).as("nothing changed").isEqualTo(review.version());

        String joint = testDesk.acceptedJointCase(port).toString();
        TaskView branch = testDesk.branchOf(joint, "amr");
        assertThatThrownBy(() -> desk.act(testDesk.officer("amr", Role.REVIEWER), branch.id(), branch.version(),
                new TaskAction.Reject("名称不符合规定", null))).hasMessage("legal_basis_required");

        desk.act(reviewer, review.id(), review.version(), new TaskAction.Approve(null));
        TaskView decide = only(simple, NodeKind.DECIDE);
        OneWindowUser approver = testDesk.officer("hrss", Role.APPROVER);
        assertThatThrownBy(() -> desk.act(approver, decide.id(), decide.version(),
                new TaskAction.Reject("未办理退工手续", null))).hasMessage("legal_basis_required");
        desk.act(approver, decide.id(), decide.version(),
                new TaskAction.Reject("未办理退工手续", "《就业服务与就业管理规定》第六十三条"));
        assertThat(workflows.process(simple).orElseThrow().outcome()).isEqualTo("REJECTED");
        assertThat(workflows.history(simple)).filteredOn(h -> h.action().equals("REJECT")).singleElement()
                .extracting(HistoryView::opinion).isEqualTo("未办理退工手续（依据：《就业服务与就业管理规定》第六十三条）");
    }

    @Test
    void aCaseNobodyDecidedOnInFiveWorkingDaysIsDeemedAccepted() {
        UUID caseId = applications.unemploymentRegistration(port);
        clock.advance(Duration.ofDays(10));
        assertThat(taskSweeper.sweep().deemedAccepted()).isPositive();

        assertThat(workflows.history(caseId.toString())).extracting(HistoryView::action).contains("DEEMED_ACCEPTED");
        assertThat(status(caseId)).isEqualTo("ACCEPTED");
        assertThat(acceptanceCounts(caseId.toString())).as("the deemed acceptance ends the limit that passed")
                .isFalse();
        assertThat(testDesk.open(caseId.toString(), NodeKind.REVIEW)).hasSize(1);
    }

    /** Whether the case's acceptance limit (kept in its process row) still counts. */
    private boolean acceptanceCounts(String key) {
        return jdbc.sql("select acceptance_alert_at is not null from workflow.process where business_key = :key")
                .param("key", key).query(Boolean.class).single();
    }

    private TaskView only(String key, NodeKind kind) {
        List<TaskView> tasks = testDesk.open(key, kind);
        assertThat(tasks).hasSize(1);
        return tasks.getFirst();
    }

    private String status(UUID caseId) {
        return jdbc.sql("select status from casework.application where id = :id").param("id", caseId)
                .query(String.class).single();
    }

    private static String attempt(Runnable action) {
        try {
            action.run();
            return "ok";
        } catch (WorkflowException e) {
            return e.code();
        }
    }
}
