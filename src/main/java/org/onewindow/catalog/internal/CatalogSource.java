package org.onewindow.catalog.internal;

/** A catalogue file's name (for messages) and its text. */
public record CatalogSource(String name, String content) {}
