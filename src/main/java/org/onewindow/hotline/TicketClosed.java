package org.onewindow.hotline;

import java.util.UUID;

/**
 * A ticket was closed (办结); published in the closing transaction. Carries ids and codes only.
 *
 * @param ticketId the ticket's id
 * @param number the ticket number, e.g. {@code 12345-2026-000001}
 * @param departmentId the department that handled it, or {@code null} if none did
 * @param satisfaction the return visit's level 1–5, or {@code null} if there was no visit
 */
public record TicketClosed(UUID ticketId, String number, UUID departmentId, Integer satisfaction) {}
