package org.onewindow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.onewindow.catalog.Catalog;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.TimeOrderedIds;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.Workflows;

/**
 * Issue #4: complete cases of accept → 3 parallel department reviews → decide on OneWindow's own
 * engine, driven by concurrent workers through the services the office JSON API calls.
 *
 * <p>Each operation is one whole case: {@link Workflows#start} (what casework calls when a case is
 * submitted), then the window clerk's accept, the three departments' approvals and the approver's
 * decision, each through {@link TaskDesk#act} — the method {@code /office/api/tasks/{id}/actions}
 * calls — as a real demo staff member of that department with their roles and data scope, so every
 * scope check, version check, history line, audit entry, deadline and event publication happens.
 * The worker learns each next task from the answer of the action before it (the tasks the action
 * opened: {@link TaskDesk#perform}, the office API's answer; the first from {@link Workflows#start}),
 * as a department system following the case through the API does; it reads nothing else. The events' listeners (casework's case status and timeline, the applicant's
 * inbox message and text message) run asynchronously in the same application, as in production.
 *
 * <p>The cases themselves (casework's application rows, which the listeners update) are inserted
 * in bulk before the run, for a demo citizen: submitting them is issue #3's benchmark, not this one.
 * What is not exercised: HTTP, the session, CSRF and the controller's {@code @RequiresPermission}
 * check (the web layer in front of {@link TaskDesk}).
 *
 * <p>Settings: {@code engine.warmup} (2m), {@code engine.measure} (90s), {@code engine.threads} (8),
 * {@code engine.cases} (cases inserted beforehand; 150000).
 */
final class EngineBenchmark {

    static final String ITEM = "bench-joint-review";
    /** 鼓楼区: the place the cases are routed for. */
    static final String PLACE = "350102";
    /** Marks the benchmark's own statements so that the statement counts leave them out. */
    static final String SEED_MARK = "bench-seed";

    private final OneWindowContext app;
    private final BenchDatabase database;
    private final Workflows workflows;
    private final TaskDesk desk;
    private final OneWindowUser clerk;
    private final OneWindowUser approver;
    private final List<OneWindowUser> reviewers;
    private final List<UUID> cases = new ArrayList<>();
    private final AtomicInteger nextCase = new AtomicInteger();

    EngineBenchmark(OneWindowContext app, BenchDatabase database) throws SQLException {
        this.app = app;
        this.database = database;
        this.workflows = app.bean(Workflows.class);
        this.desk = app.bean(TaskDesk.class);
        this.clerk = BenchStaff.byUsername(database, "amr.clerk");
        this.approver = BenchStaff.byUsername(database, "amr.approver");
        this.reviewers = List.of(BenchStaff.byUsername(database, "amr.reviewer"),
                BenchStaff.byUsername(database, "tax.reviewer"), BenchStaff.byUsername(database, "psb.reviewer"));
    }

