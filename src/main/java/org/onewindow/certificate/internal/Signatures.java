package org.onewindow.certificate.internal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * Plain signatures over the canonical JSON form. With SM2 the signer's identity is BouncyCastle's
 * default user id {@code 1234567812345678} (GB/T 35276), which every SM2 verifier assumes unless told otherwise.
 */
final class Signatures {

    private Signatures() {}

    /** The DER-encoded signature, Base64. */
    static String sign(SigningAlgorithm algorithm, PrivateKey key, byte[] content) {
        try {
            Signature signature = Signature.getInstance(algorithm.signatureName(), BouncyCastle.PROVIDER);
            signature.initSign(key);
            signature.update(content);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + algorithm, e);
        }
    }

    /** Whether the Base64 signature is the certificate's key's over the content; false for any malformed input. */
    static boolean verify(SigningAlgorithm algorithm, X509Certificate certificate, byte[] content, String base64) {
        try {
            Signature signature = Signature.getInstance(algorithm.signatureName(), BouncyCastle.PROVIDER);
            signature.initVerify(certificate.getPublicKey());
            signature.update(content);
            return signature.verify(Base64.getDecoder().decode(base64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
