package org.onewindow.hotline.internal;

import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.identity.OneWindowUser;

/** The 12345 centre's staff work on tickets within their region scope; others are not found. */
final class CentreScope {

    private CentreScope() {}

    static void require(OneWindowUser staff, Ticket ticket) {
        if (staff.scope() == null || !staff.scope().coversRegion(ticket.district())) {
            throw new HotlineException(HotlineError.TICKET_NOT_FOUND);
        }
    }

    /** A department sees only what it holds or held; the rest does not exist for it. */
    static void requireDepartment(OneWindowUser officer, Ticket ticket) {
        if (officer.scope() == null || ticket.departmentId() == null
                || !ticket.departmentId().equals(officer.scope().departmentId())) {
            throw new HotlineException(HotlineError.TICKET_NOT_FOUND);
        }
    }
}
