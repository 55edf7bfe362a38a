package org.onewindow.workflow.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.onewindow.deadline.ProvisionalDeadlines;
import org.onewindow.shared.WorkingDayCalendar;
import org.springframework.core.io.ClassPathResource;

/** What the workflow's due-date tests read from the classpath: migrations' data statements, holiday files. */
final class DueDateFixtures {

    private DueDateFixtures() {}

    /** A workflow migration's data statements (its {@code UPDATE}s; its schema changes are applied already). */
    static List<String> migrationDataStatements(String migration) throws IOException {
        String script = new ClassPathResource("db/migration/workflow/" + migration)
                .getContentAsString(StandardCharsets.UTF_8);
        return Arrays.stream(script.split(";\\s*\\n"))
                .map(statement -> statement.lines().filter(line -> !line.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b).strip())
                .filter(statement -> statement.startsWith("UPDATE"))
                .toList();
    }

    /** Writes a year's holiday file into the data directory's calendar, as an operator adds one; returns it. */
    static Path installHolidayFile(Path dataDir, int year, List<String> lines) throws IOException {
        Path file = dataDir.resolve("calendar").resolve("holidays-" + year + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
        return file;
    }

    /** Takes away a holiday file a test installed (if any) and counts the provisional dates again without it. */
    static void removeHolidayFile(Path file, ProvisionalDeadlines provisional) throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
            provisional.reloadCalendarAndRecalculate();
        }
    }

    /** The calendar to check against: the shipped file of the year before {@code year}, and {@code lines} for it. */
    static WorkingDayCalendar calendarWith(int year, List<String> lines) throws IOException {
        return WorkingDayCalendar.of(Map.of(year - 1, holidayLines(year - 1), year, lines));
    }

    /** The lines of a year's holiday file shipped with the product. */
    static List<String> holidayLines(int year) throws IOException {
        return new ClassPathResource("calendar/holidays-" + year + ".txt").getContentAsString(StandardCharsets.UTF_8)
                .lines().toList();
    }
}
