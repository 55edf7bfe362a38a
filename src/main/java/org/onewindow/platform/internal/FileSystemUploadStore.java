package org.onewindow.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.onewindow.platform.OneWindowProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Uploads as files under {@code <data dir>/attachments/} (the folder's name is older than its
 * other users), spread over 256 folders.
 */
@Component
class FileSystemUploadStore implements UploadStore {

    private static final Logger log = LoggerFactory.getLogger(FileSystemUploadStore.class);

    private final Path root;

    FileSystemUploadStore(OneWindowProperties properties) throws IOException {
        this.root = properties.dataDir().resolve("attachments").toAbsolutePath().normalize();
        Files.createDirectories(root.resolve("tmp"));
    }

    @Override
    public void put(String storedName, Path temporaryFile) throws IOException {
        Path target = path(storedName);
        Files.createDirectories(target.getParent());
        Files.move(temporaryFile, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public InputStream open(String storedName) throws IOException {
        return Files.newInputStream(path(storedName));
    }

    @Override
    public void delete(String storedName) {
        try {
            Files.deleteIfExists(path(storedName));
        } catch (IOException e) {
            log.warn("Could not delete attachment {}", storedName, e);
        }
    }

    @Override
    public Path temporaryFile() throws IOException {
        return Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
    }

    private Path path(String storedName) {
        if (!storedName.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not a stored attachment name");
        }
        return root.resolve(storedName.substring(0, 2)).resolve(storedName);
    }
}
