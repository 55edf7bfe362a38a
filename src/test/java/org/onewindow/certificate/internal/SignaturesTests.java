package org.onewindow.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onewindow.identity.Department;
import org.onewindow.identity.DepartmentFunction;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.DivisionCode;

/** Round trips of the CA's certificates, JSON signatures and PDF signatures with both algorithms. */
class SignaturesTests {

    private static final Department DEPARTMENT = new Department(UUID.randomUUID(), "amr", "福州市市场监督管理局",
            "Fuzhou AMR", "市场监管局", CreditCode.withChecksum("11350100MB0000001"), DivisionCode.parse("350100"),
            DepartmentFunction.MARKET_REGULATION);

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void departmentCertificatesChainToTheRoot(SigningAlgorithm algorithm) throws Exception {
        CertificateAuthority.SigningKey key = departmentKey(algorithm);
        key.certificate().verify(key.root().getPublicKey(), BouncyCastle.PROVIDER);
        key.root().verify(key.root().getPublicKey(), BouncyCastle.PROVIDER);
        assertThat(key.root().getBasicConstraints()).isZero();
        assertThat(key.certificate().getBasicConstraints()).isEqualTo(-1);
        assertThat(key.certificate().getSigAlgName()).isEqualToIgnoringCase(algorithm.signatureName());
        assertThat(X509.parse(X509.pem(key.certificate()))).isEqualTo(key.certificate());
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void jsonSignaturesVerifyAndFailOnAnyChange(SigningAlgorithm algorithm) {
        CertificateAuthority.SigningKey key = departmentKey(algorithm);
        byte[] content = "{\"number\":\"BL-2026-000001\"}".getBytes(StandardCharsets.UTF_8);
        String signature = Signatures.sign(algorithm, key.key(), content);
        assertThat(Signatures.verify(algorithm, key.certificate(), content, signature)).isTrue();
        byte[] changed = "{\"number\":\"BL-2026-000002\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(Signatures.verify(algorithm, key.certificate(), changed, signature)).isFalse();
        assertThat(Signatures.verify(algorithm, key.root(), content, signature)).isFalse();
        assertThat(Signatures.verify(algorithm, key.certificate(), content, "not base64!")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void pdfSignaturesCoverTheWholeFileAndDetectChanges(SigningAlgorithm algorithm) throws IOException {
        CertificateAuthority.SigningKey key = departmentKey(algorithm);
        byte[] signed = PdfSignatures.sign(blankPdf(), key,
                new PdfSignatures.SignerInfo("测试部门", "测试", "福州", Instant.now()));

        PdfSignatures.Check check = PdfSignatures.check(signed);
        assertThat(check).isInstanceOf(PdfSignatures.Check.Intact.class);
        assertThat(((PdfSignatures.Check.Intact) check).signer()).isEqualTo(key.certificate());

        byte[] changed = signed.clone();
        changed[40] ^= 0x01;
        assertThat(PdfSignatures.check(changed)).isInstanceOf(PdfSignatures.Check.Broken.class);

        byte[] appended = new byte[signed.length + 2];
        System.arraycopy(signed, 0, appended, 0, signed.length);
        appended[signed.length] = '\n';
        appended[signed.length + 1] = '%';
        assertThat(PdfSignatures.check(appended))
                .isEqualTo(new PdfSignatures.Check.Broken("pdf_changed_after_signing"));

        assertThat(PdfSignatures.check(blankPdf())).isEqualTo(new PdfSignatures.Check.Broken("pdf_unsigned"));
    }

    static CertificateAuthority.SigningKey departmentKey(SigningAlgorithm algorithm) {
        Instant now = Instant.now();
        KeyPair rootKeys = algorithm.generateKeyPair();
        X509Certificate root = X509.selfSignedRoot(rootKeys, algorithm, now, now.plus(Duration.ofDays(365)));
        KeyPair keys = algorithm.generateKeyPair();
        X509Certificate certificate = X509.departmentCertificate(DEPARTMENT, keys, algorithm,
                new CaKeystore.Entry(rootKeys.getPrivate(), new X509Certificate[] {root}), now,
                now.plus(Duration.ofDays(30)));
        return new CertificateAuthority.SigningKey(algorithm, keys.getPrivate(), certificate, root,
                X509.sha256(certificate));
    }

    private static byte[] blankPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
