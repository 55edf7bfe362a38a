package org.onewindow.identity.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onewindow.audit.AuditEvent;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.StaffAccounts.Staff;
import org.onewindow.identity.internal.security.IdentityAudit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security administrator assigns roles and unlocks accounts, within their region scope, never
 * for themselves, and never giving one person two of the three administrator roles.
 */
@Service
public class StaffAdministration {

    /** A staff member as the administration page lists them. */
    public record Member(Staff staff, Department department, Set<Role> roles, boolean locked) {}

    private final StaffAccounts accounts;
    private final Departments departments;
    private final IdentityAudit audit;
    private final java.time.Clock clock;

    StaffAdministration(StaffAccounts accounts, Departments departments, IdentityAudit audit, java.time.Clock clock) {
        this.accounts = accounts;
        this.departments = departments;
        this.audit = audit;
        this.clock = clock;
    }

    /** Departments inside the administrator's region scope. */
    public List<Department> departmentsFor(OneWindowUser admin) {
        return departments.all().stream().filter(d -> admin.scope().coversRegion(d.region())).toList();
    }

    public List<Member> staffOf(OneWindowUser admin, UUID departmentId) {
        return department(admin, departmentId)
                .map(d -> accounts.ofDepartment(d.id()).stream().map(s -> member(s, d)).toList())
                .orElse(List.of());
    }

    /** The member if they are in the administrator's scope; empty otherwise (404 for the caller). */
    public Optional<Member> find(OneWindowUser admin, UUID staffId) {
        return accounts.byId(staffId)
                .flatMap(staff -> department(admin, staff.departmentId()).map(d -> member(staff, d)));
    }

    /** Replaces the roles; an error code if the change is not allowed. */
    @Transactional
    public Optional<String> assignRoles(OneWindowUser admin, UUID staffId, Set<Role> roles) {
        Optional<Member> member = find(admin, staffId);
        if (member.isEmpty()) {
            return Optional.of("staff_not_found");
        }
        if (staffId.equals(admin.id())) {
            audit.denied(AuditEvent.ROLE_CHANGED, IdentityAudit.actorOf(admin), "staff", staffId.toString(),
                    "own roles");
            return Optional.of("own_roles");
        }
        if (!Role.administratorRolesAreExclusive(roles)) {
            audit.denied(AuditEvent.ROLE_CHANGED, IdentityAudit.actorOf(admin), "staff", staffId.toString(),
                    "two administrator roles: " + roles);
            return Optional.of("administrator_roles_exclusive");
        }
        Set<Role> before = member.get().roles();
        accounts.replaceRoles(staffId, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        audit.success(AuditEvent.ROLE_CHANGED, IdentityAudit.actorOf(admin), "staff", staffId.toString(),
                before + " -> " + roles);
        return Optional.empty();
    }

    @Transactional
    public boolean unlock(OneWindowUser admin, UUID staffId) {
        if (find(admin, staffId).isEmpty()) {
            return false;
        }
        accounts.clearFailures(staffId);
        audit.success(AuditEvent.ACCOUNT_UNLOCKED, IdentityAudit.actorOf(admin), "staff", staffId.toString(), null);
        return true;
    }

    private Optional<Department> department(OneWindowUser admin, UUID departmentId) {
        return departments.byId(departmentId).filter(d -> admin.scope().coversRegion(d.region()));
    }

    private Member member(Staff staff, Department department) {
        return new Member(staff, department, accounts.roles(staff.id()), staff.lockedAt(clock.instant()));
    }
}
