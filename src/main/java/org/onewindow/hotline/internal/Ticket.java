package org.onewindow.hotline.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.onewindow.hotline.TicketState;
import org.onewindow.shared.DivisionCode;

/**
 * One ticket as stored; the reporter's contact stays encrypted here and is read through
 * {@link Contacts}.
 *
 * @param mainTicketId for a merged duplicate, the ticket it follows
 * @param emergencyService for an emergency, the number it was transferred to (110, 119, 120, 122)
 * @param mediaUrl an Open311 client's link to its own copy of the media, or {@code null}
 */
record Ticket(
        UUID id,
        String number,
        Channel channel,
        String serviceCode,
        String description,
        String address,
        DivisionCode district,
        Double lat,
        Double lng,
        Map<String, String> attributes,
        UUID reporterId,
        String contactNameEnc,
        String contactMobileEnc,
        boolean confidential,
        String emergencyService,
        TicketState state,
        UUID departmentId,
        UUID mainTicketId,
        String reply,
        Integer satisfaction,
        Boolean solved,
        boolean overdue,
        UUID apiKeyId,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt,
        int version,
        String mediaUrl) {

    Ticket moved(TicketState next, Instant at) {
        return new Ticket(id, number, channel, serviceCode, description, address, district, lat, lng, attributes,
                reporterId, contactNameEnc, contactMobileEnc, confidential, emergencyService, next, departmentId,
                mainTicketId, reply, satisfaction, solved, overdue, apiKeyId, createdAt, at,
                next.isOpen() ? null : at, version, mediaUrl);
    }

    Ticket withDepartment(UUID department) {
        return new Ticket(id, number, channel, serviceCode, description, address, district, lat, lng, attributes,
                reporterId, contactNameEnc, contactMobileEnc, confidential, emergencyService, state, department,
                mainTicketId, reply, satisfaction, solved, overdue, apiKeyId, createdAt, updatedAt, closedAt, version, mediaUrl);
    }

    Ticket withReply(String text) {
        return new Ticket(id, number, channel, serviceCode, description, address, district, lat, lng, attributes,
                reporterId, contactNameEnc, contactMobileEnc, confidential, emergencyService, state, departmentId,
                mainTicketId, text, satisfaction, solved, overdue, apiKeyId, createdAt, updatedAt, closedAt, version, mediaUrl);
    }

    Ticket withVisit(int level, boolean isSolved) {
        return new Ticket(id, number, channel, serviceCode, description, address, district, lat, lng, attributes,
                reporterId, contactNameEnc, contactMobileEnc, confidential, emergencyService, state, departmentId,
                mainTicketId, reply, level, isSolved, overdue, apiKeyId, createdAt, updatedAt, closedAt, version, mediaUrl);
    }

    Ticket following(UUID main) {
        return new Ticket(id, number, channel, serviceCode, description, address, district, lat, lng, attributes,
                reporterId, contactNameEnc, contactMobileEnc, confidential, emergencyService, state, departmentId,
                main, reply, satisfaction, solved, overdue, apiKeyId, createdAt, updatedAt, closedAt, version, mediaUrl);
    }

    /** Back on time after a reopening: the overdue mark belongs to the earlier round. */
    Ticket onTime() {
        return new Ticket(id, number, channel, serviceCode, description, address, district, lat, lng, attributes,
                reporterId, contactNameEnc, contactMobileEnc, confidential, emergencyService, state, departmentId,
                mainTicketId, reply, satisfaction, solved, false, apiKeyId, createdAt, updatedAt, closedAt, version, mediaUrl);
    }

    boolean hasContactMobile() {
        return contactMobileEnc != null;
    }
}