    /** Inserts the cases (casework rows, status submitted) the workers will start processes for. */
    void seedCases(int count) throws SQLException {
        long started = System.nanoTime();
        String edition = app.bean(Catalog.class).edition();
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            UUID applicant;
            String applicantName;
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("/* " + SEED_MARK + " */ select id, name from identity.citizen"
                            + " order by created_at, id limit 1")) {
                if (!rs.next()) {
                    throw new IllegalStateException("No demo citizen: is onewindow.demo on?");
                }
                applicant = rs.getObject(1, UUID.class);
                applicantName = rs.getString(2);
            }
            UUID department;
            try (PreparedStatement statement = connection.prepareStatement(
                    "/* " + SEED_MARK + " */ select id from identity.department where code = 'amr'");
                    ResultSet rs = statement.executeQuery()) {
                rs.next();
                department = rs.getObject(1, UUID.class);
            }
            try (PreparedStatement drafts = connection.prepareStatement("""
                    /* bench-seed */ insert into casework.draft (id, applicant_id, target_kind, target_code, place_code,
                        values_enc, catalog_edition, created_at, updated_at, submitted_at)
                    select gen_random_uuid(), ?, 'ITEM', ?, ?, 'bench', ?, now(), now(), now()
                    from generate_series(1, ?) returning id""")) {
                drafts.setObject(1, applicant);
                drafts.setString(2, ITEM);
                drafts.setString(3, PLACE);
                drafts.setString(4, edition);
                drafts.setInt(5, count);
                List<UUID> draftIds = new ArrayList<>(count);
                try (ResultSet rs = drafts.executeQuery()) {
                    while (rs.next()) {
                        draftIds.add(rs.getObject(1, UUID.class));
                    }
                }
                try (PreparedStatement applications = connection.prepareStatement("""
                        /* bench-seed */ insert into casework.application (id, receipt_number, draft_id, item_code,
                            applicant_id, applicant_name, status, values_enc, place_code, accepting_department_id,
                            catalog_edition, submitted_at, updated_at)
                        select c, 'BENCH' || lpad(n::text, 10, '0') || substr(md5(random()::text), 1, 6),
                            d, ?, ?, ?, 'SUBMITTED', 'bench', ?, ?, ?, now(), now()
                        from unnest(?::uuid[], ?::uuid[]) with ordinality as x(c, d, n) order by n returning id""")) {
                    applications.setString(1, ITEM);
                    applications.setObject(2, applicant);
                    applications.setString(3, applicantName);
                    applications.setString(4, PLACE);
                    applications.setObject(5, department);
                    applications.setString(6, edition);
                    // The ids the product gives cases (casework's Applying), as if submitted a millisecond apart
                    // in the order the workers take them.
                    Instant submitted = Instant.now().minusMillis(count);
                    Object[] caseIds = new Object[count];
                    for (int i = 0; i < count; i++) {
                        caseIds[i] = TimeOrderedIds.at(submitted.plusMillis(i));
                    }
                    applications.setArray(7, connection.createArrayOf("uuid", caseIds));
                    applications.setArray(8, connection.createArrayOf("uuid", draftIds.toArray()));
                    try (ResultSet rs = applications.executeQuery()) {
                        while (rs.next()) {
                            cases.add(rs.getObject(1, UUID.class));
                        }
                    }
                }
            }
            connection.commit();
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("/* " + SEED_MARK + " */ analyze casework.application");
            statement.execute("/* " + SEED_MARK + " */ analyze casework.draft");
        }
        System.out.printf("%,d cases inserted for the engine benchmark in %.1f s%n", count,
                (System.nanoTime() - started) / 1e9);
    }

    /** One whole case, from the start of its process to the decision. */
    void oneCase() {
        int index = nextCase.getAndIncrement();
        if (index >= cases.size()) {
            throw new IllegalStateException("All " + cases.size() + " inserted cases are used: raise engine.cases");
        }
        String key = cases.get(index).toString();
        TaskView accept = single(workflows.start(key, ITEM, DivisionCode.parse(PLACE), Instant.now()).opened(),
                NodeKind.ACCEPT);
        List<TaskView> branches = desk.perform(clerk, accept.id(), accept.version(),
                new TaskAction.Accept("材料齐全，予以受理")).opened();
        if (branches.size() != reviewers.size() || branches.stream().anyMatch(b -> b.kind() != NodeKind.PARALLEL)) {
            throw new IllegalStateException("Expected 3 parallel reviews, found " + branches);
        }
        List<TaskView> next = List.of();
        for (TaskView branch : branches) {
            OneWindowUser reviewer = reviewers.stream()
                    .filter(r -> r.scope().departmentId().equals(branch.departmentId()))
                    .findFirst()
                    .orElseThrow();
            next = desk.perform(reviewer, branch.id(), branch.version(), new TaskAction.Approve("审查通过")).opened();
        }
        TaskView decide = single(next, NodeKind.DECIDE);
        desk.act(approver, decide.id(), decide.version(), new TaskAction.Approve("准予许可"));
    }

    /** Runs the cases and counts the statements of the measured period. */
    Result run(int threads, Duration warmup, Duration measure, StatementCounts statements) throws Exception {
        LoadDriver driver = new LoadDriver(threads, Thread.ofPlatform().name("engine-", 0).factory(), 0);
        StatementCounts.Counts[] counted = new StatementCounts.Counts[1];
        int[] casesAtStart = new int[1];
        String databaseName = database.name();
        Measurement measurement = driver.run(warmup, measure, worker -> oneCase(), new LoadDriver.Hooks() {
            @Override
            public void measureStarted() {
                statements.reset();
                casesAtStart[0] = nextCase.get();
            }

            @Override
            public void measureEnded() {
                counted[0] = statements.read(databaseName, SEED_MARK);
                statements.printTop(databaseName, 40);
                // Statements by execution time, per case as the driver counted them so far (approximately the period's).
                statements.printPerOperation(databaseName, nextCase.get() - casesAtStart[0], 45);
            }
        });
        return new Result(measurement, threads, warmup, counted[0]);
    }

    /** Prints how PostgreSQL planned the application's prepared statements ({@link PlanCacheReport}). */
    void printPlanCache() throws SQLException {
        PlanCacheReport.print(app.bean(javax.sql.DataSource.class),
                Integer.parseInt(app.property("onewindow.db.pool-size", "20")), 25);
    }

    /** Waits until every event publication is complete; returns the seconds waited, or -1 after {@code limit}. */
    double drain(Duration limit) throws Exception {
        long started = System.nanoTime();
        String table = SubmissionChecks.publicationTable(database);
        while (System.nanoTime() - started < limit.toNanos()) {
            if (count("select count(*) from " + table + " where completion_date is null") == 0) {
                return (System.nanoTime() - started) / 1e9;
            }
            Thread.sleep(100);
        }
        return -1;
    }

    /**
     * Waits until the run's asynchronous work is done — every event publication complete and every
     * audit entry chained — so that none of it runs in the next engine's measured period; returns the
     * seconds waited, or -1 after {@code limit}.
     */
    double settle(Duration limit) throws Exception {
        long started = System.nanoTime();
        if (drain(limit) < 0) {
            return -1;
        }
        while (System.nanoTime() - started < limit.toNanos()) {
            if (count("select count(*) from audit.pending") == 0) {
                return (System.nanoTime() - started) / 1e9;
            }
            Thread.sleep(100);
        }
        return -1;
    }

    /** What the run left: processes completed, cases approved, incomplete publications, audit entries. */
    String consistency() throws SQLException {
        long processes = count("select count(*) from workflow.process where item_code = '" + ITEM
                + "' and outcome = 'APPROVED'");
        long approved = count("select count(*) from casework.application where item_code = '" + ITEM
                + "' and status = 'APPROVED'");
        long decidedMessages = count("select count(*) from notification.inbox where ref like 'decided:%'");
        long incomplete = count("select count(*) from " + SubmissionChecks.publicationTable(database)
                + " where completion_date is null");
        String statuses;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("/* " + SEED_MARK + " */ select status, count(*) from"
                        + " casework.application where item_code = '" + ITEM + "' and status <> 'SUBMITTED'"
                        + " group by status order by 2 desc")) {
            StringBuilder text = new StringBuilder();
            while (rs.next()) {
                text.append(text.isEmpty() ? "" : ", ").append(rs.getString(1)).append(' ').append(rs.getLong(2));
            }
            statuses = text.toString();
        }
        return "%,d processes approved, %,d cases approved (cases by status: %s), %,d decision messages, %,d incomplete publications"
                .formatted(processes, approved, statuses, decidedMessages, incomplete);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("/* " + SEED_MARK + " */ " + sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The one task of that kind an action (or the start) opened. */
    private static TaskView single(List<TaskView> opened, NodeKind kind) {
        if (opened.size() != 1 || opened.getFirst().kind() != kind) {
            throw new IllegalStateException("Expected one " + kind + " task opened, found " + opened);
        }
        return opened.getFirst();
    }

    /**
     * The outcome.
     *
     * @param measurement whole cases in the measured period
     * @param threads workers
     * @param warmup the warm-up
     * @param statements statements executed in the application's database in the measured period
     */
    record Result(Measurement measurement, int threads, Duration warmup, StatementCounts.Counts statements) {

        /** Engine transactions per case: the start, the acceptance, three approvals, the decision. */
        static final int ACTIONS_PER_CASE = 6;

        double casesPerSecond() {
            return measurement.perSecond();
        }

        double actionsPerSecond() {
            return casesPerSecond() * ACTIONS_PER_CASE;
        }
    }
}
