package org.onewindow.registry;

/** Marital status as the population registry records it (婚姻状况). */
public enum MaritalStatus {
    UNMARRIED,
    MARRIED,
    DIVORCED,
    WIDOWED,
    /** Not on record. */
    UNKNOWN
}
