package org.onewindow.certificate.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Locale;

/**
 * The signature algorithms the CA may use: SM2 with SM3 (GB/T 32918, the default) or ECDSA over
 * P-256 with SHA-256 as the international alternative.
 */
enum SigningAlgorithm {
    SM2("sm2p256v1", "SM3withSM2"),
    ECDSA_P256("secp256r1", "SHA256withECDSA");

    private final String curve;
    private final String signatureName;

    SigningAlgorithm(String curve, String signatureName) {
        this.curve = curve;
        this.signatureName = signatureName;
    }

    /** The JCA signature name, e.g. {@code SM3withSM2}; the same for X.509, CMS and the JSON form. */
    String signatureName() {
        return signatureName;
    }

    /** A lower-case tag for keystore aliases, so that switching the algorithm never mixes keys. */
    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate a " + this + " key pair", e);
        }
    }

    /** The algorithm with this JCA signature name, for documents that name theirs. */
    static SigningAlgorithm bySignatureName(String name) {
        for (SigningAlgorithm algorithm : values()) {
            if (algorithm.signatureName.equals(name)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("Unsupported signature algorithm: " + name);
    }
}
