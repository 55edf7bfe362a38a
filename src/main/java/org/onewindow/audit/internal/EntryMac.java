package org.onewindow.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Computes and checks the row MACs and chain hashes (HMAC-SHA256 with the audit chain key). */
final class EntryMac {

    /** The "previous hash" of the first chained entry. */
    static final String GENESIS = "0".repeat(64);

    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    /**
     * Initialised once with the key and never used itself: each MAC is computed on a copy, which costs
     * a fraction of looking up the algorithm's provider and initialising a new one (two thirds of the
     * time a row MAC took in a flight recording of the workflow benchmark).
     */
    private final Mac initialised;

    EntryMac(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The audit chain key must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.initialised = newMac();
    }

    /** The MAC over every field of the entry except the MAC and the chain columns. */
    String rowMac(StoredEntry entry) {
        return HEX.formatHex(mac(CanonicalEncoding.entry(entry)));
    }

    boolean rowMacValid(StoredEntry entry) {
        return sameText(rowMac(entry), entry.rowMac());
    }

    /** HMAC(key, previous hash ‖ row MAC ‖ chain position). */
    String chainHash(String previousHash, String rowMac, long chainSeq) {
        return HEX.formatHex(mac(CanonicalEncoding.link(previousHash, rowMac, chainSeq)));
    }

    /** Compares in time independent of where the texts differ. */
    static boolean sameText(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mac(byte[] message) {
        Mac mac;
        try {
            mac = (Mac) initialised.clone();
        } catch (CloneNotSupportedException e) {
            mac = newMac();
        }
        return mac.doFinal(message);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
