package org.onewindow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.workflow.InboxQuery;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskView;

/**
 * Issue #4: the office inbox with 1,000,000 open tasks across 20 departments. The tasks are
 * inserted in bulk straight into {@code workflow.task} (with a process for every four tasks, as
 * parallel branches share one), spread over the demo city's 20 departments, three roles, the
 * city's districts and due dates from two weeks ago to six weeks ahead, a tenth of them claimed
 * by a member of staff; then {@code ANALYZE}. The timed call is {@link TaskDesk#inbox} — what
 * {@code /office/desk} and {@code /office/api/tasks} call — with the office desk's first page
 * (50 rows, due-date order) for each desk officer of those departments in turn, one call at a
 * time.
 *
 * <p>Settings: {@code inbox.tasks} (1000000), {@code inbox.warmup} (10s), {@code inbox.measure}
 * (30s), {@code inbox.views} (DEPARTMENT,CLAIMABLE,MINE), {@code inbox.explain} (true).
 */
final class InboxBenchmark {

    /** Where the city's tasks come from: the districts of 福州. */
    private static final String DISTRICTS =
            "{350102,350103,350104,350105,350111,350112,350121,350122,350181}";

    private final BenchDatabase database;
    private final TaskDesk desk;
    private final List<OneWindowUser> officers;
    private final AtomicLong next = new AtomicLong();

    InboxBenchmark(OneWindowContext app, BenchDatabase database) throws SQLException {
        this.database = database;
        this.desk = app.bean(TaskDesk.class);
        this.officers = BenchStaff.deskStaff(database);
    }

