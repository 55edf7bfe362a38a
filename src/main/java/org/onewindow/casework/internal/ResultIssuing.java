package org.onewindow.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.casework.internal.CaseRecords.CaseRecord;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.certificate.CertificateIssuing;
import org.onewindow.certificate.CertificateView;
import org.onewindow.certificate.Holder;
import org.onewindow.identity.CitizenDirectory;
import org.onewindow.registry.LegalEntity;
import org.onewindow.registry.RegistryEnrolment;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.DivisionCode;
import org.onewindow.workflow.CaseDecided;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an approved case's item yields a certificate, asks {@code certificate} to issue it (the
 * certificate module listens to nobody). A business establishment also enters the new company,
 * with its new unified social credit code, into the legal-entity registry, so that its legal
 * representative can open its business account and find the licence in the wallet.
 */
@Component
class ResultIssuing {

    private static final String ORGANISATION_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final Catalog catalog;
    private final CaseRecords cases;
    private final CitizenDirectory citizens;
    private final CertificateIssuing issuing;
    private final RegistryEnrolment registry;
    private final Clock clock;

    ResultIssuing(Catalog catalog, CaseRecords cases, CitizenDirectory citizens, CertificateIssuing issuing,
            RegistryEnrolment registry, Clock clock) {
        this.catalog = catalog;
        this.cases = cases;
        this.citizens = citizens;
        this.issuing = issuing;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Issues the result of an approved case in its own transaction, apart from the status change, so that
     * a slow or failing issue (a department's first signing key, a full disk) neither holds back nor
     * rolls back the decision the applicant sees; a failed publication stays incomplete for resubmission.
     *
     * <p>Only a decision that has a certificate to issue (approved, of an item whose result is one) is
     * kept for this listener: the condition is checked when the event is published, so a refusal or
     * an item whose result is a record costs no publication, no second transaction and no read.
     */
    @ApplicationModuleListener(condition = "#event.approved() and @resultIssuing.yieldsCertificate(#event.itemCode())")
    void on(CaseDecided event) {
        cases.byId(UUID.fromString(event.businessKey())).ifPresent(this::issueFor);
    }

    /** Whether an approved case of the item yields an electronic certificate (public for the listener's condition). */
    public boolean yieldsCertificate(String itemCode) {
        return catalog.item(itemCode).map(ServiceItem::result).map(r -> r.yieldsCertificate()).orElse(false);
    }

    /** Issues the case's certificate if its item yields one; empty otherwise. Idempotent per case. */
    Optional<CertificateView> issueFor(CaseRecord record) {
        ServiceItem item = catalog.item(record.itemCode()).orElse(null);
        if (item == null || item.result() == null || item.result().certificateType() == null
                || record.acceptingDepartmentId() == null) {
            return Optional.empty();
        }
        Map<String, Object> values = cases.values(record);
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        CitizenDirectory.CitizenProfile applicant = citizens.profile(record.applicantId()).orElseThrow();
        Holder holder;
        Map<String, String> fields = new LinkedHashMap<>();
        if (values.get("proposedName") instanceof String companyName) {
            CreditCode code = newCreditCode(record);
            holder = Holder.business(code, companyName);
            fields.put("name", companyName);
            put(fields, "companyType", item.form().field("companyType").map(f -> f.choiceLabel(text(values.get("companyType"))))
                    .orElse(null));
            fields.put("legalRepresentative", applicant.name());
            put(fields, "registeredCapital", text(values.get("registeredCapital")) + " 元");
            String address = values.get("registeredAddress") instanceof Map<?, ?> a ? text(a.get("detail")) : null;
            put(fields, "address", address);
            put(fields, "businessScope", text(values.get("businessScope")));
            fields.put("establishedOn", today.toString());
            DivisionCode place = record.placeCode() == null ? null : DivisionCode.parse(record.placeCode());
            if (place != null) {
                registry.enrol(new LegalEntity(code, companyName, fields.getOrDefault("companyType", "有限责任公司"),
                        applicant.idNumber(), applicant.name(), address == null ? "" : address, place,
                        text(values.get("registeredCapital")), today, "存续"));
            }
        } else if (record.businessCreditCode() != null) {
            holder = Holder.business(CreditCode.parse(record.businessCreditCode()), record.businessName());
            CaseValues.forOfficer(item.form(), values, true).forEach(line -> fields.putIfAbsent(line.label(), line.value()));
        } else {
            holder = Holder.person(applicant.idNumber(), applicant.name());
            CaseValues.forOfficer(item.form(), values, true).forEach(line -> fields.putIfAbsent(line.label(), line.value()));
        }
        CertificateView issued = issuing.issue(new org.onewindow.certificate.IssueRequest(record.id(),
                item.result().certificateType(), holder, fields, today, null, record.acceptingDepartmentId(), null));
        cases.addTimelineOnce(record.id(), "certificate:" + issued.id(), clock.instant(), "CERTIFICATE_ISSUED", null,
                issued.typeName() + " " + issued.number());
        return Optional.of(issued);
    }

    /** A new unified social credit code for the company: enterprise, its district, a stable organisation part. */
    private static CreditCode newCreditCode(CaseRecord record) {
        UUID seed = UUID.nameUUIDFromBytes(("company:" + record.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long bits = seed.getMostSignificantBits() ^ seed.getLeastSignificantBits();
        StringBuilder organisation = new StringBuilder("MA");
        for (int i = 0; i < 7; i++) {
            organisation.append(ORGANISATION_CHARACTERS.charAt((int) Math.floorMod(bits >> (i * 5), 31)));
        }
        String division = record.placeCode() == null ? "350100" : record.placeCode();
        return CreditCode.withChecksum("91" + division + organisation);
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
