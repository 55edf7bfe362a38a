package org.onewindow.hotline;

import java.time.Instant;
import java.util.UUID;

/**
 * The centre called the reporter back (回访) and recorded their satisfaction; published in the
 * visit's transaction, once per visit (a reopened ticket is visited, and published, again).
 * Carries ids and codes only: the {@code rating} module records the satisfaction from it.
 *
 * @param visitId this visit, unique, so that a listener can record it once
 * @param ticketId the ticket
 * @param number the ticket number, e.g. {@code 12345-2026-000001}
 * @param serviceCode the ticket's service (category) code
 * @param departmentId the department that handled it and replied
 * @param reporterId the reporter's portal account, or {@code null} for a phone or anonymous report
 * @param level the satisfaction on the five levels, 5 非常满意 … 1 非常不满意
 * @param solved whether the reporter says it is solved; not solved reopens the ticket
 * @param occurredAt when the visit was recorded
 */
public record ReturnVisitRecorded(
        UUID visitId,
        UUID ticketId,
        String number,
        String serviceCode,
        UUID departmentId,
        UUID reporterId,
        int level,
        boolean solved,
        Instant occurredAt) {}
