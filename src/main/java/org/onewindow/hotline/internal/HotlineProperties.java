package org.onewindow.hotline.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the hotline ({@code onewindow.hotline.*}): limits of its public pages against
 * anonymous flooding, and photos per ticket.
 *
 * @param anonymousReportsPerIpPerHour reports without an account from one network address
 * @param anonymousReportsPerNumberPerDay reports without an account with one verified mobile number
 * @param verifiedMobileValidity how long a verified number may be used for a report
 * @param followAttemptsPerIpPerHour look-ups of a ticket by number and access code from one address
 * @param maxPhotos photos one ticket may hold (each checked like an application's uploads)
 */
@ConfigurationProperties("onewindow.hotline")
record HotlineProperties(
        @DefaultValue("10") int anonymousReportsPerIpPerHour,
        @DefaultValue("5") int anonymousReportsPerNumberPerDay,
        @DefaultValue("30m") Duration verifiedMobileValidity,
        @DefaultValue("30") int followAttemptsPerIpPerHour,
        @DefaultValue("9") int maxPhotos) {}
