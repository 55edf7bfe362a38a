package org.onewindow.catalog.internal;

import java.util.List;

/**
 * A search synonym rule: a query containing any of the terms also searches for the expansions.
 *
 * @param terms what people type, e.g. 开饭店
 * @param expansions what the catalogue calls it, e.g. 企业设立登记 and 食品经营许可
 */
record SynonymRule(List<String> terms, List<String> expansions) {}
