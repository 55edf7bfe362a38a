package org.onewindow.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.onewindow.identity.Department;
import org.onewindow.identity.DepartmentFunction;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Region;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.DivisionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Departments and regions from the identity schema. */
@Component
class JdbcDepartments implements Departments {

    private static final String SELECT =
            "select id, code, name, name_en, short_name, credit_code, region_code, function from identity.department ";

    private final JdbcClient jdbc;
    /**
     * Departments found by id or code. A department row is inserted once and never changed or
     * deleted (nothing in the application updates identity.department), so a found one can be kept;
     * one not found is looked up again next time, since it may be added.
     */
    private final Map<UUID, Department> byId = new ConcurrentHashMap<>();
    private final Map<String, Department> byCode = new ConcurrentHashMap<>();

    JdbcDepartments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Department> byId(UUID id) {
        Department known = byId.get(id);
        return known != null ? Optional.of(known) : remember(
                jdbc.sql(SELECT + "where id = :id").param("id", id).query(JdbcDepartments::map).optional());
    }

    @Override
    public Optional<Department> byCode(String code) {
        Department known = byCode.get(code);
        return known != null ? Optional.of(known) : remember(
                jdbc.sql(SELECT + "where code = :code").param("code", code).query(JdbcDepartments::map).optional());
    }

    private Optional<Department> remember(Optional<Department> found) {
        found.ifPresent(d -> {
            byId.put(d.id(), d);
            byCode.put(d.code(), d);
        });
        return found;
    }

    @Override
    public List<Department> all() {
        return jdbc.sql(SELECT + "order by region_code, code").query(JdbcDepartments::map).list();
    }

    /**
     * Routing within a transaction: a submission asks for the same departments several times (the
     * catalogue's accepting department, then the workflow's check that every step is routable,
     * its start and its first task), so each answer is kept until the transaction ends. Not
     * longer: a department added later (they are inserted, never changed) may route differently.
     */
    @Override
    public Optional<Department> responsibleFor(DepartmentFunction function, DivisionCode place) {
        Map<Routing, Optional<Department>> routed = routedInThisTransaction();
        if (routed == null) {
            return lookUpResponsible(function, place);
        }
        Routing key = new Routing(function, place);
        Optional<Department> known = routed.get(key);
        if (known == null) {
            known = lookUpResponsible(function, place);
            routed.put(key, known);
        }
        return known;
    }

    private record Routing(DepartmentFunction function, DivisionCode place) {}

    /**
     * This transaction's routing answers, or null outside a transaction. Kept by a synchronization
     * of the transaction rather than bound to the thread, so nothing outlives the transaction even
     * when it is asked from a callback after its commit.
     */
    private Map<Routing, Optional<Department>> routedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof RoutingMemo memo && memo.owner == this) {
                return memo.routed;
            }
        }
        RoutingMemo memo = new RoutingMemo(this);
        TransactionSynchronizationManager.registerSynchronization(memo);
        return memo.routed;
    }

    /** The answers of one transaction, dropped with its synchronizations. */
    private static final class RoutingMemo implements TransactionSynchronization {

        private final JdbcDepartments owner;
        private final Map<Routing, Optional<Department>> routed = new HashMap<>();

        private RoutingMemo(JdbcDepartments owner) {
            this.owner = owner;
        }
    }

    private Optional<Department> lookUpResponsible(DepartmentFunction function, DivisionCode place) {
        DivisionCode current = place;
        while (current != null) {
            Optional<Department> here = jdbc.sql(
                            SELECT + "where function = :function and region_code = :region order by code limit 1")
                    .param("function", function.name())
                    .param("region", current.value())
                    .query(JdbcDepartments::map)
                    .optional();
            if (here.isPresent()) {
                return here;
            }
            current = region(current).map(Region::parent).orElse(null);
        }
        return Optional.empty();
    }

    @Override
    public Optional<Region> region(DivisionCode code) {
        return jdbc.sql("select code, name, name_en, parent_code from identity.region where code = :code")
                .param("code", code.value())
                .query(JdbcDepartments::region)
                .optional();
    }

    @Override
    public List<Region> regions() {
        return jdbc.sql("select code, name, name_en, parent_code from identity.region order by level, code")
                .query(JdbcDepartments::region)
                .list();
    }

    private static Region region(ResultSet rs, int row) throws SQLException {
        return new Region(
                DivisionCode.parse(rs.getString("code")),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getString("parent_code") == null ? null : DivisionCode.parse(rs.getString("parent_code")));
    }

    static Department map(ResultSet rs, int row) throws SQLException {
        return new Department(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getString("short_name"),
                CreditCode.parse(rs.getString("credit_code")),
                DivisionCode.parse(rs.getString("region_code")),
                DepartmentFunction.valueOf(rs.getString("function")));
    }
}
