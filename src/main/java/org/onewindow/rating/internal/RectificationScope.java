package org.onewindow.rating.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.rating.RatingError;
import org.onewindow.rating.RatingException;
import org.springframework.stereotype.Component;

/**
 * Whose rectifications a staff member may see: a department's staff their own department's; a
 * supervisor those of every department within their region. Anything else is not found.
 */
@Component
class RectificationScope {

    private final RectificationRecords records;
    private final Departments departments;

    RectificationScope(RectificationRecords records, Departments departments) {
        this.records = records;
        this.departments = departments;
    }

    /** The departments whose work the supervisor oversees. */
    List<UUID> supervised(OneWindowUser supervisor) {
        if (supervisor.scope() == null) {
            return List.of();
        }
        return departments.all().stream()
                .filter(d -> supervisor.scope().coversRegion(d.region()))
                .map(Department::id)
                .toList();
    }

    /** The rectification if it belongs to the staff member's own department. */
    Rectification ofOwnDepartment(OneWindowUser staff, UUID id) {
        return records.byId(id)
                .filter(r -> staff.scope() != null && r.departmentId().equals(staff.scope().departmentId()))
                .orElseThrow(() -> new RatingException(RatingError.RECTIFICATION_NOT_FOUND));
    }

    /** The rectification if its department is within the supervisor's region. */
    Rectification supervised(OneWindowUser supervisor, UUID id) {
        Optional<Rectification> found = records.byId(id);
        return found.filter(r -> supervisor.scope() != null && departments.byId(r.departmentId())
                        .map(d -> supervisor.scope().coversRegion(d.region())).orElse(false))
                .orElseThrow(() -> new RatingException(RatingError.RECTIFICATION_NOT_FOUND));
    }
}
