package org.onewindow.catalog;

/** The consultation (咨询) and complaint (监督投诉) telephone numbers of an item. */
public record Phones(String consultation, String complaint) {}
