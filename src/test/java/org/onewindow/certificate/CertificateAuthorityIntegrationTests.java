package org.onewindow.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.UUID;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.Departments;
import org.onewindow.platform.KeyPurpose;
import org.onewindow.platform.KeyRing;
import org.onewindow.platform.OneWindowProperties;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestStaff;
import org.onewindow.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The CA: root at start, department keys on first need, a password-protected keystore, public PEMs. */
@OneWindowIntegrationTest
class CertificateAuthorityIntegrationTests {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    @LocalServerPort int port;
    @Autowired CertificateIssuing issuing;
    @Autowired TestStaff staff;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataProtection protection;
    @Autowired Departments departments;
    @Autowired KeyRing keys;
    @Autowired OneWindowProperties properties;

    @Test
    void aDepartmentGetsItsSigningCertificateWhenItFirstIssuesOneAndItChainsToThePublishedRoot() throws Exception {
        CertificateFixture fixture = new CertificateFixture(issuing, staff, jdbc, protection);
        UUID department = fixture.department();
        String code = departments.byId(department).orElseThrow().code();
        WebClient portal = new WebClient(port);
        assertThat(portal.get("/certificates/ca/" + code + ".pem").status()).isEqualTo(404);

        fixture.businessLicence(department);

        WebClient.Page pem = portal.get("/certificates/ca/" + code + ".pem");
        assertThat(pem.status()).isEqualTo(200);
        assertThat(pem.headers().get("content-type").getFirst()).startsWith("application/x-pem-file");
        X509Certificate departmentCertificate = parse(pem.body());
        X509Certificate root = parse(portal.get("/certificates/ca/root.pem").body());
        departmentCertificate.verify(root.getPublicKey(), BC);
        assertThat(departmentCertificate.getSigAlgOID()).isEqualTo("1.2.156.10197.1.501");
        assertThat(departmentCertificate.getSubjectX500Principal().getName()).contains(code);
        assertThat(departmentCertificate.getKeyUsage()[0]).isTrue();
        assertThat(root.getBasicConstraints()).isZero();
        assertThat(portal.get("/certificates/ca/no-such-department.pem").status()).isEqualTo(404);
        assertThat(portal.get("/certificates/ca/root.txt").status()).isEqualTo(404);
    }

    @Test
    void privateKeysLiveOnlyInThePasswordProtectedKeystore() throws Exception {
        Path file = properties.dataDir().resolve("ca/root-sm2.p12");
        assertThat(file).exists();
        char[] password = Base64.getEncoder().encodeToString(keys.key(KeyPurpose.KEYSTORE_PASSWORD)).toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12", BC);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        assertThat(store.isKeyEntry("root-sm2")).isTrue();
        KeyStore wrong = KeyStore.getInstance("PKCS12", BC);
        assertThatThrownBy(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                wrong.load(in, "not-the-password".toCharArray());
            }
        }).isInstanceOf(Exception.class);
        assertThat(jdbc.sql("select count(*) from certificate.ca_certificate where pem like '%PRIVATE%'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from certificate.ca_certificate where alias = 'root-sm2'")
                .query(Long.class).single()).isOne();
    }

    private static X509Certificate parse(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509", BC)
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }
}
