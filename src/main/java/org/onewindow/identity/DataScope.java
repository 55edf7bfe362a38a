package org.onewindow.identity;

import java.io.Serializable;
import java.util.UUID;
import org.onewindow.shared.DivisionCode;

/**
 * What a staff member may see: their department's work, within a region subtree.
 *
 * @param departmentId the staff member's department
 * @param region the root of the region subtree (a city covers its districts)
 */
public record DataScope(UUID departmentId, DivisionCode region) implements Serializable {

    /** Whether something located in the given region falls inside this scope. */
    public boolean coversRegion(DivisionCode location) {
        return location != null && region.contains(location);
    }

    /** Whether work of the given department in the given region falls inside this scope. */
    public boolean covers(UUID department, DivisionCode location) {
        return departmentId.equals(department) && coversRegion(location);
    }
}
