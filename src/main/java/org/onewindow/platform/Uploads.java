package org.onewindow.platform;

import java.io.InputStream;
import java.util.Set;

/**
 * Checks and stores uploaded files, the same way for every module (STANDARDS.md): the name
 * cleaned, an allowed kind by extension <em>and</em> by its first bytes, not empty, at most
 * {@code onewindow.uploads.max-size} (20 MB), stored under a name the server makes up, with a
 * SHA-256 of the content. The owner keeps its own record and counts its files against
 * {@link #maxFiles()} (or a limit of its own).
 */
public interface Uploads {

    /**
     * An upload that passed the checks and is in the store.
     *
     * @param storedName the server's name for it, the key to {@link #open}
     * @param fileName the name the uploader gave it, cleaned
     * @param kind what its content was recognised as
     * @param size bytes
     * @param sha256 hex digest of the content
     */
    record StoredUpload(String storedName, String fileName, FileKind kind, long size, String sha256) {}

    /**
     * Checks the upload and stores it. In a transaction the stored file is deleted again if the
     * transaction rolls back, so a refused or failed operation leaves no file behind.
     *
     * @throws UploadRejected with {@code file_name_invalid}, {@code file_type_not_allowed},
     *     {@code file_empty}, {@code file_too_large} or {@code file_content_mismatch}; nothing is stored
     */
    StoredUpload store(String originalName, InputStream content, Set<FileKind> allowed);

    InputStream open(String storedName);

    /** The largest file accepted, in bytes. */
    long maxBytes();

    /** How many files one application may hold ({@code onewindow.uploads.max-files}). */
    int maxFiles();
}
