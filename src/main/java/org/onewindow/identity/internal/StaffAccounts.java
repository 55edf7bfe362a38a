package org.onewindow.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onewindow.identity.Role;
import org.onewindow.shared.DivisionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Staff accounts and their roles in the identity schema. */
@Component
public class StaffAccounts {

    /** A staff account as stored. */
    public record Staff(
            UUID id,
            String username,
            String displayName,
            UUID departmentId,
            DivisionCode scopeRegion,
            String passwordHash,
            String totpSecretEncrypted,
            boolean enrolled,
            long totpLastStep,
            int failedAttempts,
            Instant lockedUntil,
            boolean enabled) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    private static final String SELECT = """
            select id, username, display_name, department_id, scope_region_code, password_hash, totp_secret_enc,
                   totp_enrolled_at, totp_last_step, failed_attempts, locked_until, enabled
            from identity.staff
            """;

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Staff> byUsername(String username) {
        return jdbc.sql(SELECT + "where username = :u").param("u", username).query(StaffAccounts::map).optional();
    }

    public Optional<Staff> byId(UUID id) {
        return jdbc.sql(SELECT + "where id = :id").param("id", id).query(StaffAccounts::map).optional();
    }

    public List<Staff> ofDepartment(UUID departmentId) {
        return jdbc.sql(SELECT + "where department_id = :d order by username")
                .param("d", departmentId)
                .query(StaffAccounts::map)
                .list();
    }

    public Set<Role> roles(UUID staffId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from identity.staff_role where staff_id = :id")
                .param("id", staffId)
                .query(String.class)
                .list()
                .forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    public void create(Staff staff, Set<Role> roles, Instant now) {
        if (!Role.administratorRolesAreExclusive(roles)) {
            throw new IllegalArgumentException("administrator_roles_exclusive");
        }
        jdbc.sql("""
                insert into identity.staff (id, username, display_name, department_id, scope_region_code,
                    password_hash, created_at)
                values (:id, :username, :name, :department, :scope, :hash, :now)""")
                .param("id", staff.id())
                .param("username", staff.username())
                .param("name", staff.displayName())
                .param("department", staff.departmentId())
                .param("scope", staff.scopeRegion().value())
                .param("hash", staff.passwordHash())
                .param("now", Timestamp.from(now))
                .update();
        replaceRoles(staff.id(), roles);
    }

    public void replaceRoles(UUID staffId, Set<Role> roles) {
        if (!Role.administratorRolesAreExclusive(roles)) {
            throw new IllegalArgumentException("administrator_roles_exclusive");
        }
        jdbc.sql("delete from identity.staff_role where staff_id = :id").param("id", staffId).update();
        for (Role role : roles) {
            jdbc.sql("insert into identity.staff_role (staff_id, role) values (:id, :role)")
                    .param("id", staffId)
                    .param("role", role.name())
                    .update();
        }
    }

    /** Counts a failure; the fifth in a row locks the account until {@code lockUntil}. */
    public boolean recordFailure(UUID id, int maxFailures, Instant lockUntil) {
        Integer failures = jdbc.sql("""
                update identity.staff set failed_attempts = failed_attempts + 1 where id = :id
                returning failed_attempts""")
                .param("id", id)
                .query(Integer.class)
                .single();
        if (failures >= maxFailures) {
            jdbc.sql("update identity.staff set failed_attempts = 0, locked_until = :until where id = :id")
                    .param("until", Timestamp.from(lockUntil))
                    .param("id", id)
                    .update();
            return true;
        }
        return false;
    }

    public void clearFailures(UUID id) {
        jdbc.sql("update identity.staff set failed_attempts = 0, locked_until = null where id = :id")
                .param("id", id)
                .update();
    }

    public void enrolTotp(UUID id, String encryptedSecret, long usedStep, Instant now) {
        jdbc.sql("""
                update identity.staff set totp_secret_enc = :secret, totp_enrolled_at = :now, totp_last_step = :step
                where id = :id""")
                .param("secret", encryptedSecret)
                .param("now", Timestamp.from(now))
                .param("step", usedStep)
                .param("id", id)
                .update();
    }

    /** Records the step of an accepted code; false if another login used it first. */
    public boolean useTotpStep(UUID id, long step) {
        return jdbc.sql("update identity.staff set totp_last_step = :step where id = :id and totp_last_step < :step")
                        .param("step", step)
                        .param("id", id)
                        .update()
                == 1;
    }

    static Staff map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Staff(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getObject("department_id", UUID.class),
                DivisionCode.parse(rs.getString("scope_region_code")),
                rs.getString("password_hash"),
                rs.getString("totp_secret_enc"),
                rs.getTimestamp("totp_enrolled_at") != null,
                rs.getLong("totp_last_step"),
                rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant(),
                rs.getBoolean("enabled"));
    }
}
