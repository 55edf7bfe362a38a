package org.onewindow.casework.internal.attachments;

import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded material as the pages show it; the stored file name is never shown.
 *
 * @param id the attachment id
 * @param draftId the draft it belongs to
 * @param materialCode which material of the item it is
 * @param fileName the (cleaned) name the applicant gave it
 * @param contentType the type its content was recognised as
 * @param size bytes
 * @param sha256 hex digest of the content
 * @param uploadedAt when
 */
public record AttachmentInfo(
        UUID id,
        UUID draftId,
        String materialCode,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Instant uploadedAt) {}
