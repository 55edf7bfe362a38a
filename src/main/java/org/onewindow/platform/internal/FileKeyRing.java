package org.onewindow.platform.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.Map;
import java.util.Properties;
import org.onewindow.platform.KeyPurpose;
import org.onewindow.platform.KeyRing;
import org.onewindow.platform.OneWindowProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keys from environment variables ({@code ONEWINDOW_KEY_*}, Base64) or a key file; in demo mode a
 * missing key file is generated into the data directory, readable by its owner only.
 */
@Component
class FileKeyRing implements KeyRing {

    private static final Logger log = LoggerFactory.getLogger(FileKeyRing.class);
    private static final int KEY_BYTES = 32;

    private final Map<KeyPurpose, byte[]> keys = new EnumMap<>(KeyPurpose.class);
    private final Set<KeyPurpose> generated = EnumSet.noneOf(KeyPurpose.class);

    FileKeyRing(
            OneWindowProperties properties,
            @Value("${onewindow.keys.file:}") String keyFile,
            @Value("${onewindow.keys.generate:${onewindow.demo:true}}") boolean generateMissing) {
        Path file = keyFile.isBlank() ? properties.dataDir().resolve("keys/onewindow.keys") : Path.of(keyFile);
        Properties stored = load(file);
        for (KeyPurpose purpose : KeyPurpose.values()) {
            String fromEnvironment = System.getenv(purpose.environmentVariable());
            String encoded = fromEnvironment != null ? fromEnvironment : stored.getProperty(purpose.fileProperty());
            if (encoded == null) {
                if (!generateMissing) {
                    throw new IllegalStateException("Key '" + purpose.fileProperty() + "' is missing from " + file
                            + " and " + purpose.environmentVariable() + " is not set");
                }
                encoded = Base64.getEncoder().encodeToString(randomKey());
                stored.setProperty(purpose.fileProperty(), encoded);
                this.generated.add(purpose);
            }
            byte[] key = Base64.getDecoder().decode(encoded.strip());
            if (key.length < KEY_BYTES) {
                throw new IllegalStateException("Key '" + purpose.fileProperty() + "' must be at least 32 bytes");
            }
            keys.put(purpose, key);
        }
        if (!generated.isEmpty()) {
            store(file, stored);
            log.info("Generated the missing keys into {} (owner-readable only)", file.toAbsolutePath());
        }
    }

    @Override
    public Set<KeyPurpose> generatedAtStart() {
        return Set.copyOf(generated);
    }

    @Override
    public byte[] key(KeyPurpose purpose) {
        return keys.get(purpose).clone();
    }

    private static byte[] randomKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read key file " + file, e);
            }
        }
        return properties;
    }

    private static void store(Path file, Properties properties) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.warn("Cannot restrict the permissions of {}", file);
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "OneWindow keys - keep secret, back up separately from the database");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write key file " + file, e);
        }
    }
}
