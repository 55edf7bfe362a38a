package org.onewindow.catalog.internal;

import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.CatalogDepartment;
import org.onewindow.identity.Departments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the catalogue names a department the identity module does not know.
 *
 * <p>Departments live in the database, which may be empty (a fresh install before its directory is
 * loaded, or tests), so this warns instead of failing; routing resolves departments at use.
 */
@Component
@Order(300)
class DepartmentCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DepartmentCheck.class);

    private final Catalog catalog;
    private final Departments departments;

    DepartmentCheck(Catalog catalog, Departments departments) {
        this.catalog = catalog;
        this.departments = departments;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (departments.all().isEmpty()) {
            log.info("No departments in the directory yet: catalogue departments are checked at use");
            return;
        }
        for (CatalogDepartment department : catalog.departments()) {
            departments.byCode(department.code()).ifPresentOrElse(
                    known -> {
                        if (!known.creditCode().value().equals(department.creditCode())) {
                            log.warn("Catalogue department {} has credit code {}, the directory {}",
                                    department.code(), department.creditCode(), known.creditCode().value());
                        }
                    },
                    () -> log.warn("Catalogue department {} ({}) is not in the department directory",
                            department.code(), department.name()));
        }
    }
}
