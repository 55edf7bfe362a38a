package org.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.internal.StaffAccounts;
import org.onewindow.platform.Zones;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@OneWindowIntegrationTest
class StaffAdministrationIntegrationTests {

    @Autowired Zones zones;
    @Autowired TestStaff staff;
    @Autowired StaffAccounts accounts;
    @Autowired JdbcClient jdbc;

    WebClient office;
    UUID department;
    TestStaff.Member securityAdmin;

    @BeforeEach
    void securityAdministrator() {
        office = new WebClient(zones.officePort());
        department = staff.department(DepartmentFunction.GOVERNMENT_SERVICE, "350100");
        securityAdmin = staff.enrolled(department, "350100", Role.SECURITY_ADMIN);
        staff.logIn(office, securityAdmin);
    }

    @Test
    void theSecurityAdministratorChangesRolesAndTheChangeIsAudited() {
        TestStaff.Member clerk = staff.unenrolled(department, "350100", Role.WINDOW_CLERK);
        office.get("/office/staff/" + clerk.id());
        WebClient.Page saved = office.postPairs("/office/staff/" + clerk.id() + "/roles", "roles", "WINDOW_CLERK", "roles", "REVIEWER");
        assertThat(saved.location().orElseThrow()).endsWith("?saved");
        assertThat(accounts.roles(clerk.id())).containsExactlyInAnyOrder(Role.WINDOW_CLERK, Role.REVIEWER);
        assertThat(audited("ROLE_CHANGED", clerk.id(), "SUCCESS")).isEqualTo(1);
    }

    @Test
    void nobodyGetsTwoAdministratorRoles() {
        TestStaff.Member admin = staff.unenrolled(department, "350100", Role.SYSTEM_ADMIN);
        office.get("/office/staff/" + admin.id());
        WebClient.Page refused = office.postPairs("/office/staff/" + admin.id() + "/roles", "roles", "SYSTEM_ADMIN", "roles", "AUDIT_ADMIN");
        assertThat(refused.body()).contains("三个角色互斥");
        assertThat(accounts.roles(admin.id())).containsExactly(Role.SYSTEM_ADMIN);
        assertThat(audited("ROLE_CHANGED", admin.id(), "DENIED")).isEqualTo(1);
    }

    @Test
    void theSecurityAdministratorCannotChangeTheirOwnRoles() {
        office.get("/office/staff/" + securityAdmin.id());
        WebClient.Page refused = office.postPairs("/office/staff/" + securityAdmin.id() + "/roles", "roles", "SECURITY_ADMIN", "roles", "SUPERVISOR");
        assertThat(refused.body()).contains("不能修改自己的角色");
        assertThat(accounts.roles(securityAdmin.id())).containsExactly(Role.SECURITY_ADMIN);
    }

    @Test
    void staffOutsideTheRegionScopeAreNotFound() {
        UUID gulouBureau = staff.department(DepartmentFunction.CIVIL_AFFAIRS, "350102");
        TestStaff.Member inScope = staff.unenrolled(gulouBureau, "350102", Role.WINDOW_CLERK);
        assertThat(office.get("/office/staff/" + inScope.id()).status()).isEqualTo(200);
        assertThat(office.get("/office/staff/" + UUID.randomUUID()).status()).isEqualTo(404);

        WebClient districtAdmin = new WebClient(zones.officePort());
        staff.logIn(districtAdmin, staff.enrolled(gulouBureau, "350102", Role.SECURITY_ADMIN));
        TestStaff.Member cityClerk = staff.unenrolled(department, "350100", Role.WINDOW_CLERK);
        assertThat(districtAdmin.get("/office/staff/" + cityClerk.id()).status()).isEqualTo(404);
    }

    @Test
    void aClerkCannotOpenTheAdministration() {
        WebClient clerk = new WebClient(zones.officePort());
        staff.logIn(clerk, staff.enrolled(department, "350100", Role.WINDOW_CLERK));
        assertThat(clerk.get("/office/staff").status()).isEqualTo(403);
    }

    private long audited(String event, UUID object, String result) {
        return jdbc.sql("select count(*) from audit.entry where event = :e and object_id = :o and result = :r")
                .param("e", event).param("o", object.toString()).param("r", result).query(Long.class).single();
    }
}
