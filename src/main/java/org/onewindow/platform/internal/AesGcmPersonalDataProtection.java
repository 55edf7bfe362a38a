package org.onewindow.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.onewindow.platform.AesGcm;
import org.onewindow.platform.KeyPurpose;
import org.onewindow.platform.KeyRing;
import org.onewindow.platform.PersonalDataProtection;
import org.springframework.stereotype.Component;

/** AES-256-GCM with the column as associated data, and HMAC-SHA256 blind indexes. */
@Component
class AesGcmPersonalDataProtection implements PersonalDataProtection {

    private static final String VERSION = "v1:";

    private final AesGcm cipher;
    private final SecretKeySpec indexKey;

    AesGcmPersonalDataProtection(KeyRing keys) {
        this.cipher = new AesGcm(keys.key(KeyPurpose.PERSONAL_DATA));
        this.indexKey = new SecretKeySpec(keys.key(KeyPurpose.BLIND_INDEX), "HmacSHA256");
    }

    @Override
    public String encrypt(String context, String plaintext) {
        return plaintext == null ? null : VERSION + cipher.seal(context, plaintext);
    }

    @Override
    public String decrypt(String context, String ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        if (!ciphertext.startsWith(VERSION)) {
            throw new IllegalArgumentException("Unknown ciphertext version");
        }
        return cipher.open(context, ciphertext.substring(VERSION.length()));
    }

    @Override
    public String blindIndex(String context, String normalisedValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            mac.update(context.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index failed", e);
        }
    }
}
