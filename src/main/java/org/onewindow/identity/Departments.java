package org.onewindow.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.shared.DivisionCode;

/** Reads departments and regions, and routes work to a department by function and place. */
public interface Departments {

    Optional<Department> byId(UUID id);

    Optional<Department> byCode(String code);

    List<Department> all();

    /**
     * The department with the function nearest to the place: a district bureau when the district
     * has one, else the city's (jurisdiction routing).
     */
    Optional<Department> responsibleFor(DepartmentFunction function, DivisionCode place);

    Optional<Region> region(DivisionCode code);

    /** Every region on record, province first, then by code. */
    List<Region> regions();
}
