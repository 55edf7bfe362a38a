package org.onewindow.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.onewindow.platform.FileKind;
import org.onewindow.platform.UploadRejected;
import org.onewindow.platform.Uploads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * The upload checks: the content is streamed to a temporary file while its size is counted, its
 * first bytes kept and its SHA-256 computed; only a file that passes is moved into the store.
 */
@Component
class CheckedUploads implements Uploads {

    private final UploadStore store;
    private final long maxBytes;
    private final int maxFiles;

    CheckedUploads(
            UploadStore store,
            @Value("${onewindow.uploads.max-size:20MB}") DataSize maxSize,
            @Value("${onewindow.uploads.max-files:30}") int maxFiles) {
        this.store = store;
        this.maxBytes = maxSize.toBytes();
        this.maxFiles = maxFiles;
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public int maxFiles() {
        return maxFiles;
    }

    @Override
    public StoredUpload store(String originalName, InputStream content, Set<FileKind> allowed) {
        String fileName = FileNames.clean(originalName);
        if (fileName == null) {
            throw new UploadRejected("file_name_invalid");
        }
        FileKind kind = FileKind.byExtension(fileName).filter(allowed::contains)
                .orElseThrow(() -> new UploadRejected("file_type_not_allowed"));
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
            String storedName = UUID.randomUUID().toString();
            store.put(storedName, temporary);
            temporary = null;
            deleteOnRollback(storedName);
            return new StoredUpload(storedName, fileName, kind, received.size(), received.sha256());
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

    @Override
    public InputStream open(String storedName) {
        try {
            return store.open(storedName);
        } catch (IOException e) {
            throw new UncheckedIOException("Uploaded content is missing", e);
        }
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
}
