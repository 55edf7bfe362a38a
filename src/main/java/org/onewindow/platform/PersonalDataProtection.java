package org.onewindow.platform;

/**
 * Encrypts personal data at rest (AES-256-GCM) and computes keyed blind indexes (HMAC-SHA256)
 * so that encrypted values can still be found by exact match.
 */
public interface PersonalDataProtection {

    /**
     * Encrypts a value for one column; the context (e.g. {@code registry.person.id_number}) is
     * bound into the ciphertext so that it cannot be moved to another column.
     */
    String encrypt(String context, String plaintext);

    /** Decrypts what {@link #encrypt} produced for the same context; fails loudly if tampered. */
    String decrypt(String context, String ciphertext);

    /** The blind index of an already normalised value, for lookups by exact match. */
    String blindIndex(String context, String normalisedValue);
}
