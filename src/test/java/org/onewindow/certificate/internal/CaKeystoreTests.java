package org.onewindow.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.platform.KeyPurpose;
import org.onewindow.platform.KeyRing;
import org.onewindow.platform.OneWindowProperties;

/** One PKCS#12 file per key: written, read back, only with the password; an old single file is split. */
class CaKeystoreTests {

    static final byte[] SECRET = new byte[32];

    static {
        Arrays.fill(SECRET, (byte) 7);
    }

    static final KeyRing RING = new KeyRing() {
        @Override
        public byte[] key(KeyPurpose purpose) {
            return SECRET.clone();
        }

        @Override
        public Set<KeyPurpose> generatedAtStart() {
            return Set.of();
        }
    };

    @TempDir Path directory;

    @Test
    void eachKeyGoesToItsOwnFileReadableOnlyWithThePassword() throws Exception {
        CaKeystore keystore = keystoreIn(directory);
        CaKeystore.Entry root = newRoot();

        keystore.add("root-sm2", root);

        Path file = directory.resolve("root-sm2.p12");
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        assertThat(keystore.entry("root-sm2")).get()
                .satisfies(e -> assertThat(e.certificate()).isEqualTo(root.certificate()))
                .satisfies(e -> assertThat(e.key().getEncoded()).isEqualTo(root.key().getEncoded()));
        assertThat(keystore.entry("department-1-sm2")).isEmpty();
        assertThatThrownBy(() -> KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER)
                .load(Files.newInputStream(file), "wrong".toCharArray())).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> keystore.entry("../root-sm2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSingleKeystoreFileOfEarlierVersionsIsSplitAtStart() throws Exception {
        CaKeystore.Entry root = newRoot();
        CaKeystore.Entry other = newRoot();
        KeyStore legacy = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
        char[] password = Base64.getEncoder().encodeToString(SECRET).toCharArray();
        legacy.load(null, password);
        legacy.setKeyEntry("root-sm2", root.key(), password, root.chain());
        legacy.setKeyEntry("department-0b6f-sm2", other.key(), password, other.chain());
        try (OutputStream out = Files.newOutputStream(directory.resolve(CaKeystore.LEGACY_FILE))) {
            legacy.store(out, password);
        }

        CaKeystore keystore = keystoreIn(directory);

        assertThat(directory.resolve(CaKeystore.LEGACY_FILE)).doesNotExist();
        assertThat(directory.resolve(CaKeystore.LEGACY_FILE + ".split")).exists();
        assertThat(keystore.entry("root-sm2")).get()
                .satisfies(e -> assertThat(e.certificate()).isEqualTo(root.certificate()));
        assertThat(keystore.entry("department-0b6f-sm2")).get()
                .satisfies(e -> assertThat(e.certificate()).isEqualTo(other.certificate()));
    }

    private static CaKeystore keystoreIn(Path directory) {
        CertificateProperties properties = new CertificateProperties(SigningAlgorithm.SM2, directory.toString(),
                "http://localhost:8080", 60, 20, 10, Path.of("unused.ttc"));
        OneWindowProperties platform = new OneWindowProperties(directory.resolve("unused"), true,
                OneWindowProperties.ZoneSelection.BOTH, 8080, 8081, null);
        return new CaKeystore(properties, platform, RING);
    }

    private static CaKeystore.Entry newRoot() {
        KeyPair keys = SigningAlgorithm.SM2.generateKeyPair();
        Instant now = Instant.parse("2026-11-22T00:00:00Z");
        X509Certificate certificate = X509.selfSignedRoot(keys, SigningAlgorithm.SM2, now, now.plus(365, ChronoUnit.DAYS));
        return new CaKeystore.Entry(keys.getPrivate(), new X509Certificate[] {certificate});
    }
}
