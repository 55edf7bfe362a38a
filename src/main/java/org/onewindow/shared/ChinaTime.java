package org.onewindow.shared;

import java.time.Clock;
import java.time.ZoneId;

/** The time zone in which dates (deadlines, birth dates, holidays) are reckoned. */
public final class ChinaTime {

    /** China Standard Time; servers may run in UTC, deadlines may not. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** The system clock, in China Standard Time. */
    public static Clock clock() {
        return Clock.system(ZONE);
    }
}
