package org.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.internal.security.OfficeLoginPages;
import org.onewindow.platform.RequiresPermission;
import org.onewindow.platform.Zones;
import org.onewindow.registry.DataAccessLog;
import org.onewindow.registry.Person;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestPeople;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@OneWindowIntegrationTest
class OfficePermissionsIntegrationTests {

    static final String GULOU = "350102";
    static final String CITY = "350100";

    @Autowired Zones zones;
    @Autowired TestStaff staff;
    @Autowired TestPeople people;
    @Autowired DataAccessLog accessLog;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    WebClient office;

    @BeforeEach
    void client() {
        office = new WebClient(zones.officePort());
    }

    @Test
    void everyOfficeEndpointNamesItsPermission() {
        List<String> unnamed = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/office")))
                .map(Map.Entry::getValue)
                .filter(method -> !method.getBeanType().isAnnotationPresent(OfficeLoginPages.class))
                .filter(method -> !hasPermission(method))
                .map(HandlerMethod::toString)
                .toList();
        assertThat(unnamed).isEmpty();
    }

    @Test
    void onlyTheAuditAdministratorReadsTheAuditLog() {
        UUID department = staff.department(DepartmentFunction.GOVERNMENT_SERVICE, CITY);
        TestStaff.Member clerk = staff.enrolled(department, CITY, Role.WINDOW_CLERK);
        staff.logIn(office, clerk);
        assertThat(office.get("/office/audit").status()).isEqualTo(403);
        assertThat(deniedFor(clerk.id())).isPositive();

        WebClient auditor = new WebClient(zones.officePort());
        staff.logIn(auditor, staff.enrolled(department, CITY, Role.AUDIT_ADMIN));
        Page log = auditor.get("/office/audit");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).contains("audit-entries").contains("PERMISSION_DENIED");
        Page verified = auditor.post("/office/audit/verify", Map.of());
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body()).contains("verify-result");
    }

    @Test
    void theAuditAdministratorCannotReadThePopulationRegistry() {
        UUID department = staff.department(DepartmentFunction.GOVERNMENT_SERVICE, CITY);
        staff.logIn(office, staff.enrolled(department, CITY, Role.AUDIT_ADMIN));
        assertThat(office.get("/office/registry/person").status()).isEqualTo(403);
    }

    @Test
    void aDistrictClerkFindsOnlyPeopleOfTheirDistrict() {
        Person inGulou = personIn(GULOU);
        Person elsewhere = personIn("350104");
        UUID bureau = staff.department(DepartmentFunction.CIVIL_AFFAIRS, GULOU);
        TestStaff.Member clerk = staff.enrolled(bureau, GULOU, Role.WINDOW_CLERK);
        staff.logIn(office, clerk);
        office.get("/office/registry/person");

        Page found = office.post("/office/registry/person", Map.of("idNumber", inGulou.idNumber().value()));
        assertThat(found.body()).contains("<td id=\"person-id\">" + inGulou.idNumber().masked() + "</td>");

        Page outside = office.post("/office/registry/person", Map.of("idNumber", elsewhere.idNumber().value()));
        assertThat(outside.body()).contains("在您的数据范围内找不到").doesNotContain("id=\"person\"");
        assertThat(deniedFor(clerk.id())).isPositive();

        assertThat(accessLog.readsOf(inGulou.idNumber(), null, 10))
                .anySatisfy(read -> assertThat(read.readerName()).contains(clerk.username()));
    }

    @Test
    void unmaskingNeedsThePermissionAndIsAudited() {
        Person person = personIn(GULOU);
        UUID department = staff.department(DepartmentFunction.PUBLIC_SECURITY, CITY);
        TestStaff.Member clerk = staff.enrolled(department, CITY, Role.WINDOW_CLERK);
        staff.logIn(office, clerk);
        office.get("/office/registry/person");
        Page refused = office.post("/office/registry/person",
                Map.of("idNumber", person.idNumber().value(), "unmask", "true"));
        assertThat(refused.body()).contains("没有查看完整个人信息的权限").doesNotContain("id=\"person\"");

        WebClient headClient = new WebClient(zones.officePort());
        TestStaff.Member head = staff.enrolled(department, CITY, Role.DEPARTMENT_HEAD);
        staff.logIn(headClient, head);
        headClient.get("/office/registry/person");
        Page shown = headClient.post("/office/registry/person",
                Map.of("idNumber", person.idNumber().value(), "unmask", "true"));
        assertThat(shown.body()).contains("<td id=\"person-id\">" + person.idNumber().value() + "</td>");
        assertThat(jdbc.sql("select count(*) from audit.entry where event = 'PERSONAL_DATA_UNMASKED' and actor_id = :a")
                .param("a", head.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    private Person personIn(String district) {
        Person person;
        do {
            person = people.enrolled();
        } while (!person.division().value().equals(district));
        return person;
    }

    private long deniedFor(UUID staffId) {
        return jdbc.sql("select count(*) from audit.entry where event = 'PERMISSION_DENIED' and actor_id = :a")
                .param("a", staffId.toString()).query(Long.class).single();
    }

    private static boolean hasPermission(HandlerMethod method) {
        return method.hasMethodAnnotation(RequiresPermission.class)
                || method.getBeanType().isAnnotationPresent(RequiresPermission.class);
    }
}
