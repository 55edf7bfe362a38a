package org.onewindow.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce and associated data that binds a value to its place;
 * the output is Base64 of nonce followed by ciphertext and tag.
 *
 * <p>{@code Cipher.getInstance} costs a provider lookup per call, so idle ciphers are kept in a
 * small lock-free pool and used by one caller at a time (a {@code Cipher} is not thread-safe, and
 * a thread-local would not be reused by virtual threads). Each use initialises the cipher afresh:
 * key, nonce (a new random one for every encryption) and associated data. A cipher whose use threw
 * is dropped rather than pooled.
 */
public final class AesGcm {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Enough for every carrier thread to hold one at once, with room to spare. */
    static final int MAX_IDLE = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());

    private final SecretKeySpec key;
    private final Queue<Cipher> idle = new ConcurrentLinkedQueue<>();
    /** At least the number of ciphers in {@link #idle}: raised before an offer, lowered after a poll. */
    private final AtomicInteger idleCount = new AtomicInteger();

    public AesGcm(byte[] key) {
        this.key = new SecretKeySpec(key, 0, 32, "AES");
    }

    public String seal(String associatedData, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = borrow();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            giveBack(cipher);
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** Opens what {@link #seal} produced with the same associated data; fails loudly if tampered. */
    public String open(String associatedData, String sealed) {
        byte[] in = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = borrow();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] opened = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            giveBack(cipher);
            return new String(opened, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Value could not be decrypted (wrong key or tampered value)", e);
        }
    }

    /** How many ciphers wait in the pool (for tests). */
    int idleCiphers() {
        return idle.size();
    }

    private Cipher borrow() throws GeneralSecurityException {
        Cipher cipher = idle.poll();
        if (cipher == null) {
            return Cipher.getInstance(TRANSFORMATION);
        }
        idleCount.decrementAndGet();
        return cipher;
    }

    /** Pools a cipher whose last use completed; only called on success, so no half-used state is kept. */
    private void giveBack(Cipher cipher) {
        if (idleCount.incrementAndGet() <= MAX_IDLE) {
            idle.offer(cipher);
        } else {
            idleCount.decrementAndGet();
        }
    }
}
