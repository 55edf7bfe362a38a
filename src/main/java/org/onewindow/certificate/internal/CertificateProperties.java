package org.onewindow.certificate.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the certificate module ({@code onewindow.certificates.*}).
 *
 * @param algorithm SM2 (SM3withSM2, default) or ECDSA_P256 (SHA256withECDSA)
 * @param keystore the directory of the CA's key files (one PKCS#12 file per key); empty means
 *     {@code <data dir>/ca}
 * @param portalUrl the public portal's address as printed in QR codes, without a trailing slash
 * @param verificationsPerIpPerMinute how many verifications one address may ask for per minute
 * @param rootValidityYears how long the platform root certificate is valid
 * @param departmentValidityYears how long a department's signing certificate is valid
 * @param font the TrueType collection with the Chinese font for the PDF
 */
@ConfigurationProperties("onewindow.certificates")
record CertificateProperties(
        @DefaultValue("SM2") SigningAlgorithm algorithm,
        @DefaultValue("") String keystore,
        @DefaultValue("http://localhost:8080") String portalUrl,
        @DefaultValue("60") int verificationsPerIpPerMinute,
        @DefaultValue("20") int rootValidityYears,
        @DefaultValue("10") int departmentValidityYears,
        @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") Path font) {

    CertificateProperties {
        portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    /** The directory of the CA's key files: the configured one or the default under the data directory. */
    Path keystoreDirectory(Path dataDir) {
        return keystore.isBlank() ? dataDir.resolve("ca") : Path.of(keystore);
    }
}
