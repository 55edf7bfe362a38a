package org.onewindow.catalog;

/**
 * A moment in a person's or a business's life (出生, 就业, 开办企业 ...) that services are found by.
 *
 * @param code stable code, e.g. {@code birth}
 * @param name Chinese name
 * @param nameEn English name
 * @param audience who lives it
 * @param description one or two sentences for the event's page
 */
public record LifeEvent(String code, String name, String nameEn, Audience audience, String description) {}
