package org.onewindow.casework.internal;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.casework.internal.attachments.AttachmentInfo;
import org.onewindow.casework.internal.attachments.Attachments;
import org.onewindow.platform.UploadRejected;
import org.springframework.stereotype.Component;

/**
 * An applicant's file for a material of their draft, from the draft page or the API: checked and
 * stored by {@link Attachments}, audited as uploaded, or as rejected (that entry outlives the
 * request's transaction, as every refusal that touches security does).
 */
@Component
class MaterialUploads {

    private final Attachments attachments;
    private final AuditLog audit;

    MaterialUploads(Attachments attachments, AuditLog audit) {
        this.attachments = attachments;
        this.audit = audit;
    }

    /** Stores the file; empty if stored, else the rejection's code ({@code file_content_mismatch} …). */
    Optional<String> upload(Applicant applicant, UUID draftId, String material, String fileName, InputStream content) {
        Actor actor = Actor.citizen(applicant.citizen().id().toString(), applicant.citizen().name());
        try {
            AttachmentInfo stored = attachments.upload(draftId, material, fileName, content);
            audit.record(AuditRecord.of(AuditEvent.ATTACHMENT_UPLOADED, actor, AuditResult.SUCCESS)
                    .withIp(applicant.ip()).withObject("attachment", stored.id().toString())
                    .withDetail("sha256 " + stored.sha256()));
            return Optional.empty();
        } catch (UploadRejected rejected) {
            audit.recordIndependently(AuditRecord.of(AuditEvent.ATTACHMENT_REJECTED, actor, AuditResult.DENIED)
                    .withIp(applicant.ip()).withObject("draft", draftId.toString())
                    .withDetail(rejected.code()));
            return Optional.of(rejected.code());
        }
    }
}
