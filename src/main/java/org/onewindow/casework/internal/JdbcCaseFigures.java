package org.onewindow.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.onewindow.casework.ApplicationStatus;
import org.onewindow.casework.CaseFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@link CaseFigures} from the application table: received cases counted in SQL, closed
 * and in-progress ones listed by the indexes on department and time (migrations 50.1.0, 50.2.3).
 */
@Component
class JdbcCaseFigures implements CaseFigures {

    /**
     * Statuses a department closed a case with, as SQL literals (constants from the enum). They filter
     * the finished cases the index on {@code closed_at} finds: withdrawn ones are finished too.
     */
    static final String CLOSED = literals(Arrays.stream(ApplicationStatus.values())
            .filter(ApplicationStatus::closedWithResult));

    /** Accepted and not finished: the promised limit is running (or paused). */
    static final String IN_PROGRESS = literals(Stream.of(ApplicationStatus.ACCEPTED, ApplicationStatus.UNDER_REVIEW));

    private final JdbcClient jdbc;

    JdbcCaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseCount> received(Collection<UUID> departmentIds, Instant from, Instant to) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select accepting_department_id, item_code, count(*) as n
                        from casework.application
                        where accepting_department_id in (:departments) and submitted_at >= :from and submitted_at < :to
                        group by accepting_department_id, item_code""")
                .param("departments", List.copyOf(departmentIds))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new CaseCount(rs.getObject("accepting_department_id", UUID.class),
                        rs.getString("item_code"), rs.getLong("n")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseLine> closed(Collection<UUID> departmentIds, Instant from, Instant to) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, accepting_department_id, item_code, status, closed_at as at
                        from casework.application
                        where accepting_department_id in (:departments) and status in (%s)
                          and closed_at >= :from and closed_at < :to""".formatted(CLOSED))
                .param("departments", List.copyOf(departmentIds))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(JdbcCaseFigures::line)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseLine> inProgress(Collection<UUID> departmentIds) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, accepting_department_id, item_code, status, submitted_at as at
                        from casework.application
                        where accepting_department_id in (:departments) and closed_at is null
                          and status in (%s)""".formatted(IN_PROGRESS))
                .param("departments", List.copyOf(departmentIds))
                .query(JdbcCaseFigures::line)
                .list();
    }

    private static String literals(Stream<ApplicationStatus> statuses) {
        return statuses.map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }

    private static CaseLine line(ResultSet rs, int row) throws SQLException {
        return new CaseLine(rs.getObject("id", UUID.class), rs.getObject("accepting_department_id", UUID.class),
                rs.getString("item_code"), ApplicationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("at").toInstant());
    }
}
