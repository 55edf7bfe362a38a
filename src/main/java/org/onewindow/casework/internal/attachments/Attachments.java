package org.onewindow.casework.internal.attachments;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onewindow.platform.FileKind;
import org.onewindow.platform.UploadRejected;
import org.onewindow.platform.Uploads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Uploaded materials: PDF, JPEG or PNG only, checked and stored by the platform's {@link Uploads}
 * (extension and content, at most {@code onewindow.uploads.max-size} each), at most
 * {@code max-files} per draft. A file is never left behind by a rolled-back upload, and a refused
 * upload leaves nothing.
 */
@Component
public class Attachments {

    private static final Set<FileKind> MATERIALS = Set.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG);

    private final JdbcClient jdbc;
    private final Uploads uploads;
    private final Clock clock;

    Attachments(JdbcClient jdbc, Uploads uploads, Clock clock) {
        this.jdbc = jdbc;
        this.uploads = uploads;
        this.clock = clock;
    }

    public long maxBytes() {
        return uploads.maxBytes();
    }

    /** Checks and stores one file for a material of a draft; the caller has checked the draft is theirs. */
    public AttachmentInfo upload(UUID draftId, String materialCode, String originalName, InputStream content) {
        if (ofDraft(draftId).size() >= uploads.maxFiles()) {
            throw new UploadRejected("too_many_files");
        }
        Uploads.StoredUpload stored = uploads.store(originalName, content, MATERIALS);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into casework.attachment (id, draft_id, material_code, file_name, content_type, size_bytes,
                    sha256, stored_name, uploaded_at)
                values (:id, :draft, :material, :name, :type, :size, :sha, :stored, :at)""")
                .param("id", id)
                .param("draft", draftId)
                .param("material", materialCode)
                .param("name", stored.fileName())
                .param("type", stored.kind().contentType())
                .param("size", stored.size())
                .param("sha", stored.sha256())
                .param("stored", stored.storedName())
                .param("at", Timestamp.from(now))
                .update();
        return new AttachmentInfo(id, draftId, materialCode, stored.fileName(), stored.kind().contentType(),
                stored.size(), stored.sha256(), now);
    }

    public List<AttachmentInfo> ofDraft(UUID draftId) {
        return jdbc.sql(SELECT + "where draft_id = :draft and removed_at is null order by uploaded_at")
                .param("draft", draftId)
                .query(Attachments::map)
                .list();
    }

    public Optional<AttachmentInfo> find(UUID draftId, UUID attachmentId) {
        return jdbc.sql(SELECT + "where draft_id = :draft and id = :id and removed_at is null")
                .param("draft", draftId)
                .param("id", attachmentId)
                .query(Attachments::map)
                .optional();
    }

    public InputStream open(AttachmentInfo attachment) {
        String storedName = jdbc.sql("select stored_name from casework.attachment where id = :id")
                .param("id", attachment.id())
                .query(String.class)
                .single();
        return uploads.open(storedName);
    }

    /** Removes an attachment of a draft that is still being filled in. */
    public boolean remove(UUID draftId, UUID attachmentId) {
        return jdbc.sql("""
                        update casework.attachment set removed_at = :now
                        where id = :id and draft_id = :draft and removed_at is null""")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", attachmentId)
                        .param("draft", draftId)
                        .update()
                == 1;
    }

    private static final String SELECT = """
            select id, draft_id, material_code, file_name, content_type, size_bytes, sha256, uploaded_at
            from casework.attachment
            """;

    private static AttachmentInfo map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AttachmentInfo(
                rs.getObject("id", UUID.class),
                rs.getObject("draft_id", UUID.class),
                rs.getString("material_code"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
