package org.onewindow.platform;

/** Hands out the platform's secret keys; they never come from the database, the source or the log. */
public interface KeyRing {

    /** The 32-byte key for the purpose. */
    byte[] key(KeyPurpose purpose);
}
