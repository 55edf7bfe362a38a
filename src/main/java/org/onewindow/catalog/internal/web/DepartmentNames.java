package org.onewindow.catalog.internal.web;

import java.util.List;
import java.util.stream.Collectors;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.CatalogDepartment;
import org.onewindow.catalog.DepartmentRef;
import org.springframework.stereotype.Component;

/** Names the departments a reference stands for, for the guide pages. */
@Component
public final class DepartmentNames {

    private final Catalog catalog;

    DepartmentNames(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The departments a reference stands for; for a function, the city's and every district's. */
    public List<CatalogDepartment> of(DepartmentRef ref) {
        return catalog.departments(ref);
    }

    /** Their names, joined with 、. */
    public String names(DepartmentRef ref) {
        return of(ref).stream().map(CatalogDepartment::name).collect(Collectors.joining("、"));
    }
}
