package org.onewindow.catalog;

import org.onewindow.identity.DepartmentFunction;

/**
 * A department as the catalogue lists it (实施主体), with its credit code for the guide.
 *
 * <p>The catalogue keeps its own list so that it loads and validates without a database; the
 * codes are the identity module's department codes, which resolve the department at use.
 *
 * @param code the identity module's department code, e.g. {@code amr} or {@code gl.urban}
 * @param name full name
 * @param nameEn English name
 * @param function what it does
 * @param region the division code of its jurisdiction
 * @param creditCode its unified social credit code
 */
public record CatalogDepartment(
        String code, String name, String nameEn, DepartmentFunction function, String region, String creditCode) {}
