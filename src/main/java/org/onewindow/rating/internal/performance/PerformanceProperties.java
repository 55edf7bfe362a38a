package org.onewindow.rating.internal.performance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the performance pages ({@code onewindow.rating.performance.*}).
 *
 * @param publicMonths how many complete months the public page shows
 * @param publicCache how long the public page's figures of a month are kept before they are
 *     counted again (the page needs no login, so it must not query the database on every request)
 */
@ConfigurationProperties("onewindow.rating.performance")
record PerformanceProperties(@DefaultValue("6") int publicMonths, @DefaultValue("PT15M") Duration publicCache) {

    PerformanceProperties {
        if (publicMonths < 1 || publicMonths > 24) {
            throw new IllegalArgumentException("onewindow.rating.performance.public-months must be 1 to 24");
        }
        if (publicCache.isNegative()) {
            throw new IllegalArgumentException("onewindow.rating.performance.public-cache must not be negative");
        }
    }
}
