package org.onewindow.shared;

/** Gender as encoded in a resident identity number (odd sequence = male). */
public enum Gender {
    MALE,
    FEMALE
}
