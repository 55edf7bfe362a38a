package org.onewindow.certificate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onewindow.platform.KeyPurpose;
import org.onewindow.platform.KeyRing;
import org.onewindow.platform.OneWindowProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The CA's private keys on disk: one password-protected PKCS#12 file per key ({@code <alias>.p12})
 * in the keystore directory; the password is the ring's {@code KEYSTORE_PASSWORD} key in Base64.
 * One file per key, because a PKCS#12 file is decrypted and re-encrypted whole: a single file
 * for every department made each new key cost time in proportion to the keys already there.
 * Callers serialise writers (see {@link CertificateAuthority}).
 */
@Component
class CaKeystore {

    private static final Logger log = LoggerFactory.getLogger(CaKeystore.class);
    private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");
    /** The single keystore file of earlier versions, split into one file per key at start. */
    static final String LEGACY_FILE = "onewindow-ca.p12";

    /** A private key with its certificate chain, leaf first. */
    record Entry(PrivateKey key, X509Certificate[] chain) {

        X509Certificate certificate() {
            return chain[0];
        }
    }

    private final Path directory;
    private final char[] password;

    CaKeystore(CertificateProperties properties, OneWindowProperties platform, KeyRing keys) {
        this.directory = properties.keystoreDirectory(platform.dataDir()).toAbsolutePath();
        this.password = Base64.getEncoder().encodeToString(keys.key(KeyPurpose.KEYSTORE_PASSWORD)).toCharArray();
        splitLegacyFile();
    }

    Path directory() {
        return directory;
    }

    /** The key under this alias, read afresh from disk (another node may have added it); empty if none. */
    synchronized Optional<Entry> entry(String alias) {
        Path file = fileOf(alias);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        KeyStore store = read(file);
        return entry(store, alias, file);
    }

    /** Writes the key to its own file atomically, readable by its owner only. */
    synchronized void add(String alias, Entry entry) {
        Path file = fileOf(alias);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
            store.load(null, password);
            store.setKeyEntry(alias, entry.key(), password, entry.chain());
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "onewindow-ca", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the directory's permissions protect it.
            }
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CA key file " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the CA key file " + file, e);
        }
    }

    private Path fileOf(String alias) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("Not a CA key alias: " + alias);
        }
        return directory.resolve(alias + ".p12");
    }

    private KeyStore read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the CA key file " + file
                    + " (wrong KEYSTORE_PASSWORD key, or a damaged file?)", e);
        }
    }

    private Optional<Entry> entry(KeyStore store, String alias, Path file) {
        try {
            if (!store.isKeyEntry(alias)) {
                return Optional.empty();
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            Certificate[] chain = store.getCertificateChain(alias);
            X509Certificate[] x509 = new X509Certificate[chain.length];
            for (int i = 0; i < chain.length; i++) {
                x509[i] = (X509Certificate) chain[i];
            }
            return Optional.of(new Entry(key, x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read key '" + alias + "' from the CA key file " + file, e);
        }
    }

    /** Moves every key of an earlier single-file keystore into its own file, then keeps the old file aside. */
    private synchronized void splitLegacyFile() {
        Path legacy = directory.resolve(LEGACY_FILE);
        if (!Files.isRegularFile(legacy)) {
            return;
        }
        KeyStore store = read(legacy);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!Files.exists(fileOf(alias))) {
                    entry(store, alias, legacy).ifPresent(e -> add(alias, e));
                }
            }
            Files.move(legacy, directory.resolve(LEGACY_FILE + ".split"), StandardCopyOption.REPLACE_EXISTING);
            log.info("Split the CA keystore {} into one file per key in {}", legacy, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot split the CA keystore " + legacy, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot split the CA keystore " + legacy, e);
        }
    }
}
