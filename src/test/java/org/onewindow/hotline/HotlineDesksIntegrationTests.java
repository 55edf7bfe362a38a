package org.onewindow.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.platform.Zones;
import org.onewindow.registry.Person;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestCitizens;
import org.onewindow.support.TestPeople;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.onewindow.support.WebClient.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The hotline desks over the pages: reporter, operator, dispatcher, department, supervisor. */
@OneWindowIntegrationTest
class HotlineDesksIntegrationTests {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Map<String, WebClient> OFFICE = new java.util.concurrent.ConcurrentHashMap<>();

    @LocalServerPort int port;
    @Autowired Zones zones;
    @Autowired TestStaff staff;
    @Autowired TestPeople people;
    @Autowired TestCitizens citizens;
    @Autowired Departments departments;
    @Autowired DemoIdentityData directory;
    @Autowired JdbcClient jdbc;

    Department centre;
    Department gulouUrban;

    @BeforeEach
    void directory() {
        directory.loadDirectoryIfAbsent();
        centre = departments.byCode("12345").orElseThrow();
        gulouUrban = departments.byCode("gl.urban").orElseThrow();
    }

    @Test
    void aWebReportIsDispatchedSignedRepliedVisitedAndClosedAndTheReporterSeesTheReply() {
        Person person = people.enrolled();
        citizens.register(person);
        WebClient portal = new WebClient(port);
        citizens.logIn(portal, person);
        portal.get("/hotline/report");
        Page reported = portal.post("/hotline/report", Map.of("serviceCode", "urban-streetlight",
                "district", "350102", "address", "鼓楼区东街口", "description", "路灯坏了一个星期"));
        String ticketPath = path(reported).replace("?accepted", "");
        String number = find("(12345-\\d{4}-\\d{6})", portal.get(ticketPath).body());

        WebClient dispatcher = office(centre, Role.DISPATCHER);
        assertThat(dispatcher.get("/office/hotline/dispatch").body()).contains(number);
        String id = ticketPath.substring(ticketPath.lastIndexOf('/') + 1);
        Page page = dispatcher.get("/office/hotline/tickets/" + id);
        assertThat(page.body()).contains(gulouUrban.name());
        dispatcher.post("/office/hotline/tickets/" + id + "/dispatch", Map.of("version", version(page)));

        WebClient clerk = office(gulouUrban, Role.WINDOW_CLERK);
        assertThat(clerk.get("/office/hotline/department").body()).contains(number);
        String deskPath = "/office/hotline/department/tickets/" + id;
        Page desk = clerk.get(deskPath);
        clerk.post(deskPath + "/sign", Map.of("version", version(desk)));
        desk = clerk.get(deskPath);
        Page replied = clerk.post(deskPath + "/reply", Map.of("version", version(desk), "reply", "已更换路灯灯泡"));
        assertThat(replied.location().orElseThrow()).contains(deskPath);

        WebClient operator = office(centre, Role.HOTLINE_OPERATOR);
        assertThat(operator.get("/office/hotline/visits").body()).contains(number);
        page = operator.get("/office/hotline/tickets/" + id);
        operator.post("/office/hotline/tickets/" + id + "/visit",
                Map.of("version", version(page), "satisfaction", "5", "solved", "true"));
        page = operator.get("/office/hotline/tickets/" + id);
        operator.post("/office/hotline/tickets/" + id + "/close", Map.of("version", version(page)));

        Page mine = portal.get(ticketPath);
        assertThat(mine.body()).contains("已更换路灯灯泡").contains("已办结").contains(gulouUrban.name());
        assertThat(portal.get("/hotline/tickets").body()).contains(number);
    }

