package org.onewindow.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.casework.internal.CaseRecords.CaseRecord;
import org.onewindow.casework.internal.Drafts.Draft;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.FieldError;
import org.onewindow.catalog.FieldType;
import org.onewindow.catalog.Form;
import org.onewindow.catalog.FormField;
import org.onewindow.catalog.Material;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.certificate.CertificateReuse;
import org.onewindow.certificate.CertificateView;
import org.onewindow.certificate.Certificates;
import org.onewindow.certificate.Holder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Electronic certificates standing in for uploaded materials (免提交). A material whose catalogue
 * entry names a certificate type is offered on the form with the applicant's valid certificate of
 * that type; ticking the consent box stores a reference to it on the draft (never a copy); on
 * submission every reference is checked again (the applicant's, valid today), recorded on the case
 * with the time it was verified, and reported to the certificate module, whose verification record
 * the holder reads in the wallet.
 */
@Component
class MaterialCertificates {

    /** The consent checkbox of a material: {@code certificate:<material code>} = the certificate id. */
    static final String PARAMETER = "certificate:";

    /** The error of a certificate that is not the applicant's, not of the material's type, or does not exist. */
    static final String NOT_YOURS = "material_certificate_not_yours";

    /**
     * What the form shows for a material a certificate can satisfy.
     *
     * @param materialCode the material
     * @param certificateType the type that satisfies it
     * @param certificate the chosen certificate (whatever its status now), else the applicant's newest valid
     *     one, or null when the applicant holds none
     * @param chosen whether the applicant consented to its use
     */
    record Offer(String materialCode, String certificateType, CertificateView certificate, boolean chosen) {}

    /** A certificate chosen with consent for a material of a draft. */
    record Choice(String materialCode, UUID certificateId, Instant consentedAt) {}

    /** The consent boxes of one post: the chosen certificates by material, or why they cannot be used. */
    record Posted(Map<String, UUID> chosen, Map<String, String> errors) {

        /** Whether the post names a certificate that is not the applicant's: refused as a whole. */
        boolean foreign() {
            return errors.containsValue(NOT_YOURS);
        }
    }

    /** A certificate a case was submitted with, verified on submission. */
    record Used(String materialCode, UUID certificateId, String number, String name, Instant consentedAt,
            Instant verifiedAt) {}

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Certificates certificates;
    private final CertificateReuse reuse;
    private final Clock clock;

    MaterialCertificates(JdbcClient jdbc, Catalog catalog, Certificates certificates, CertificateReuse reuse,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.certificates = certificates;
        this.reuse = reuse;
        this.clock = clock;
    }

    /** The certificate holder the applicant stands for: the business applied for, or the citizen. */
    static Holder holder(Applicant applicant) {
        return applicant.forBusiness()
                ? Holder.business(applicant.business().creditCode(), applicant.business().name())
                : Holder.person(applicant.citizen().idNumber(), applicant.citizen().name());
    }

    /**
     * The materials of the draft's items that a certificate can satisfy and that the form uploads,
     * by material code, with the certificate type.
     */
    Map<String, String> satisfiable(Drafts.Kind kind, String code) {
        Optional<Form> form = Targets.form(catalog, kind, code);
        Map<String, String> types = new LinkedHashMap<>();
        if (form.isEmpty()) {
            return types;
        }
        List<String> uploaded = form.get().fields().stream()
                .filter(f -> f.type() == FieldType.ATTACHMENT)
                .map(FormField::material)
                .toList();
        for (ServiceItem item : Targets.items(catalog, kind, code)) {
            for (Material material : item.materials()) {
                if (material.satisfiedByCertificate() && uploaded.contains(material.code())) {
                    types.putIfAbsent(material.code(), material.certificateType());
                }
            }
        }
        return types;
    }

    /** The draft's choices, by material. */
    Map<String, Choice> choices(UUID draftId) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        jdbc.sql("select material_code, certificate_id, consented_at from casework.draft_certificate"
                        + " where draft_id = :draft order by material_code")
                .param("draft", draftId)
                .query((rs, row) -> new Choice(rs.getString("material_code"), rs.getObject("certificate_id", UUID.class),
                        rs.getTimestamp("consented_at").toInstant()))
                .list()
                .forEach(choice -> choices.put(choice.materialCode(), choice));
        return choices;
    }

    /** What the form offers for each material a certificate can satisfy. */
    Map<String, Offer> offers(Draft draft, Applicant applicant) {
        Map<String, String> types = satisfiable(draft.kind(), draft.code());
        Map<String, Offer> offers = new LinkedHashMap<>();
        if (types.isEmpty()) {
            return offers;
        }
        Holder holder = holder(applicant);
        Map<String, Choice> choices = choices(draft.id());
        types.forEach((material, type) -> {
            Optional<CertificateView> chosen = Optional.ofNullable(choices.get(material))
                    .flatMap(choice -> certificates.heldBy(choice.certificateId(), holder));
            offers.put(material, chosen.isPresent()
                    ? new Offer(material, type, chosen.get(), true)
                    : new Offer(material, type, certificates.validFor(holder, type).orElse(null), false));
        });
        return offers;
    }

    /**
     * Reads the consent boxes posted with the form: a ticked box names the certificate to use. Each
     * must be the applicant's certificate of the material's type and valid today.
     */
    Posted read(Draft draft, Applicant applicant, Map<String, String[]> parameters) {
        Map<String, String> types = satisfiable(draft.kind(), draft.code());
        Map<String, UUID> chosen = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Holder holder = holder(applicant);
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!parameter.getKey().startsWith(PARAMETER) || parameter.getValue().length == 0
                    || parameter.getValue()[0].isBlank()) {
                continue;
            }
            String material = parameter.getKey().substring(PARAMETER.length());
            String type = types.get(material);
            Optional<CertificateView> certificate = type == null
                    ? Optional.empty()
                    : id(parameter.getValue()[0]).flatMap(id -> certificates.heldBy(id, holder))
                            .filter(c -> c.type().equals(type));
            if (certificate.isEmpty()) {
                errors.put(material, NOT_YOURS);
            } else if (!certificate.get().valid()) {
                errors.put(material, invalid(certificate.get()));
            } else {
                chosen.put(material, certificate.get().id());
            }
        }
        return new Posted(chosen, errors);
    }

    /** Replaces the draft's choices with the posted ones; an unchanged choice keeps its time of consent. */
    void replace(UUID draftId, Map<String, UUID> chosen) {
        Map<String, Choice> before = choices(draftId);
        Instant now = clock.instant();
        jdbc.sql("delete from casework.draft_certificate where draft_id = :draft").param("draft", draftId).update();
        chosen.forEach((material, certificate) -> {
            Choice earlier = before.get(material);
            jdbc.sql("""
                    insert into casework.draft_certificate (draft_id, material_code, certificate_id, consented_at)
                    values (:draft, :material, :certificate, :at)""")
                    .param("draft", draftId)
                    .param("material", material)
                    .param("certificate", certificate)
                    .param("at", Timestamp.from(earlier != null && earlier.certificateId().equals(certificate)
                            ? earlier.consentedAt()
                            : now))
                    .update();
        });
    }

    /**
     * Checks every choice of the draft again on submission: still the applicant's, of the type,
     * valid today. The errors name the attachment fields of the materials.
     *
     * @param choices the draft's {@link #choices}, as read by the submitting transaction
     */
    List<FieldError> check(Draft draft, Form form, Applicant applicant, Map<String, Choice> choices) {
        if (choices.isEmpty()) {
            return List.of();
        }
        Map<String, String> types = satisfiable(draft.kind(), draft.code());
        Holder holder = holder(applicant);
        List<FieldError> errors = new ArrayList<>();
        choices.forEach((material, choice) -> {
            String type = types.get(material);
            Optional<CertificateView> certificate = type == null
                    ? Optional.empty()
                    : certificates.heldBy(choice.certificateId(), holder).filter(c -> c.type().equals(type));
            String code = certificate.isEmpty() ? NOT_YOURS
                    : certificate.get().valid() ? null
                    : invalid(certificate.get());
            if (code != null) {
                errors.add(new FieldError(fieldOf(form, material), code));
            }
        });
        return errors;
    }

    /** The attachment values of the chosen materials: a reference to the certificate instead of upload ids. */
    static List<String> reference(Choice choice) {
        return List.of("certificate:" + choice.certificateId());
    }

    /**
     * Records on the new case the certificates used for its item's materials, and reports each use
     * to the certificate module (the holder's verification record).
     */
    List<Used> attach(CaseRecord record, ServiceItem item, Map<String, Choice> choices, Applicant applicant) {
        Holder holder = holder(applicant);
        Instant now = clock.instant();
        List<Used> used = new ArrayList<>();
        for (Material material : item.materials()) {
            Choice choice = choices.get(material.code());
            if (choice == null || !material.satisfiedByCertificate()) {
                continue;
            }
            CertificateView certificate = reuse.recordUse(choice.certificateId(), holder,
                    item.name() + " " + record.receiptNumber());
            jdbc.sql("""
                    insert into casework.case_certificate (application_id, material_code, certificate_id,
                        certificate_number, certificate_name, consented_at, verified_at)
                    values (:case, :material, :certificate, :number, :name, :consented, :verified)""")
                    .param("case", record.id())
                    .param("material", material.code())
                    .param("certificate", certificate.id())
                    .param("number", certificate.number())
                    .param("name", certificate.typeName())
                    .param("consented", Timestamp.from(choice.consentedAt()))
                    .param("verified", Timestamp.from(now))
                    .update();
            used.add(new Used(material.code(), certificate.id(), certificate.number(), certificate.typeName(),
                    choice.consentedAt(), now));
        }
        return used;
    }

    /** The certificates a case was submitted with, in material order. */
    List<Used> ofCase(UUID caseId) {
        return jdbc.sql("""
                select material_code, certificate_id, certificate_number, certificate_name, consented_at, verified_at
                from casework.case_certificate where application_id = :case order by material_code""")
                .param("case", caseId)
                .query((rs, row) -> new Used(rs.getString("material_code"), rs.getObject("certificate_id", UUID.class),
                        rs.getString("certificate_number"), rs.getString("certificate_name"),
                        rs.getTimestamp("consented_at").toInstant(), rs.getTimestamp("verified_at").toInstant()))
                .list();
    }

    private static String fieldOf(Form form, String material) {
        return form.fields().stream()
                .filter(f -> f.type() == FieldType.ATTACHMENT && material.equals(f.material()))
                .map(FormField::name)
                .findFirst()
                .orElse("material-" + material);
    }

    /** {@code material_certificate_revoked}, {@code _expired}, {@code _superseded} or {@code _not_yet_valid}. */
    private static String invalid(CertificateView certificate) {
        return "material_certificate_" + certificate.status().name().toLowerCase(Locale.ROOT);
    }

    private static Optional<UUID> id(String text) {
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
