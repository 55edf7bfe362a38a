package org.onewindow.registry;

/** Why a registry is read; every read names one, and the data subject sees it. */
public enum ReadPurpose {
    /** Checking that a name and identity number match before an account is opened. */
    IDENTITY_PROOFING,
    /** Checking that a citizen is the legal representative of a business on record. */
    BUSINESS_ACCOUNT_OPENING,
    /** Checking an agent a business delegates. */
    AGENT_DELEGATION,
    /** Showing a citizen their own record. */
    SELF_SERVICE,
    /** Filling an application form with what the government already knows (once-only). */
    APPLICATION_PREFILL,
    /** A department reviewing a case. */
    CASE_REVIEW,
    /** A window clerk serving the person at the counter. */
    COUNTER_SERVICE
}
