package org.onewindow.workflow;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A department accepted the case (or it was deemed accepted when the 5 working days ran out).
 *
 * @param promisedBy the date the whole case is promised by (the item's promised limit from
 *     acceptance); null for an item without one, and in events stored before it was carried
 */
public record CaseAccepted(String businessKey, UUID departmentId, boolean deemed, LocalDate promisedBy) {}
