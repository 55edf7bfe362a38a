package org.onewindow.deadline.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The time limits' settings ({@code onewindow.deadline.*}).
 *
 * @param dueSoonThreshold the share of a limit used when it is announced as due soon, between 0 and 1
 * @param calendarDir a directory of further {@code holidays-YYYY.txt} files for years the
 *     classpath lacks; empty means {@code <onewindow.data-dir>/calendar}
 * @param sweeper the sweeper's settings
 */
@ConfigurationProperties("onewindow.deadline")
record DeadlineProperties(
        @DefaultValue("0.8") double dueSoonThreshold,
        @DefaultValue("") String calendarDir,
        @DefaultValue Sweeper sweeper) {

    /** The holiday directory, resolved against the data directory when not set. */
    Path calendarDirectory(Path dataDir) {
        return calendarDir.isBlank() ? dataDir.resolve("calendar") : Path.of(calendarDir);
    }

    /**
     * The sweeper's settings.
     *
     * @param enabled false to run no scheduled sweeps in this process (tests call the sweeper directly)
     * @param interval the rest between two scheduled sweeps
     * @param batchSize how many rows one sweeping transaction takes at most
     */
    record Sweeper(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("30s") Duration interval,
            @DefaultValue("100") int batchSize) {}
}
