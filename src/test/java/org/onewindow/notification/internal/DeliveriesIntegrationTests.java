package org.onewindow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.AccountKind;
import org.onewindow.identity.DataScope;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.BatchedTransactions;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.workflow.CaseAccepted;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * The applicants' messages of events handled at the same time are written in one transaction; an
 * event whose message cannot be written fails alone and is delivered once when redelivered.
 */
@OneWindowIntegrationTest
class DeliveriesIntegrationTests {

    private static final String LISTENER = "%WorkflowNotifications.on(org.onewindow.workflow.CaseAccepted)%";

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired Workflows workflows;
    @Autowired TaskDesk desk;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired Deliveries deliveries;
    @Autowired FailedEventPublications failed;
    @Autowired JdbcClient jdbc;

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @AfterEach
    void noFailingInbox() {
        release.countDown();
        jdbc.sql("drop trigger if exists inbox_refuses on notification.inbox").update();
        jdbc.sql("drop function if exists notification.inbox_refuses()").update();
    }

    @Test
    void messagesOfEventsHandledTogetherAreWrittenInOneTransactionAndTheirPublicationsCompleted()
            throws InterruptedException {
        List<UUID> cases = submitted(3);

        joined(List.of(acceptedWhileADeliveryIsHeld(cases)));

        for (UUID caseId : cases) {
            awaitCompleted(caseId);
            assertThat(texts(caseId)).hasSize(1);
        }
        assertThat(cases.stream().map(this::writer).distinct()).hasSize(1);
    }

    @Test
    void anEventWhoseMessageFailsFailsAloneAndIsDeliveredOnceWhenRedelivered() throws InterruptedException {
        List<UUID> cases = submitted(3);
        UUID bad = cases.get(1);
        refuseInboxMessage("accepted:" + bad);

        joined(List.of(acceptedWhileADeliveryIsHeld(cases)));

        awaitCompleted(cases.get(0));
        awaitCompleted(cases.get(2));
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> publication(bad).filter("FAILED"::equals).isPresent());
        assertThat(inbox(bad)).isZero();
        assertThat(texts(bad)).isEmpty();
        assertThat(texts(cases.get(0))).hasSize(1);
        assertThat(texts(cases.get(2))).hasSize(1);

        noFailingInbox();
        failed.resubmit(ResubmissionOptions.defaults().withFilter(p ->
                p.getEvent() instanceof CaseAccepted accepted && accepted.businessKey().equals(bad.toString())));

