package org.onewindow.hotline.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.onewindow.platform.PersonalDataProtection;
import org.springframework.stereotype.Component;

/**
 * The access code of an anonymous ticket: 10 characters of an alphabet without look-alikes (50
 * random bits), shown once as {@code ABCDE-FGHJK}; only a keyed hash bound to the ticket is kept.
 */
@Component
class AccessCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    static final int LENGTH = 10;

    private final PersonalDataProtection protection;
    private final SecureRandom random = new SecureRandom();

    AccessCodes(PersonalDataProtection protection) {
        this.protection = protection;
    }

    /** A fresh code, grouped for reading aloud: {@code ABCDE-FGHJK}. */
    String issue() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    String hash(UUID ticket, String code) {
        return protection.blindIndex("hotline.access_code:" + ticket, normalised(code));
    }

    /** Whether the typed code is the ticket's; spaces, dashes and case do not matter. */
    boolean matches(UUID ticket, String storedHash, String typed) {
        if (storedHash == null || typed == null || normalised(typed).length() != LENGTH) {
            return false;
        }
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(ticket, typed).getBytes(StandardCharsets.US_ASCII));
    }

    private static String normalised(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
