package org.onewindow.catalog;

/** One choice of a choice field: the stored value and the label shown. */
public record Choice(String value, String label) {}
