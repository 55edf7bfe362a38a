package org.onewindow.identity;

import org.onewindow.platform.Zone;

/** Citizens act on the portal, staff in the office; never the other way round. */
public enum AccountKind {
    CITIZEN(Zone.PORTAL),
    STAFF(Zone.OFFICE);

    private final Zone zone;

    AccountKind(Zone zone) {
        this.zone = zone;
    }

    public Zone zone() {
        return zone;
    }
}
