package org.onewindow.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
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
import org.onewindow.support.WebClient.Upload;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Photos on tickets: the upload rules of applications, shown to the reporter and the handling
 * department, published as Open311's {@code media_url}, and accepted on an Open311 post.
 */
@OneWindowIntegrationTest
class TicketPhotosIntegrationTests {

    private static final Pattern PHOTO = Pattern.compile("<img src=\"(/[^\"]+/photos/[0-9a-f-]{36})\"");
    private static final Pattern NUMBER = Pattern.compile("(12345-\\d{4}-\\d{6})");

    @LocalServerPort int port;
    @Autowired Zones zones;
    @Autowired DemoIdentityData directory;
    @Autowired Departments departments;
    @Autowired ReceivingTickets receiving;
    @Autowired DispatchingTickets dispatching;
    @Autowired ApiKeys keys;
    @Autowired TicketRecords records;
    @Autowired TestPeople people;
    @Autowired TestCitizens citizens;
    @Autowired TestStaff staff;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    HotlineFixture fixture;

    @BeforeEach
    void directory() {
        directory.loadDirectoryIfAbsent();
        fixture = new HotlineFixture(departments, receiving);
    }

    @Test
    void aWebReportsPhotoIsShownToTheReporterAndTheHandlingDepartmentAndPublishedAsMediaUrl() {
        byte[] png = png();
        Person person = people.enrolled();
        citizens.register(person);
        WebClient portal = new WebClient(port, AnonymousReportIntegrationTests.uniqueLoopback());
        citizens.logIn(portal, person);
        portal.get("/hotline/report");
        Page reported = portal.postMultipart("/hotline/report", List.of(new Upload("photos", "路灯.png", png)),
                "serviceCode", "urban-streetlight", "district", "350102", "address", "鼓楼区五四路 1 号",
                "description", "路灯灯罩掉了");
        String ticketPath = path(reported).replace("?accepted", "");
        Page mine = portal.get(ticketPath);
        String reporterPhoto = find(PHOTO, mine.body());
        String number = find(NUMBER, mine.body());
        Ticket ticket = fixture.dispatchByNumber(dispatching, records, number);

        Page download = portal.get(reporterPhoto, "*/*");
        WebClient clerk = office(fixture.department("gl.urban"), Role.WINDOW_CLERK);
        Page desk = clerk.get("/office/hotline/department/tickets/" + ticket.id());
        Page deskPhoto = clerk.get(find(PHOTO, desk.body()), "*/*");
        WebClient other = office(fixture.department("tj.urban"), Role.WINDOW_CLERK);
        Page otherPhoto = other.get(find(PHOTO, desk.body()), "*/*");
        JsonNode request = json.readTree(new WebClient(port).get("/open311/v2/requests/" + number + ".json",
                "application/json").body()).get(0);
        String mediaUrl = request.get("media_url").asString();
        Page media = new WebClient(port).get(mediaUrl.replaceFirst("^https?://[^/]+", ""), "*/*");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().get("content-type").getFirst()).isEqualTo("image/png");
        assertThat(download.headers().get("content-disposition").getFirst()).startsWith("attachment");
        assertThat(download.headers().get("x-content-type-options").getFirst()).isEqualTo("nosniff");
        assertThat(deskPhoto.status()).isEqualTo(200);
        assertThat(deskPhoto.headers().get("content-length").getFirst()).isEqualTo(String.valueOf(png.length));
        assertThat(otherPhoto.status()).isEqualTo(404);
        assertThat(mediaUrl).matches("http://(localhost|127\\.0\\.0\\.1):\\d+/open311/v2/media/[0-9a-f-]{36}");
        assertThat(media.status()).isEqualTo(200);
        assertThat(jdbc.sql("select sha256 from hotline.ticket_photo where ticket_id = :id").param("id", ticket.id())
                .query(String.class).single()).hasSize(64);
    }

    @Test
    void aPhotoThatIsNotWhatItsNameSaysOrOneTooManyRefusesTheWholeReportAndLeavesNothing() {
        Person person = people.enrolled();
        citizens.register(person);
        WebClient portal = new WebClient(port, AnonymousReportIntegrationTests.uniqueLoopback());
        citizens.logIn(portal, person);
        portal.get("/hotline/report");
        long tickets = count("hotline.ticket");
        long files = storedFiles();

        Page renamed = portal.postMultipart("/hotline/report",
                List.of(new Upload("photos", "现场.jpg", "%PDF-1.7 not a photo".getBytes())),
                "serviceCode", "urban-streetlight", "district", "350102", "address", "东街", "description", "路灯");
        Page pdf = portal.postMultipart("/hotline/report",
                List.of(new Upload("photos", "材料.pdf", "%PDF-1.7 a document".getBytes())),
                "serviceCode", "urban-streetlight", "district", "350102", "address", "东街", "description", "路灯");
        List<Upload> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(new Upload("photos", "p" + i + ".png", png()));
        }
        Page tooMany = portal.postMultipart("/hotline/report", ten,
                "serviceCode", "urban-streetlight", "district", "350102", "address", "东街", "description", "路灯");

        assertThat(renamed.body()).contains("照片内容与扩展名不符");
        assertThat(pdf.body()).contains("照片只能是 JPG 或 PNG 文件");
        assertThat(tooMany.body()).contains("上传的文件太多");
        assertThat(count("hotline.ticket")).isEqualTo(tickets);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void anOpen311ClientPostsAPhotoOrALinkToItsOwnMedia() {
        String key = keys.issue("随手拍", fixture.acting(fixture.centre(Role.SYSTEM_ADMIN))).value();
        WebClient api = new WebClient(port);

        Page withPhoto = api.postMultipart("/open311/v2/requests.json", List.of(new Upload("media", "a.png", png())),
                "api_key", key, "service_code", "urban-streetlight", "address_string", "鼓楼区", "description", "路灯",
                "attribute[district]", "350102");
        Page withLink = api.postMultipart("/open311/v2/requests.json", List.of(),
                "api_key", key, "service_code", "urban-streetlight", "address_string", "鼓楼区", "description", "路灯",
                "attribute[district]", "350102", "media_url", "https://example.org/photos/1.jpg");
        Page badLink = api.postMultipart("/open311/v2/requests.json", List.of(),
                "api_key", key, "service_code", "urban-streetlight", "address_string", "鼓楼区", "description", "路灯",
                "attribute[district]", "350102", "media_url", "file:///etc/passwd");
        Page badPhoto = api.postMultipart("/open311/v2/requests.xml",
                List.of(new Upload("media", "a.gif", "GIF89a".getBytes())),
                "api_key", key, "service_code", "urban-streetlight", "address_string", "鼓楼区", "description", "路灯",
                "attribute[district]", "350102");

        assertThat(withPhoto.status()).isEqualTo(201);
        assertThat(mediaUrlOf(withPhoto)).contains("/open311/v2/media/");
        assertThat(mediaUrlOf(withLink)).isEqualTo("https://example.org/photos/1.jpg");
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.body()).contains("media_url_invalid");
        assertThat(badPhoto.status()).isEqualTo(400);
        assertThat(badPhoto.body()).contains("<code>400</code>").contains("file_type_not_allowed");
    }

    @Test
    void theOperatorAttachesThePhotoACallerSentAndAConfidentialTicketPublishesNone() {
        WebClient operator = office(fixture.department("12345"), Role.HOTLINE_OPERATOR);
        operator.get("/office/hotline/intake");
        Page taken = operator.postMultipart("/office/hotline/intake", List.of(new Upload("photos", "井盖.png", png())),
                "serviceCode", "urban-manhole", "district", "350102", "address", "鼓楼区井大路", "description", "井盖缺失",
                "confidential", "true");
        Page page = operator.get(path(taken));
        String number = find(NUMBER, page.body());

        JsonNode request = json.readTree(new WebClient(port).get("/open311/v2/requests/" + number + ".json",
                "application/json").body()).get(0);
        String photoId = find(PHOTO, page.body()).replaceAll(".*/", "");

        assertThat(operator.get(find(PHOTO, page.body()), "*/*").status()).isEqualTo(200);
        assertThat(request.get("media_url").isNull()).isTrue();
        assertThat(new WebClient(port).get("/open311/v2/media/" + photoId, "*/*").status()).isEqualTo(404);
    }

    private String mediaUrlOf(Page created) {
        String number = json.readTree(created.body()).get(0).get("service_request_id").asString();
        return json.readTree(new WebClient(port).get("/open311/v2/requests/" + number + ".json", "application/json")
                .body()).get(0).get("media_url").asString();
    }

    private WebClient office(Department department, Role role) {
        WebClient client = new WebClient(zones.officePort(), AnonymousReportIntegrationTests.uniqueLoopback());
        staff.logIn(client, staff.enrolled(department.id(), department.region().value(), role));
        return client;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Files in the upload store (temporary files aside). */
    private static long storedFiles() {
        Path root = Path.of("target/test-data/attachments");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getParent().endsWith("tmp")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 2, 0xFFCC00);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String path(Page page) {
        return page.location().orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as("page contains " + pattern + ": " + body).isTrue();
        return matcher.group(1);
    }
}
