package org.onewindow.catalog;

import java.util.Locale;

/** The types of form field and the value each expects. */
public enum FieldType {
    /** One line of text. */
    TEXT,
    /** Several lines of text. */
    TEXTAREA,
    /** A decimal number (a String or a Number). */
    NUMBER,
    /** An ISO date, {@code 2026-05-01}. */
    DATE,
    /** One of the choices. */
    CHOICE,
    /** Any of the choices: a list of choice values. */
    MULTI_CHOICE,
    /** A resident identity number (GB 11643). */
    ID_NUMBER,
    /** A unified social credit code (GB 32100). */
    CREDIT_CODE,
    /** A mainland mobile number. */
    MOBILE,
    /** A map with {@code division} (GB/T 2260 code) and {@code detail} (street address). */
    ADDRESS,
    /** A repeating group (table): a list of rows, each a map of the child fields. */
    GROUP,
    /** Uploaded files for one material: a list of attachment ids. */
    ATTACHMENT;

    /** The code used in YAML: {@code text}, {@code multi_choice} ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
