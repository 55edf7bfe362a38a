package org.onewindow.casework.internal.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded materials: PDF, JPEG or PNG only, recognised by extension and by content, at most
 * {@code onewindow.uploads.max-size} each and {@code max-files} per draft, stored under a name
 * the server makes up, with a SHA-256 of the content. A file is never left behind by a rolled-back
 * upload, and a refused upload leaves nothing.
 */
@Component
public class Attachments {

    private final JdbcClient jdbc;
    private final AttachmentStore store;
    private final Clock clock;
    private final long maxBytes;
    private final int maxFiles;

    Attachments(
            JdbcClient jdbc,
            AttachmentStore store,
            Clock clock,
            @Value("${onewindow.uploads.max-size:20MB}") DataSize maxSize,
            @Value("${onewindow.uploads.max-files:30}") int maxFiles) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
        this.maxFiles = maxFiles;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks and stores one file for a material of a draft; the caller has checked the draft is theirs. */
    public AttachmentInfo upload(UUID draftId, String materialCode, String originalName, InputStream content) {
        String fileName = FileNames.clean(originalName);
        if (fileName == null) {
            throw new UploadRejected("file_name_invalid");
        }
        FileKind kind = FileKind.byExtension(fileName).orElseThrow(() -> new UploadRejected("file_type_not_allowed"));
        if (ofDraft(draftId).size() >= maxFiles) {
            throw new UploadRejected("too_many_files");
        }
        Path temporary = null;
        try {
            temporary = store.temporaryFile();
            Received received = receive(content, temporary);
            if (received.size() == 0) {
                throw new UploadRejected("file_empty");
            }
            if (!kind.matches(received.head(), received.headLength())) {
                throw new UploadRejected("file_content_mismatch");
            }
            UUID id = UUID.randomUUID();
            String storedName = UUID.randomUUID().toString();
            store.put(storedName, temporary);
            temporary = null;
            deleteOnRollback(storedName);
            Instant now = clock.instant();
            jdbc.sql("""
                    insert into casework.attachment (id, draft_id, material_code, file_name, content_type, size_bytes,
                        sha256, stored_name, uploaded_at)
                    values (:id, :draft, :material, :name, :type, :size, :sha, :stored, :at)""")
                    .param("id", id)
                    .param("draft", draftId)
                    .param("material", materialCode)
                    .param("name", fileName)
                    .param("type", kind.contentType())
                    .param("size", received.size())
                    .param("sha", received.sha256())
                    .param("stored", storedName)
                    .param("at", Timestamp.from(now))
                    .update();
            return new AttachmentInfo(id, draftId, materialCode, fileName, kind.contentType(), received.size(),
                    received.sha256(), now);
        } catch (IOException e) {
            throw new UncheckedIOException("Upload could not be stored", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a leftover temporary file is swept with the tmp folder
                }
            }
        }
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
        try {
            return store.open(storedName);
        } catch (IOException e) {
            throw new UncheckedIOException("Attachment content is missing", e);
        }
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

    private record Received(long size, String sha256, byte[] head, int headLength) {}

    private Received receive(InputStream content, Path temporary) throws IOException {
        MessageDigest digest = sha256();
        byte[] head = new byte[FileKind.MAGIC_BYTES];
        int headLength = 0;
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
            int read;
            while ((read = content.read(buffer)) != -1) {
                if (headLength < head.length) {
                    int take = Math.min(read, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                size += read;
                if (size > maxBytes) {
                    throw new UploadRejected("file_too_large");
                }
                out.write(buffer, 0, read);
            }
        }
        return new Received(size, HexFormat.of().formatHex(digest.digest()), head, headLength);
    }

    private void deleteOnRollback(String storedName) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        store.delete(storedName);
                    }
                }
            });
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
