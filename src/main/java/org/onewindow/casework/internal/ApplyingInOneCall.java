package org.onewindow.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onewindow.casework.internal.Applying.Submission;
import org.onewindow.casework.internal.CaseRecords.CaseRecord;
import org.onewindow.casework.internal.Drafts.Draft;
import org.onewindow.casework.internal.SubmissionKeys.Claimed;
import org.onewindow.casework.internal.api.JsonFormParameters;
import org.onewindow.casework.internal.attachments.AttachmentInfo;
import org.onewindow.casework.internal.attachments.Attachments;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.FieldError;
import org.onewindow.catalog.FieldType;
import org.onewindow.catalog.Form;
import org.onewindow.catalog.FormField;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Applying in one request, for clients that already hold the values: starts a draft with
 * {@link Applying#start} or, without files, {@link Applying#prepare} (the same prefill and registry
 * access log), stores the files (the same checks and audit as the draft page) and submits it with
 * {@link Applying#submitStarted} (the same validation, cases, audit entries and events as
 * {@link Applying#submit}), all in one transaction, keyed by the client's Idempotency-Key. A
 * refused request leaves nothing behind: no draft, no case, no file.
 */
@Service
class ApplyingInOneCall {

    /** What a request came to. */
    sealed interface Outcome {}

    /**
     * Submitted now, with the cases it created, or earlier by a request with the same key and content
     * ({@code replayed}, and {@code cases} empty: they are read as stored).
     */
    record Submitted(UUID draftId, boolean replayed, List<CaseRecord> cases) implements Outcome {}

    /** Refused with field errors, every one found at once; nothing was stored. */
    record Refused(List<FieldError> errors) implements Outcome {}

    /** No such item (online) or bundle in the catalogue; nothing was stored. */
    record NotInCatalogue() implements Outcome {}

    /** The key was used before for a different request; nothing was stored. */
    record KeyReused() implements Outcome {}

    /** A file for an attachment field, named by the field. */
    record Upload(String field, String fileName, InputStreamSource content) {}

    /**
     * One request.
     *
     * @param kind item or bundle
     * @param code what to apply for
     * @param values field name to value, as the JSON API takes them
     * @param uploads the files, by attachment field
     * @param key the client's Idempotency-Key
     * @param fingerprint the request's {@link RequestFingerprint}, to tell a retry from a reused key
     */
    record Request(Drafts.Kind kind, String code, Map<String, ?> values, List<Upload> uploads, String key,
            String fingerprint) {}

    private final Applying applying;
    private final Catalog catalog;
    private final SubmissionKeys keys;
    private final MaterialUploads uploads;
    private final Attachments attachments;
    private final Clock clock;

    ApplyingInOneCall(Applying applying, Catalog catalog, SubmissionKeys keys, MaterialUploads uploads,
            Attachments attachments, Clock clock) {
        this.applying = applying;
        this.catalog = catalog;
        this.keys = keys;
        this.uploads = uploads;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Transactional
    public Outcome submit(Applicant applicant, Request request) {
        UUID draftId = UUID.randomUUID();
        Optional<Claimed> earlier =
                keys.claim(applicant.citizen().id(), request.key(), request.fingerprint(), draftId, clock.instant());
        if (earlier.isPresent()) {
            return earlier.get().requestSha256().equals(request.fingerprint())
                    ? new Submitted(earlier.get().draftId(), true, List.of())
                    : new KeyReused();
        }
        // A draft that gets files is stored first (they refer to it); otherwise it is stored only once submitted.
        boolean stored = !request.uploads().isEmpty();
        Optional<Draft> started = stored
                ? applying.start(applicant, request.kind(), request.code(), draftId)
                : applying.prepare(applicant, request.kind(), request.code(), draftId);
        if (started.isEmpty()) {
            return nothingStored(new NotInCatalogue());
        }
        Draft draft = started.get();
        Form form = Targets.form(catalog, draft.kind(), draft.code()).orElseThrow();
        PostedFields.Sorted posted = PostedFields.sort(form, draft.content().locked(), request.values());
        List<FieldError> errors = new ArrayList<>(
                posted.ignored().stream().map(i -> new FieldError(i.field(), i.code())).toList());
        for (Upload upload : request.uploads()) {
            store(applicant, draft, form, upload).ifPresent(errors::add);
        }
        // Validated even after an error above, so that the answer lists everything at once.
        List<AttachmentInfo> uploaded = stored ? attachments.ofDraft(draft.id()) : List.of();
        Submission submission =
                applying.submitStarted(applicant, draft, stored, JsonFormParameters.of(posted.taken()), uploaded);
        Set<String> reported = new HashSet<>(errors.stream().map(FieldError::field).toList());
        submission.errors().stream().filter(e -> !reported.contains(e.field())).forEach(errors::add);
        if (!errors.isEmpty()) {
            return nothingStored(new Refused(List.copyOf(errors)));
        }
        return new Submitted(draft.id(), false, submission.cases());
    }

    private Optional<FieldError> store(Applicant applicant, Draft draft, Form form, Upload upload) {
        Optional<FormField> field = form.field(upload.field());
        if (field.isEmpty()) {
            return Optional.of(new FieldError(upload.field(), "field_unknown"));
        }
        if (field.get().type() != FieldType.ATTACHMENT) {
            return Optional.of(new FieldError(upload.field(), "field_type_invalid"));
        }
        try (InputStream content = upload.content().getInputStream()) {
            return uploads.upload(applicant, draft.id(), field.get().material(), upload.fileName(), content)
                    .map(code -> new FieldError(upload.field(), code));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rolls back everything this request stored (the key, the draft, any file) and answers the outcome. */
    private static Outcome nothingStored(Outcome outcome) {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return outcome;
    }
}
