package org.onewindow.rating.internal.performance;

import java.util.List;
import java.util.UUID;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.rating.RatingError;
import org.onewindow.rating.RatingException;
import org.springframework.stereotype.Component;

/**
 * Whose figures a staff member may see: their own department's, or, with
 * {@value #SUPERVISE}, those of every department within their region (a city supervisor sees the
 * city's and its districts'). Any other department is not found.
 */
@Component
class PerformanceScope {

    static final String READ = "performance.read";
    static final String SUPERVISE = "performance.supervise";

    private final Departments departments;

    PerformanceScope(Departments departments) {
        this.departments = departments;
    }

    boolean supervises(OneWindowUser user) {
        return user.can(SUPERVISE) && user.scope() != null;
    }

    /** The departments the user may see, in the directory's order. */
    List<Department> visible(OneWindowUser user) {
        if (user.scope() == null) {
            return List.of();
        }
        if (supervises(user)) {
            return departments.all().stream().filter(d -> user.scope().coversRegion(d.region())).toList();
        }
        return departments.byId(user.scope().departmentId()).stream().toList();
    }

    /** The department if the user may see its figures. */
    Department department(OneWindowUser user, UUID id) {
        return visible(user).stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new RatingException(RatingError.PERFORMANCE_DEPARTMENT_NOT_FOUND));
    }
}
