package org.onewindow.hotline.internal;

import java.util.Map;
import java.util.UUID;

/**
 * What a reporter (or an operator for them, or an API client) submits.
 *
 * @param district the district code where the problem is
 * @param attributes answers to the service's extra questions, by attribute code
 * @param reporterId the citizen account, when reported on the portal
 * @param emergencyService 110, 119, 120 or 122 when the operator transfers an emergency, else {@code null}
 * @param apiKeyId the Open311 client's key, else {@code null}
 */
record NewTicket(
        Channel channel,
        String serviceCode,
        String description,
        String address,
        String district,
        Double lat,
        Double lng,
        Map<String, String> attributes,
        UUID reporterId,
        String contactName,
        String contactMobile,
        boolean confidential,
        String emergencyService,
        UUID apiKeyId) {}
