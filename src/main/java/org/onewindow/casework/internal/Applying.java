package org.onewindow.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.casework.ApplicationStatus;
import org.onewindow.casework.ApplicationSubmitted;
import org.onewindow.casework.ApplicationWithdrawn;
import org.onewindow.casework.internal.CaseRecords.CaseRecord;
import org.onewindow.casework.internal.Drafts.Draft;
import org.onewindow.casework.internal.attachments.AttachmentInfo;
import org.onewindow.casework.internal.attachments.Attachments;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.FieldError;
import org.onewindow.catalog.FieldType;
import org.onewindow.catalog.Form;
import org.onewindow.catalog.FormField;
import org.onewindow.catalog.FormValidation;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.ValidationResult;
import org.onewindow.identity.Department;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.TimeOrderedIds;
import org.onewindow.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying for a service or a bundle: a draft prefilled from the registries, saved and resumed,
 * then submitted once (a second submission of the same draft returns the same cases), creating
 * one case per item, each routed to its accepting department; and withdrawing before acceptance.
 */
@Service
public class Applying {

    /** The outcome of a submission: the cases, or field errors (field path to code). */
    public record Submission(List<CaseRecord> cases, List<FieldError> errors, boolean repeated) {}

    private final Catalog catalog;
    private final Drafts drafts;
    private final CaseRecords cases;
    private final Prefill prefill;
    private final ReceiptNumbers receipts;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Workflows workflows;
    private final MaterialCertificates materialCertificates;
    private final Clock clock;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Applying.class);

    Applying(
            Catalog catalog,
            Drafts drafts,
            CaseRecords cases,
            Prefill prefill,
            ReceiptNumbers receipts,
            Attachments attachments,
            ApplicationEventPublisher events,
            AuditLog audit,
            Workflows workflows,
            MaterialCertificates materialCertificates,
            Clock clock) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.cases = cases;
        this.prefill = prefill;
        this.receipts = receipts;
        this.attachments = attachments;
        this.events = events;
        this.audit = audit;
        this.workflows = workflows;
        this.materialCertificates = materialCertificates;
        this.clock = clock;
    }

    /** Starts a draft with what the registries already know; empty if the target is not in the catalogue. */
    @Transactional
    public Optional<Draft> start(Applicant applicant, Drafts.Kind kind, String code) {
        return start(applicant, kind, code, UUID.randomUUID());
    }

    /** Starts a draft under an id the caller chose (and has not used). */
    @Transactional
    public Optional<Draft> start(Applicant applicant, Drafts.Kind kind, String code, UUID draftId) {
        Optional<Draft> draft = prepare(applicant, kind, code, draftId);
        draft.ifPresent(d -> drafts.create(d, d.updatedAt()));
        return draft;
    }

    /**
     * A draft as {@link #start} begins it (prefilled, the registry read logged), not stored yet:
     * {@link #submitStarted} stores it already submitted.
     */
    @Transactional
    public Optional<Draft> prepare(Applicant applicant, Drafts.Kind kind, String code, UUID draftId) {
        Optional<Form> form = Targets.form(catalog, kind, code);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        Prefill.Prefilled known = prefill.of(form.get(), applicant);
        return Optional.of(new Draft(draftId, applicant.citizen().id(), kind, code,
                applicant.forBusiness() ? applicant.business().creditCode().value() : null,
                known.place() == null ? null : known.place().value(),
                new DraftContent(known.values(), known.values().keySet()), catalog.edition(), clock.instant(), null, 0));
    }

    /** Saves what was typed; false if the draft changed since the page was loaded (another tab). */
    @Transactional
    public boolean save(Draft draft, Map<String, String[]> parameters) {
        Form form = Targets.form(catalog, draft.kind(), draft.code()).orElseThrow(ItemWithdrawn::new);
        DraftContent content = draft.content()
                .withPosted(FormInput.read(form, parameters, draft.content().locked()));
        return drafts.save(draft, content, clock.instant());
    }

    /** Submits the draft once: validates everything, creates the cases and publishes their events. */
    @Transactional
    public Submission submit(Applicant applicant, UUID draftId, Map<String, String[]> parameters) {
        Draft draft = drafts.mineForUpdate(applicant.citizen().id(), draftId).orElseThrow(DraftNotFound::new);
        if (draft.submitted()) {
            return new Submission(cases.ofDraft(draft.id()), List.of(), true);
        }
        return submitUnsubmitted(applicant, draft, true, parameters, materialCertificates.choices(draft.id()),
                attachments.ofDraft(draft.id()));
    }

    /**
     * Submits a draft that this transaction has just {@linkplain #start started} or
     * {@linkplain #prepare prepared}: so it is not submitted, nobody else can see it, and it has no
     * certificate choices (only the draft page makes those). The same validation, cases, audit
     * entries and events as {@link #submit}, without reading back what the transaction itself wrote.
     *
     * @param stored whether the draft was started (stored); a prepared one is stored here, already
     *     submitted, if the submission succeeds, and not at all if it is refused
     * @param uploaded the files this transaction stored for the draft (only a stored one has any)
     */
    @Transactional
    public Submission submitStarted(Applicant applicant, Draft draft, boolean stored, Map<String, String[]> parameters,
            List<AttachmentInfo> uploaded) {
        return submitUnsubmitted(applicant, draft, stored, parameters, Map.of(), uploaded);
    }

    private Submission submitUnsubmitted(Applicant applicant, Draft draft, boolean stored,
            Map<String, String[]> parameters, Map<String, MaterialCertificates.Choice> certificates,
            List<AttachmentInfo> uploaded) {
        Form form = Targets.form(catalog, draft.kind(), draft.code()).orElseThrow(ItemWithdrawn::new);
        DraftContent content = parameters == null
                ? draft.content()
                : draft.content().withPosted(FormInput.read(form, parameters, draft.content().locked()));
        Map<String, Object> values = withAttachments(form, content.values(), uploaded, certificates);
        ValidationResult result = FormValidation.validate(form, values, clock);
        List<FieldError> certificateErrors = materialCertificates.check(draft, form, applicant, certificates);
        if (!result.valid() || !certificateErrors.isEmpty()) {
            if (stored) {
                drafts.save(draft, content, clock.instant());
            }
            List<FieldError> errors = new ArrayList<>(certificateErrors);
            result.errors().stream()
                    .filter(e -> errors.stream().noneMatch(c -> c.field().equals(e.field())))
                    .forEach(errors::add);
            return new Submission(List.of(), List.copyOf(errors), false);
        }
        // as PostgreSQL stores it, so that the cases returned are the cases as stored
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!stored) {
            drafts.createSubmitted(draft, draft.updatedAt(), now);
        }
        DivisionCode place = draft.placeCode() == null ? null : DivisionCode.parse(draft.placeCode());
        UUID bundleSubmission = draft.kind() == Drafts.Kind.BUNDLE ? bundleSubmission(draft, now) : null;
        List<CaseRecord> created = new ArrayList<>();
        for (ServiceItem item : Targets.items(catalog, draft.kind(), draft.code())) {
            Map<String, Object> itemValues = draft.kind() == Drafts.Kind.BUNDLE
                    ? catalog.bundle(draft.code()).orElseThrow().valuesFor(item.code(), result.values())
                    : result.values();
            CaseRecord record = createCase(applicant, draft, item, itemValues, place, bundleSubmission, now);
            useCertificates(applicant, record, item, certificates);
            created.add(record);
        }
        if (stored) {
            drafts.markSubmitted(draft.id(), now);
        }
        return new Submission(created, List.of(), false);
    }

    /** Withdraws the applicant's case if no department has accepted it yet. */
    @Transactional
    public Optional<String> withdraw(Applicant applicant, UUID caseId) {
        CaseRecord record = cases.mine(applicant.citizen().id(), caseId).orElseThrow(DraftNotFound::new);
        Actor actor = Actor.citizen(applicant.citizen().id().toString(), applicant.citizen().name());
        if (!record.status().canBeWithdrawn() || !cases.transition(caseId, record.status(), ApplicationStatus.WITHDRAWN,
                clock.instant())) {
            audit.recordIndependently(AuditRecord.of(AuditEvent.APPLICATION_WITHDRAWN, actor, AuditResult.DENIED)
                    .withIp(applicant.ip()).withObject("application", record.receiptNumber())
                    .withDetail("status " + record.status()));
            return Optional.of("withdraw_not_allowed");
        }
        cases.addTimeline(caseId, clock.instant(), "WITHDRAWN", applicant.citizen().name(), null);
        if (workflows.process(caseId.toString()).isPresent()) {
            workflows.terminate(caseId.toString(), "withdrawn by the applicant");
        }
        audit.record(AuditRecord.of(AuditEvent.APPLICATION_WITHDRAWN, actor, AuditResult.SUCCESS)
                .withIp(applicant.ip()).withObject("application", record.receiptNumber()));
        events.publishEvent(new ApplicationWithdrawn(caseId, record.itemCode(), applicant.citizen().id()));
        return Optional.empty();
    }

    /** The applicant sends the corrected materials; the department's acceptance step opens again. */
    @Transactional
    public Optional<String> resubmit(Applicant applicant, UUID caseId) {
        CaseRecord record = cases.mine(applicant.citizen().id(), caseId).orElseThrow(DraftNotFound::new);
        if (!cases.transition(caseId, ApplicationStatus.CORRECTION_REQUESTED, ApplicationStatus.SUBMITTED,
                clock.instant())) {
            return Optional.of("resubmit_not_allowed");
        }
        cases.addTimeline(caseId, clock.instant(), "RESUBMITTED", applicant.citizen().name(), null);
        audit.record(AuditRecord.of(AuditEvent.APPLICATION_SUBMITTED,
                        Actor.citizen(applicant.citizen().id().toString(), applicant.citizen().name()), AuditResult.SUCCESS)
                .withIp(applicant.ip()).withObject("application", record.receiptNumber()).withDetail("resubmitted"));
        workflows.correctionSubmitted(caseId.toString());
        return Optional.empty();
    }

    private CaseRecord createCase(Applicant applicant, Draft draft, ServiceItem item, Map<String, Object> values,
            DivisionCode place, UUID bundleSubmission, Instant now) {
        UUID department = place == null
                ? null
                : catalog.resolve(item.processing().accept(), place).map(Department::id).orElse(null);
        CaseRecord record = new CaseRecord(TimeOrderedIds.at(now), receipts.next(item, now), draft.id(), item.code(),
                bundleSubmission, applicant.citizen().id(), applicant.citizen().name(),
                applicant.forBusiness() ? applicant.business().creditCode().value() : null,
                applicant.forBusiness() ? applicant.business().name() : null, ApplicationStatus.SUBMITTED, null,
                place == null ? null : place.value(), department, now, now, 0);
        cases.insert(record, values, catalog.edition());
        cases.addTimeline(record.id(), now, "SUBMITTED", applicant.citizen().name(), null);
        audit.record(AuditRecord.of(AuditEvent.APPLICATION_SUBMITTED,
                        Actor.citizen(applicant.citizen().id().toString(), applicant.citizen().name()),
                        AuditResult.SUCCESS)
                .withIp(applicant.ip())
                .withObject("application", record.receiptNumber())
                .withDetail("item " + item.code()));
        events.publishEvent(new ApplicationSubmitted(record.id(), record.receiptNumber(), item.code(), department,
                bundleSubmission, applicant.citizen().id()));
        if (workflows.routable(item.code(), place)) {
            workflows.start(record.id().toString(), item.code(), place, now);
        } else {
            log.error("Case {} of item {} cannot be routed to a department for place {}: it waits as submitted",
                    record.receiptNumber(), item.code(), place);
            cases.addTimeline(record.id(), now, "ROUTING_PENDING", null, null);
        }
        return record;
    }

    private UUID bundleSubmission(Draft draft, Instant now) {
        return cases.newBundleSubmission(draft.code(), draft.applicantId(), draft.id(), now);
    }

    /**
     * Records on the case the certificates chosen for its item's materials (checked just before) and
     * reports their use to the certificate module; audited per certificate.
     */
    private void useCertificates(Applicant applicant, CaseRecord record, ServiceItem item,
            Map<String, MaterialCertificates.Choice> certificates) {
        if (certificates.isEmpty()) {
            return;
        }
        for (MaterialCertificates.Used used : materialCertificates.attach(record, item, certificates, applicant)) {
            audit.record(AuditRecord.of(AuditEvent.CERTIFICATE_REUSED,
                            Actor.citizen(applicant.citizen().id().toString(), applicant.citizen().name()),
                            AuditResult.SUCCESS)
                    .withIp(applicant.ip())
                    .withObject("certificate", used.certificateId().toString())
                    .withDetail("application " + record.receiptNumber() + " material " + used.materialCode()));
        }
    }

    /**
     * The attachment fields' values are the draft's uploads for their material, never what was
     * posted; a material the applicant chose a certificate for gets a reference to it instead.
     */
    private Map<String, Object> withAttachments(Form form, Map<String, Object> values, List<AttachmentInfo> uploaded,
            Map<String, MaterialCertificates.Choice> certificates) {
        Map<String, Object> complete = new LinkedHashMap<>(values);
        for (FormField field : form.fields()) {
            if (field.type() == FieldType.ATTACHMENT && certificates.containsKey(field.material())) {
                complete.put(field.name(), MaterialCertificates.reference(certificates.get(field.material())));
            } else if (field.type() == FieldType.ATTACHMENT) {
                List<String> ids = uploaded.stream()
                        .filter(a -> a.materialCode().equals(field.material()))
                        .map(a -> a.id().toString())
                        .toList();
                if (ids.isEmpty()) {
                    complete.remove(field.name());
                } else {
                    complete.put(field.name(), ids);
                }
            }
        }
        return complete;
    }

    /** The draft or case is not the applicant's, or does not exist: answered as 404. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    public static class DraftNotFound extends RuntimeException {
        DraftNotFound() {
            super("not_found");
        }
    }

    /** The item or bundle was withdrawn from the catalogue after the draft was started. */
    public static class ItemWithdrawn extends RuntimeException {
        ItemWithdrawn() {
            super("item_withdrawn");
        }
    }
}