    @Test
    void theDepartmentNeverSeesWhoReportedAConfidentialTicketAndAnAttemptIsAudited() {
        WebClient operator = office(centre, Role.HOTLINE_OPERATOR);
        operator.get("/office/hotline/intake");
        Page taken = operator.post("/office/hotline/intake", Map.of("serviceCode", "env-noise", "district", "350102",
                "address", "鼓楼区西街 8 号", "description", "夜间施工噪声", "attribute_noise_time", "NIGHT",
                "contactName", "黄保密", "contactMobile", "13700137003", "confidential", "true"));
        String id = taken.location().orElseThrow().replaceAll(".*/tickets/([0-9a-f-]{36}).*", "$1");
        String number = find("(12345-\\d{4}-\\d{6})", operator.get("/office/hotline/tickets/" + id).body());
        WebClient dispatcher = office(centre, Role.DISPATCHER);
        Page page = dispatcher.get("/office/hotline/tickets/" + id);
        dispatcher.post("/office/hotline/tickets/" + id + "/dispatch", Map.of("version", version(page)));

        WebClient clerk = office(gulouUrban, Role.WINDOW_CLERK);
        Page desk = clerk.get("/office/hotline/department/tickets/" + id);
        Page contact = clerk.get("/office/hotline/department/tickets/" + id + "/reporter");

        assertThat(desk.status()).isEqualTo(200);
        assertThat(desk.body()).contains("reporter-withheld").doesNotContain("黄").doesNotContain("137****7003");
        assertThat(contact.status()).isEqualTo(403);
        assertThat(jdbc.sql("""
                select count(*) from audit.entry where event = 'PERMISSION_DENIED' and object_id = :number
                and detail = 'reporter_confidential'""").param("number", number).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anotherDepartmentCannotSeeOrReplyToATicketAndIsAudited() {
        WebClient operator = office(centre, Role.HOTLINE_OPERATOR);
        operator.get("/office/hotline/intake");
        String id = operator.post("/office/hotline/intake", Map.of("serviceCode", "urban-streetlight",
                        "district", "350102", "address", "东街", "description", "路灯不亮"))
                .location().orElseThrow().replaceAll(".*/tickets/([0-9a-f-]{36}).*", "$1");
        WebClient dispatcher = office(centre, Role.DISPATCHER);
        Page page = dispatcher.get("/office/hotline/tickets/" + id);
        dispatcher.post("/office/hotline/tickets/" + id + "/dispatch", Map.of("version", version(page)));

        WebClient other = office(departments.byCode("tj.urban").orElseThrow(), Role.WINDOW_CLERK);
        other.get("/office/hotline/department");
        Page view = other.get("/office/hotline/department/tickets/" + id);
        Page reply = other.post("/office/hotline/department/tickets/" + id + "/reply",
                Map.of("version", "1", "reply", "冒名答复"));

        assertThat(view.status()).isEqualTo(404);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(jdbc.sql("""
                select count(*) from audit.entry where event = 'TICKET_ACTION' and object_id = :id
                and result = 'DENIED' and detail = 'reply: not_holding_department'""").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select state from hotline.ticket where id = :id::uuid").param("id", id)
                .query(String.class).single()).isEqualTo("DISPATCHED");
    }

    @Test
    void theIntakeFormListsSimilarOpenTicketsAndAnEmergencyShowsTheTransferAtOnce() {
        WebClient operator = office(centre, Role.HOTLINE_OPERATOR);
        operator.get("/office/hotline/intake");
        String first = operator.post("/office/hotline/intake", Map.of("serviceCode", "env-garbage",
                        "district", "350104", "address", "仓山区上渡路", "description", "垃圾三天没人清运"))
                .location().orElseThrow().replaceAll(".*/tickets/([0-9a-f-]{36}).*", "$1");
        String number = find("(12345-\\d{4}-\\d{6})", operator.get("/office/hotline/tickets/" + first).body());

        Page similar = operator.get("/office/hotline/intake?serviceCode=env-garbage&district=350104");
        Page invalid = operator.post("/office/hotline/intake", Map.of("serviceCode", "env-noise",
                "district", "350104", "description", "吵", "attribute_noise_time", "EVENING"));
        Page emergency = operator.post("/office/hotline/intake", Map.of("emergency", "true", "emergencyService", "119",
                "serviceCode", "urban-manhole", "district", "350104", "address", "仓山区", "description", "着火了"));

        assertThat(similar.body()).contains(number);
        assertThat(invalid.body()).contains("请填写地点").contains("请回答该类别的补充问题");
        assertThat(operator.get(path(emergency)).body())
                .contains("请立即将来电转接 119").contains("已转接");
    }

    /**
     * One logged-in client per department and role for the whole class: the suite shares one
     * per-IP login limit (60 a minute), so these tests log each member of staff in only once.
     */
    private WebClient office(Department department, Role role) {
        return OFFICE.computeIfAbsent(department.code() + "/" + role, key -> {
            WebClient client = new WebClient(zones.officePort());
            staff.logIn(client, staff.enrolled(department.id(), department.region().value(), role));
            return client;
        });
    }

    private static String path(Page page) {
        return page.location().orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static String version(Page page) {
        return find(VERSION.pattern(), page.body());
    }

    private static String find(String regex, String body) {
        Matcher matcher = Pattern.compile(regex).matcher(body);
        assertThat(matcher.find()).as("page contains " + regex + ": " + body).isTrue();
        return matcher.group(1);
    }
}
