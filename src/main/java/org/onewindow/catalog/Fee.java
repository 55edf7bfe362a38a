package org.onewindow.catalog;

/** A fee charged for an item, with the document that allows it; an item without fees is free. */
public record Fee(String name, String amount, String basis) {}
