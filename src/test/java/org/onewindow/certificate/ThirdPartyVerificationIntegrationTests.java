package org.onewindow.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.identity.Departments;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A verifier outside the platform checks an issued certificate with nothing but the published
 * department certificate (PEM) and plain BouncyCastle, PDFBox and a JSON library: no OneWindow
 * code takes part in {@link ThirdParty}. OneWindow code only issues the certificate and hands
 * the holder's files over.
 */
@OneWindowIntegrationTest
class ThirdPartyVerificationIntegrationTests {

    @LocalServerPort int port;
    @Autowired CertificateIssuing issuing;
    @Autowired TestStaff staff;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataProtection protection;
    @Autowired Departments departments;

    CertificateFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CertificateFixture(issuing, staff, jdbc, protection);
    }

    @Test
    void checksTheJsonAndThePdfWithOnlyThePublishedDepartmentCertificate() throws Exception {
        UUID department = fixture.department();
        CertificateFixture.Issued issued = fixture.businessLicence(department);
        String code = departments.byId(department).orElseThrow().code();

        String pem = ThirdParty.get("http://localhost:" + port + "/certificates/ca/" + code + ".pem");
        X509Certificate signer = ThirdParty.certificate(pem);
        String rootPem = ThirdParty.get("http://localhost:" + port + "/certificates/ca/root.pem");
        signer.verify(ThirdParty.certificate(rootPem).getPublicKey(), "BC");
        assertThat(signer.getSigAlgName()).isEqualToIgnoringCase("SM3withSM2");

        assertThat(ThirdParty.jsonSignatureValid(issued.json(), signer)).isTrue();
        assertThat(ThirdParty.pdfSignatureValid(issued.pdf(), signer)).isTrue();
    }

    @Test
    void detectsAChangedJsonFieldAndAChangedPdfByte() throws Exception {
        UUID department = fixture.department();
        CertificateFixture.Issued issued = fixture.businessLicence(department);
        String code = departments.byId(department).orElseThrow().code();
        X509Certificate signer = ThirdParty.certificate(
                ThirdParty.get("http://localhost:" + port + "/certificates/ca/" + code + ".pem"));

        String forged = issued.json().replace("壹拾万元整", "壹仟万元整");
        assertThat(forged).isNotEqualTo(issued.json());
        assertThat(ThirdParty.jsonSignatureValid(forged, signer)).isFalse();

        byte[] pdf = issued.pdf().clone();
        pdf[ThirdParty.insideFirstSignedRange(pdf)] ^= 0x20;
        assertThat(ThirdParty.pdfSignatureValid(pdf, signer)).isFalse();
    }

    /** What a third party would write: JDK, BouncyCastle, PDFBox and Jackson, nothing of OneWindow. */
    static final class ThirdParty {

        private static final BouncyCastleProvider BC = new BouncyCastleProvider();

        static {
            if (java.security.Security.getProvider("BC") == null) {
                java.security.Security.addProvider(BC);
            }
        }

        static String get(String url) throws Exception {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }

        static X509Certificate certificate(String pem) throws Exception {
            return (X509Certificate) CertificateFactory.getInstance("X.509", "BC")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        }

        /**
         * Checks {@code signature.value} over the JCS form of the {@code certificate} member. The
         * member holds only strings, nulls and objects, so sorting keys and writing compactly is JCS.
         */
        @SuppressWarnings("unchecked")
        static boolean jsonSignatureValid(String json, X509Certificate signer) throws Exception {
            JsonMapper mapper = JsonMapper.builder().build();
            Map<String, Object> file = mapper.readValue(json, Map.class);
            Map<String, Object> signature = (Map<String, Object>) file.get("signature");
            String canonical = mapper.writeValueAsString(sorted(file.get("certificate")));
            Signature verifier = Signature.getInstance((String) signature.get("algorithm"), "BC");
            verifier.initVerify(signer.getPublicKey());
            verifier.update(canonical.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode((String) signature.get("value")));
        }

        private static Object sorted(Object value) {
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> sorted = new TreeMap<>();
                map.forEach((k, v) -> sorted.put((String) k, sorted(v)));
                return sorted;
            }
            if (value instanceof List<?> list) {
                return list.stream().map(ThirdParty::sorted).toList();
            }
            return value;
        }

        /** Checks the last PDF signature: it covers the whole file and its CMS verifies with the signer. */
        static boolean pdfSignatureValid(byte[] pdf, X509Certificate signer) throws Exception {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDSignature signature = document.getLastSignatureDictionary();
                assertThat(signature.getSubFilter()).isEqualTo("adbe.pkcs7.detached");
                int[] range = signature.getByteRange();
                if (range[0] != 0 || range[2] + range[3] != pdf.length) {
                    return false;
                }
                ContentInfo info;
                try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
                    info = ContentInfo.getInstance(in.readObject());
                }
                CMSSignedData cms = new CMSSignedData(
                        new CMSProcessableByteArray(signature.getSignedContent(pdf)), info);
                SignerInformation signerInfo = cms.getSignerInfos().getSigners().iterator().next();
                try {
                    return signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider("BC").build(signer));
                } catch (CMSSignerDigestMismatchException changed) {
                    return false;
                }
            }
        }

        /**
         * A byte in the first signed range that no parser cares about: the binary comment on the
         * file's second line. Changing it leaves a readable PDF whose digest no longer matches.
         */
        static int insideFirstSignedRange(byte[] pdf) {
            int secondLine = new String(pdf, 0, 64, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
            assertThat(pdf[secondLine]).isEqualTo((byte) '%');
            return secondLine + 2;
        }
    }
}
