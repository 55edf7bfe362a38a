package org.onewindow.platform;

/** Hands out the platform's secret keys; they never come from the database, the source or the log. */
public interface KeyRing {

    /** The 32-byte key for the purpose. */
    byte[] key(KeyPurpose purpose);

    /** The keys this process generated at start-up because none existed (demo mode), for the audit log. */
    java.util.Set<KeyPurpose> generatedAtStart();
}
