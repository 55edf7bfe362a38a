package org.onewindow.catalog;

import org.onewindow.identity.DepartmentFunction;

/**
 * A department named by its code ({@code amr}) or by its function, resolved to the applicant's
 * district ({@code URBAN_MANAGEMENT}); exactly one of the two is set.
 */
public record DepartmentRef(String code, DepartmentFunction function) {

    public DepartmentRef {
        if ((code == null) == (function == null)) {
            throw new IllegalArgumentException("name a department either by code or by function");
        }
    }

    public static DepartmentRef ofCode(String code) {
        return new DepartmentRef(code, null);
    }

    public static DepartmentRef ofFunction(DepartmentFunction function) {
        return new DepartmentRef(null, function);
    }

    public boolean byFunction() {
        return function != null;
    }
}
