package org.onewindow.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.ChinaTime;

class Open311DateTests {

    @Test
    void writesWhatTheIsoFormatterWritesInChinaTimeToTheSecond() {
        for (String text : new String[] {"2026-11-22T02:52:53.123456Z", "2026-01-01T00:00:00Z", "2025-12-31T16:00:00Z",
            "1990-07-01T12:00:00Z", "2030-02-28T23:59:59.999Z"}) {
            Instant instant = Instant.parse(text);
            String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    instant.atZone(ChinaTime.ZONE).toOffsetDateTime().withNano(0));
            assertThat(Open311Requests.format(instant)).as(text).isEqualTo(iso);
        }
        assertThat(Open311Requests.format(Instant.parse("2026-11-22T02:52:53Z"))).isEqualTo("2026-11-22T10:52:53+08:00");
    }
}
