package org.onewindow.deadline.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.onewindow.deadline.ProvisionalDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Shows operators the provisional limits: the gauge {@code onewindow.deadline.provisional} (alert
 * above 0) and the health component {@code deadlines}, which stays UP (a missing holiday
 * file must not take nodes out of service) but names the files to add.
 */
@Component("deadlinesHealthIndicator")
class DeadlineMetrics implements HealthIndicator {

    static final String PROVISIONAL = "onewindow.deadline.provisional";

    private static final Logger log = LoggerFactory.getLogger(DeadlineMetrics.class);

    private final ProvisionalDeadlines provisional;
    private final DeadlineCalendar calendar;

    DeadlineMetrics(ProvisionalDeadlines provisional, DeadlineCalendar calendar, MeterRegistry registry) {
        this.provisional = provisional;
        this.calendar = calendar;
        Gauge.builder(PROVISIONAL, this, DeadlineMetrics::provisionalCount)
                .description("Active time limits counted without some year's holiday file (weekdays only)")
                .register(registry);
    }

    @Override
    public Health health() {
        long count = provisional.count();
        return Health.up()
                .withDetail("provisional", count)
                .withDetail("missingCalendars", provisional.missingYears().stream()
                        .map(HolidayFiles::resourceName)
                        .toList())
                .withDetail("calendarCoversUntil", calendar.current().years().last())
                .build();
    }

    private double provisionalCount() {
        try {
            return provisional.count();
        } catch (RuntimeException e) {
            log.debug("Provisional time-limit count unavailable", e);
            return Double.NaN;
        }
    }
}
