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
import java.util.Optional;
import org.onewindow.platform.KeyPurpose;
import org.onewindow.platform.KeyRing;
import org.onewindow.platform.OneWindowProperties;
import org.springframework.stereotype.Component;

/**
 * The CA's password-protected PKCS#12 keystore on disk; the password is the ring's
 * {@code KEYSTORE_PASSWORD} key in Base64. Callers serialise writers (see {@link CertificateAuthority}).
 */
@Component
class CaKeystore {

    /** A private key with its certificate chain, leaf first. */
    record Entry(PrivateKey key, X509Certificate[] chain) {

        X509Certificate certificate() {
            return chain[0];
        }
    }

    private final Path file;
    private final char[] password;

    CaKeystore(CertificateProperties properties, OneWindowProperties platform, KeyRing keys) {
        this.file = properties.keystorePath(platform.dataDir()).toAbsolutePath();
        this.password = Base64.getEncoder().encodeToString(keys.key(KeyPurpose.KEYSTORE_PASSWORD)).toCharArray();
    }

    Path file() {
        return file;
    }

    /** Reads the keystore from disk afresh (another process may have added keys); empty if none yet. */
    synchronized KeyStore load() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password);
                }
            } else {
                store.load(null, password);
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the CA keystore " + file
                    + " (wrong KEYSTORE_PASSWORD key, or a damaged file?)", e);
        }
    }

    Optional<Entry> entry(KeyStore store, String alias) {
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
            throw new IllegalStateException("Cannot read key '" + alias + "' from the CA keystore " + file, e);
        }
    }

    /** Adds an entry and writes the whole keystore atomically, readable by its owner only. */
    synchronized void add(KeyStore store, String alias, Entry entry) {
        try {
            store.setKeyEntry(alias, entry.key(), password, entry.chain());
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "onewindow-ca", ".tmp");
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
            throw new UncheckedIOException("Cannot write the CA keystore " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the CA keystore " + file, e);
        }
    }
}
