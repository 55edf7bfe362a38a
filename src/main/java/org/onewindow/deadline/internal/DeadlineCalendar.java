package org.onewindow.deadline.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.onewindow.platform.OneWindowProperties;
import org.onewindow.shared.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The working-day calendar the time limits count with, reloadable when a holiday file is added. */
@Component
class DeadlineCalendar {

    private static final Logger log = LoggerFactory.getLogger(DeadlineCalendar.class);
    private static final int HORIZON_DAYS = 90;

    private final Path directory;
    private final Clock clock;
    private final AtomicReference<WorkingDayCalendar> calendar = new AtomicReference<>();

    DeadlineCalendar(DeadlineProperties properties, OneWindowProperties platform, Clock clock) {
        this.directory = properties.calendarDirectory(platform.dataDir());
        this.clock = clock;
        reload();
    }

    WorkingDayCalendar current() {
        return calendar.get();
    }

    /**
     * Loads the holiday files again, and warns when a year that limits started now can reach
     * (the next {@value #HORIZON_DAYS} days, enough for 45 + 15 working days) has no file.
     */
    WorkingDayCalendar reload() {
        WorkingDayCalendar loaded = HolidayFiles.load(directory);
        calendar.set(loaded);
        int horizonYear = Timeline.date(clock.instant()).plusDays(HORIZON_DAYS).getYear();
        if (!loaded.covers(horizonYear)) {
            log.warn("No working-day calendar for {}: time limits reaching into {} are provisional (weekdays only)"
                            + " until {} is added to the classpath or to {}", horizonYear, horizonYear,
                    HolidayFiles.resourceName(horizonYear), directory.toAbsolutePath());
        }
        return loaded;
    }
}
