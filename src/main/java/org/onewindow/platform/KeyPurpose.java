package org.onewindow.platform;

/** What a secret key is for; each purpose has its own key, so one leaked key opens one door. */
public enum KeyPurpose {
    /** AES-256-GCM key for identity numbers, mobile numbers and addresses at rest. */
    PERSONAL_DATA,
    /** HMAC-SHA256 key for the blind indexes that let us look encrypted values up. */
    BLIND_INDEX,
    /** HMAC-SHA256 key that chains the audit log. */
    AUDIT_CHAIN,
    /** AES-256-GCM key for staff TOTP secrets. */
    TOTP,
    /** Password of the certificate authority's keystore. */
    KEYSTORE_PASSWORD;

    /** The environment variable that may carry this key (Base64). */
    public String environmentVariable() {
        return "ONEWINDOW_KEY_" + name();
    }

    /** The property name in the key file. */
    public String fileProperty() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
