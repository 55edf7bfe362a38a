package org.onewindow.hotline.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.hotline.TicketState;

/**
 * A ticket as a page shows it; the reporter is whatever the viewer may see of them.
 *
 * @param reporter the reporter as the viewer may see them (masked), or {@code null} when withheld
 * @param signDue when the department must sign for it, formatted, or {@code null}
 * @param replyDue when the department must reply, formatted, or {@code null}
 * @param photos the ticket's photos (full views only)
 */
record TicketView(
        UUID id,
        String number,
        int version,
        String channel,
        String serviceCode,
        String serviceName,
        String categoryKey,
        TicketState state,
        String districtName,
        String address,
        String description,
        Map<String, String> attributes,
        String createdAt,
        String departmentName,
        UUID departmentId,
        String reply,
        Integer satisfaction,
        Boolean solved,
        boolean confidential,
        String emergencyService,
        boolean overdue,
        String signDue,
        String replyDue,
        String mainNumber,
        String reporter,
        List<TicketHistory.Step> timeline,
        List<TicketPhotos.Photo> photos) {}