        awaitCompleted(bad);
        assertThat(inbox(bad)).isEqualTo(1);
        assertThat(texts(bad)).hasSize(1);
    }

    @Test
    void aBacklogOfDeliveriesIsWrittenInBoundedTransactionsInFurtherLanesWhileOneIsHeld()
            throws InterruptedException {
        // as many full batches as there are lanes besides the held one
        int backlog = BatchedTransactions.MAX_WORKS * (BatchedTransactions.LANES - 1);
        Map<Integer, Long> transactionOf = new ConcurrentHashMap<>();
        Thread blocker = aDeliveryHeld();
        List<Thread> works = IntStream.range(0, backlog)
                .mapToObj(i -> Thread.ofVirtual().start(() -> deliveries.run(() -> transactionOf.put(i,
                        jdbc.sql("select txid_current()").query(Long.class).single()))))
                .toList();

        // every work committed while the first lane is still held: full batches opened further lanes
        joined(works);
        assertThat(blocker.isAlive()).isTrue();
        release.countDown();
        joined(List.of(blocker));

        assertThat(transactionOf).hasSize(backlog);
        Map<Long, Long> worksPerTransaction = transactionOf.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        // at most the bound and the flushing caller's own per transaction, not one transaction for all
        assertThat(worksPerTransaction.values()).allSatisfy(count ->
                assertThat(count).isLessThanOrEqualTo(BatchedTransactions.MAX_WORKS + 1));
        assertThat(worksPerTransaction).hasSizeGreaterThanOrEqualTo(BatchedTransactions.LANES - 1);
    }

    /** Cases submitted, whose "submitted" messages are delivered. */
    private List<UUID> submitted(int count) {
        List<UUID> cases = IntStream.range(0, count)
                .mapToObj(i -> applications.unemploymentRegistration(port))
                .toList();
        for (UUID caseId : cases) {
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                            "select count(*) from notification.inbox where ref = :ref")
                    .param("ref", "submitted:" + caseId).query(Long.class).single() == 1);
        }
        return cases;
    }

    /**
     * Holds a delivery of its own while the cases are accepted, until the cases' deliveries all wait
     * for the next batch (fewer than a full batch: no further lane opens); then lets it go. Returns
     * the thread of the held delivery.
     */
    private Thread acceptedWhileADeliveryIsHeld(List<UUID> cases) throws InterruptedException {
        Thread blocker = aDeliveryHeld();
        for (UUID caseId : cases) {
            act(caseId, new TaskAction.Accept(null));
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.waiting() >= cases.size());
        assertThat(cases).allSatisfy(caseId -> assertThat(inbox(caseId)).isZero());
        release.countDown();
        return blocker;
    }

    /** A delivery of the test's own, running and held until released. */
    private Thread aDeliveryHeld() throws InterruptedException {
        Thread blocker = Thread.ofVirtual().start(() -> deliveries.run(() -> {
            started.countDown();
            await(release);
        }));
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        return blocker;
    }

    private static void joined(List<Thread> threads) throws InterruptedException {
        for (Thread each : threads) {
            assertThat(each.join(Duration.ofSeconds(20))).isTrue();
        }
    }

    /** Makes the inbox refuse the message with this reference: the insert fails, as on a broken database. */
    private void refuseInboxMessage(String ref) {
        jdbc.sql("""
                create function notification.inbox_refuses() returns trigger language plpgsql as $$
                begin
                    if new.ref = '%s' then raise exception 'inbox refuses %s'; end if;
                    return new;
                end $$""".formatted(ref, ref)).update();
        jdbc.sql("""
                create trigger inbox_refuses before insert on notification.inbox
                for each row execute function notification.inbox_refuses()""").update();
    }

    /** The acceptance message is in the inbox and its publication completed (deleted). */
    private void awaitCompleted(UUID caseId) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(inbox(caseId)).isEqualTo(1);
            assertThat(publication(caseId)).isEmpty();
        });
    }

    private long inbox(UUID caseId) {
        return jdbc.sql("select count(*) from notification.inbox where ref = :ref")
                .param("ref", "accepted:" + caseId).query(Long.class).single();
    }

    /** The transaction that wrote the case's acceptance message. */
    private String writer(UUID caseId) {
        return jdbc.sql("select xmin::text from notification.inbox where ref = :ref")
                .param("ref", "accepted:" + caseId).query(String.class).single();
    }

    /** The status of the publication of the case's acceptance to the listener; none once completed. */
    private Optional<String> publication(UUID caseId) {
        return jdbc.sql("""
                        select status from event_publication
                        where listener_id like :listener and serialized_event like :event""")
                .param("listener", LISTENER).param("event", "%" + caseId + "%").query(String.class).optional();
    }

    /** The text messages about the case's acceptance, by receipt number. */
    private List<String> texts(UUID caseId) {
        String receipt = jdbc.sql("select receipt_number from casework.application where id = :id")
                .param("id", caseId).query(String.class).single();
        return jdbc.sql("select body from notification.outbox where body like :receipt and body like '%已受理%'")
                .param("receipt", "%" + receipt + "%").query(String.class).list();
    }

    private void act(UUID caseId, TaskAction action) {
        TaskView task = workflows.tasksOf(caseId.toString()).stream()
                .filter(t -> t.kind() == NodeKind.ACCEPT && t.state().workable()).findFirst().orElseThrow();
        Department department = departments.byId(task.departmentId()).orElseThrow();
        OneWindowUser clerk = new OneWindowUser(AccountKind.STAFF, UUID.randomUUID(), "测试" + department.code(),
                Set.of(Role.WINDOW_CLERK), Set.of("desk.work"), new DataScope(department.id(), department.region()));
        desk.act(clerk, task.id(), task.version(), action);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