    /** Inserts the open tasks and their processes, then analyzes the tables. */
    void seed(int tasks) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            String hash = definitionHash(statement);
            int processes = (tasks + 3) / 4;
            statement.execute("""
                    insert into workflow.process (id, business_key, definition_hash, item_code, place_code, state,
                        current_node, submitted_at, started_at)
                    select ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'inbox-bench-' || n,
                        '%s', 'bench-joint-review', '350102', 'RUNNING', 'review',
                        now() - interval '3 days', now() - interval '3 days'
                    from generate_series(1::bigint, %d) n""".formatted(hash, processes));
            // 20 departments in turn (n mod 20); within each, roles cycle over n / 20 and a tenth of the
            // tasks ((n / 20) mod 10 = 3) are claimed by one member of staff per role, so that every
            // department has open and claimed tasks of every role.
            statement.execute("""
                    with dep as (
                        select d.id, d.region_code, row_number() over (order by d.code) - 1 as k,
                               d.region_code like '%%00' as city
                        from identity.department d),
                    holder as (
                        select distinct on (s.department_id, r.role) s.department_id, r.role, s.id, s.display_name
                        from identity.staff s join identity.staff_role r on r.staff_id = s.id
                        order by s.department_id, r.role, s.username)
                    insert into workflow.task (id, process_id, node_id, node_kind, department_id, role, region_code,
                        state, assignee_id, assignee_name, item_code, created_at, due_date)
                    select gen_random_uuid(),
                        ('00000000-0000-4000-8000-' || lpad(to_hex((t.n - 1) / 4 + 1), 12, '0'))::uuid,
                        'review', 'PARALLEL', dep.id, t.role,
                        case when dep.city then (%s::text[])[1 + ((t.n * 7) %% 9)::int] else dep.region_code end,
                        case when h.id is not null then 'CLAIMED' else 'OPEN' end,
                        h.id, h.display_name, 'bench-joint-review', now() - interval '3 days',
                        current_date + ((t.n * 7919) %% 56 - 14)::int
                    from (select n, (array['WINDOW_CLERK', 'REVIEWER', 'APPROVER'])[1 + ((n / 20) %% 3)::int] as role,
                                 (n %% 20)::int as k, (n / 20) %% 10 = 3 as claimed
                          from generate_series(1::bigint, %d) n) t
                    join dep on dep.k = t.k
                    left join holder h on h.department_id = dep.id and h.role = t.role and t.claimed
                    """.formatted("'" + DISTRICTS + "'", tasks));
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("analyze workflow.process");
            statement.execute("analyze workflow.task");
            try (ResultSet rs = statement.executeQuery("""
                    select count(*), count(distinct department_id), count(*) filter (where state = 'CLAIMED')
                    from workflow.task where state in ('OPEN', 'CLAIMED')""")) {
                rs.next();
                System.out.printf("Inbox: %,d open tasks (%,d claimed) across %d departments, inserted and analyzed"
                        + " in %.1f s%n", rs.getLong(1), rs.getLong(3), rs.getLong(2),
                        (System.nanoTime() - started) / 1e9);
            }
        }
    }

    /** Times the first page of the view for each officer in turn, one call at a time. */
    Measurement run(InboxQuery.View view, Duration warmup, Duration measure) throws Exception {
        List<OneWindowUser> eligible = view == InboxQuery.View.MINE
                ? officers.stream().filter(o -> !o.roles().equals(java.util.Set.of(Role.DEPARTMENT_HEAD))).toList()
                : officers;
        long[] empty = new long[1];
        InboxQuery query = new InboxQuery(view, null, InboxQuery.Urgency.ALL, null, null, 50);
        LoadDriver driver = new LoadDriver(1, Thread.ofPlatform().name("inbox-", 0).factory(), 0);
        Measurement measurement = driver.run(warmup, measure, worker -> {
            OneWindowUser officer = eligible.get((int) (next.getAndIncrement() % eligible.size()));
            List<TaskView> page = desk.inbox(officer, query);
            if (page.isEmpty()) {
                empty[0]++;
            }
        }, LoadDriver.Hooks.NONE);
        if (empty[0] > 0) {
            System.out.printf("Inbox %s: %,d calls returned an empty page%n", view, empty[0]);
        }
        return measurement;
    }

    int officers() {
        return officers.size();
    }

    /**
     * The plan of the inbox query for one city officer, as {@code Store.inbox} builds it (a copy of
     * the product's SQL with this officer's values; the timed calls above run the product's code).
     */
    void explain(InboxQuery.View view) {
        OneWindowUser officer = officers.stream()
                .filter(o -> o.roles().contains(Role.REVIEWER) && o.scope().region().value().endsWith("00"))
                .findFirst()
                .orElse(officers.getFirst());
        String whose = switch (view) {
            case MINE -> "and t.assignee_id = ?";
            case CLAIMABLE -> "and t.state = 'OPEN'";
            default -> "";
        };
        String sql = """
                explain (analyze, buffers)
                select t.id, p.business_key, t.item_code, t.node_id, t.node_kind, t.department_id, t.role, t.state,
                       t.assignee_id, t.assignee_name, t.outcome, t.opinion, t.created_at, t.due_date, t.version,
                       t.process_id, t.region_code, t.overdue_at
                from workflow.task t join workflow.process p on p.id = t.process_id
                where t.department_id = ? and t.state in ('OPEN', 'CLAIMED')
                  and t.region_code like ? and t.role in (?)
                  %s
                  and (cast(? as text) is null or t.item_code = ?)
                  and (cast(? as date) is null or t.due_date <= ?)
                  and (cast(? as date) is null or (t.due_date, t.id) > (?, ?))
                order by t.due_date, t.id limit 50""".formatted(whose);
        String role = officer.roles().stream().filter(r -> r != Role.DEPARTMENT_HEAD).findFirst().orElseThrow().name();
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            String region = officer.scope().region().value();
            int i = 0;
            statement.setObject(++i, officer.scope().departmentId());
            statement.setString(++i, officer.scope().region().subtreePrefix() + "%");
            statement.setString(++i, role);
            if (view == InboxQuery.View.MINE) {
                statement.setObject(++i, officer.id());
            }
            statement.setNull(++i, java.sql.Types.VARCHAR);
            statement.setNull(++i, java.sql.Types.VARCHAR);
            statement.setNull(++i, java.sql.Types.DATE);
            statement.setNull(++i, java.sql.Types.DATE);
            statement.setNull(++i, java.sql.Types.DATE);
            statement.setNull(++i, java.sql.Types.DATE);
            statement.setNull(++i, java.sql.Types.OTHER);
            System.out.println("-- inbox " + view + " of a " + role + " (region " + region + ")");
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    System.out.println("   " + rs.getString(1));
                }
            }
        } catch (SQLException e) {
            System.out.println("Cannot explain the inbox query: " + e.getMessage());
        }
    }

    private static String definitionHash(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select hash from workflow.definition order by created_at limit 1")) {
            if (rs.next()) {
                return rs.getString(1);
            }
        }
        String hash = "0".repeat(60) + "beef";
        statement.execute("insert into workflow.definition (hash, name, body, created_at) values ('" + hash
                + "', 'inbox-bench', '{}', now()) on conflict do nothing");
        return hash;
    }
}
