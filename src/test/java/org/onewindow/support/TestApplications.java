package org.onewindow.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.registry.Person;
import org.onewindow.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Submits real applications through the portal pages, as a citizen would, for workflow tests. */
public class TestApplications {

    private static final Pattern DRAFT = Pattern.compile("/drafts/([0-9a-f-]{36})");
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final TestPeople people;
    private final TestCitizens citizens;
    private final JdbcClient jdbc;

    public TestApplications(TestPeople people, TestCitizens citizens, JdbcClient jdbc) {
        this.people = people;
        this.citizens = citizens;
        this.jdbc = jdbc;
    }

    /** A new citizen applies to establish a company (a joint item); returns the case id. */
    public UUID businessEstablishment(int port) {
        Person founder = people.enrolled();
        citizens.register(founder);
        return businessEstablishment(port, founder);
    }

    /** A registered citizen applies to establish 福州市鼓楼区榕树餐饮管理有限公司; returns the case id. */
    public UUID businessEstablishment(int port, Person founder) {
        WebClient portal = new WebClient(port);
        citizens.logIn(portal, founder);
        UUID draft = startDraft(portal, "business-establishment");
        String today = LocalDate.now(ChinaTime.ZONE).toString();
        WebClient.Page done = portal.postMultipart("/drafts/" + draft,
                List.of(new WebClient.Upload("file:articles", "章程.pdf", PDF),
                        new WebClient.Upload("file:premises", "租赁合同.pdf", PDF)),
                "action", "submit",
                "proposedName", "福州市鼓楼区榕树餐饮管理有限公司", "companyType", "llc_natural",
                "registeredAddress.division", founder.division().value(), "registeredAddress.detail", "五四路 88 号",
                "registeredCapital", "100000", "businessScope", "餐饮服务；食品销售", "operatingPeriod", "long_term",
                "shareholders[0].shareholderType", "person", "shareholders[0].shareholderName", founder.name(),
                "shareholders[0].shareholderIdNumber", founder.idNumber().value(),
                "shareholders[0].contribution", "100000", "shareholders[0].contributionDate", today,
                "supervisorName", "林小华");
        if (!done.location().orElse("").endsWith("/applications/submitted/" + draft)) {
            throw new IllegalStateException("Submission failed: " + done.status() + " " + done.body());
        }
        return jdbc.sql("select id from casework.application where draft_id = :d").param("d", draft)
                .query(UUID.class).single();
    }

    /** A submitted case and the logged-in portal client of its applicant. */
    public record Submitted(UUID caseId, WebClient portal) {}

    /** A new citizen registers as unemployed (a simple item); returns the case id. */
    public UUID unemploymentRegistration(int port) {
        return unemploymentRegistrationBy(port).caseId();
    }

    /** The same, keeping the applicant's logged-in client for further steps. */
    public Submitted unemploymentRegistrationBy(int port) {
        Person person = people.enrolled();
        citizens.register(person);
        WebClient portal = new WebClient(port);
        citizens.logIn(portal, person);
        UUID draft = startDraft(portal, "unemployment-registration");
        portal.postMultipart("/drafts/" + draft, List.of(), "action", "submit",
                "separationDate", LocalDate.now(ChinaTime.ZONE).minusDays(3).toString(),
                "separationReason", "contract_end", "education", "bachelor");
        return new Submitted(jdbc.sql("select id from casework.application where draft_id = :d").param("d", draft)
                .query(UUID.class).single(), portal);
    }

    /** A submitted case with its applicant, who can log in again after the test clock moved on. */
    public record Applied(UUID caseId, Person applicant, WebClient portal) {}

    /**
     * A new citizen claims a basic pension: an item with a promised limit of 10 working days,
     * accepted and decided by the city's human resources bureau.
     *
     * @param retirementDate within five years before and six months after the test clock's today
     */
    public Applied pensionClaimBy(int port, LocalDate retirementDate) {
        Person person = people.enrolled();
        citizens.register(person);
        WebClient portal = new WebClient(port);
        citizens.logIn(portal, person);
        UUID draft = startDraft(portal, "pension-claim");
        WebClient.Page done = portal.postMultipart("/drafts/" + draft, List.of(), "action", "submit",
                "retirementDate", retirementDate.toString(), "insuranceType", "employee", "bankName", "icbc",
                "bankAccount", "6222020200112233445", "otherPension", "no");
        if (!done.location().orElse("").endsWith("/applications/submitted/" + draft)) {
            throw new IllegalStateException("Submission failed: " + done.status() + " " + done.body());
        }
        return new Applied(jdbc.sql("select id from casework.application where draft_id = :d").param("d", draft)
                .query(UUID.class).single(), person, portal);
    }

    /**
     * A new citizen applies for an item whose form asks only plain values (no uploads), e.g. the
     * test-only item {@code test-own-workflow}.
     *
     * @param namesAndValues the form's field names and values, alternating
     */
    public Applied applicationBy(int port, String item, String... namesAndValues) {
        Person person = people.enrolled();
        citizens.register(person);
        WebClient portal = new WebClient(port);
        citizens.logIn(portal, person);
        UUID draft = startDraft(portal, item);
        String[] submission = new String[namesAndValues.length + 2];
        submission[0] = "action";
        submission[1] = "submit";
        System.arraycopy(namesAndValues, 0, submission, 2, namesAndValues.length);
        WebClient.Page done = portal.postMultipart("/drafts/" + draft, List.of(), submission);
        if (!done.location().orElse("").endsWith("/applications/submitted/" + draft)) {
            throw new IllegalStateException("Submission failed: " + done.status() + " " + done.body());
        }
        return new Applied(jdbc.sql("select id from casework.application where draft_id = :d").param("d", draft)
                .query(UUID.class).single(), person, portal);
    }

    private static UUID startDraft(WebClient portal, String item) {
        portal.get("/apply/" + item);
        WebClient.Page created = portal.post("/drafts", Map.of("kind", "ITEM", "code", item));
        Matcher matcher = DRAFT.matcher(created.location().orElseThrow());
        if (!matcher.find()) {
            throw new IllegalStateException("No draft created: " + created.status());
        }
        UUID draft = UUID.fromString(matcher.group(1));
        portal.get("/drafts/" + draft);
        return draft;
    }
}
