package org.onewindow.catalog.internal;

import java.util.List;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogDepartment;
import org.onewindow.catalog.LifeEvent;
import org.onewindow.catalog.ServiceItem;

/** Everything the catalogue files say, validated and cross-checked. */
record CatalogData(
        String edition,
        List<CatalogDepartment> departments,
        List<LifeEvent> lifeEvents,
        List<ServiceItem> items,
        List<Bundle> bundles,
        List<SynonymRule> synonyms) {}
