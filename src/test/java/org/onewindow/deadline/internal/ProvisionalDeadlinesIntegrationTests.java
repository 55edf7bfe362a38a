package org.onewindow.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditQuery;
import org.onewindow.audit.AuditTrail;
import org.onewindow.deadline.Deadline;
import org.onewindow.deadline.DeadlineSubject;
import org.onewindow.deadline.Deadlines;
import org.onewindow.deadline.ProvisionalDeadlines;
import org.onewindow.deadline.TimeLimit;
import org.onewindow.platform.OneWindowProperties;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.WorkingDayCalendar;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A limit that reaches into the first year without a holiday file is provisional, warned about,
 * counted by the gauge, and exact once the file is put into the calendar directory.
 */
@OneWindowIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ProvisionalDeadlinesIntegrationTests {

    @Autowired
    Deadlines deadlines;

    @Autowired
    ProvisionalDeadlines provisional;

    @Autowired
    DeadlineCalendar calendar;

    @Autowired
    DeadlineProperties properties;

    @Autowired
    OneWindowProperties platform;

    @Autowired
    MeterRegistry meters;

    @Autowired
    AuditTrail auditTrail;

    private final DeadlineSubject task = DeadlineSubject.of("test.provisional", UUID.randomUUID().toString());
    private final List<DeadlineSubject> started = new ArrayList<>();
    private int missingYear;
    private Path file;

    @BeforeEach
    void findTheFirstYearWithoutAFile() {
        missingYear = calendar.current().years().last() + 1;
        file = properties.calendarDirectory(platform.dataDir()).resolve("holidays-" + missingYear + ".txt");
    }

    @AfterEach
    void removeTheFileAgain() throws IOException {
        Files.deleteIfExists(file);
        provisional.reloadCalendarAndRecalculate();
        started.forEach(deadlines::cancelIfActive);
    }

    @Test
    void aLimitIntoAYearWithoutAFileIsProvisionalAndNamesTheFile(CapturedOutput output) {
        Deadline deadline = start(task);

        assertThat(deadline.provisional()).isTrue();
        assertThat(deadline.missingCalendarYear()).isEqualTo(missingYear);
        assertThat(deadline.missingCalendarFile()).contains("calendar/holidays-" + missingYear + ".txt");
        assertThat(deadline.dueDate()).isEqualTo(weekdaysOnlyDueDate());
        assertThat(output.getOut()).contains("calendar/holidays-" + missingYear + ".txt")
                .contains("provisional");
        assertThat(provisional.count()).isPositive();
        assertThat(provisional.missingYears()).contains(missingYear);
        assertThat(meters.get(DeadlineMetrics.PROVISIONAL).gauge().value()).isPositive();
    }

    @Test
    void theMissingFileMakesProvisionalLimitsExact() throws IOException {
        LocalDate provisionalDueDate = start(task).dueDate();
        List<String> lines = publishMissingFile();

        int recalculated = provisional.reloadCalendarAndRecalculate();
        Deadline exact = deadlines.find(task).orElseThrow();

        assertThat(recalculated).isPositive();
        assertThat(exact.provisional()).isFalse();
        assertThat(exact.missingCalendarYear()).isNull();
        WorkingDayCalendar oracle = WorkingDayCalendar.of(Map.of(
                missingYear - 1, holidayLines(missingYear - 1),
                missingYear, lines));
        assertThat(exact.dueDate()).isEqualTo(oracle.plusWorkingDays(startDate(), 20)).isAfter(provisionalDueDate);
        assertThat(provisional.missingYears()).doesNotContain(missingYear);
        assertThat(auditTrail.view(Actor.system("deadline-test"), null, AuditQuery.newest()
                        .withEvent(AuditEvent.DEADLINE_RECALCULATED)
                        .withObjectId(task.key()))
                .entries()).hasSize(1);
    }

    /**
     * Completing is one update that leaves the due time as stored; a provisional limit whose year
     * has its file by then (loaded, not yet recalculated) is written with the exact due date.
     */
    @Test
    void completingAProvisionalLimitAfterTheFileArrivedStoresTheExactDueDate() throws IOException {
        LocalDate provisionalDueDate = start(task).dueDate();
        List<String> lines = publishMissingFile();
        calendar.reload();

        Deadline completed = deadlines.completeIfActive(task).orElseThrow();

        WorkingDayCalendar oracle = WorkingDayCalendar.of(Map.of(
                missingYear - 1, holidayLines(missingYear - 1),
                missingYear, lines));
        assertThat(completed.provisional()).isFalse();
        assertThat(completed.dueDate()).isEqualTo(oracle.plusWorkingDays(startDate(), 20)).isAfter(provisionalDueDate);
        assertThat(deadlines.find(task)).contains(completed);
    }

    private Deadline start(DeadlineSubject subject) {
        Instant at = startDate().atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
        Deadline deadline = deadlines.start(subject, TimeLimit.workingDays(20), at);
        started.add(subject);
        return deadline;
    }

    /** Ten days before the year without a file: 20 working days reach well into it. */
    private LocalDate startDate() {
        return LocalDate.of(missingYear - 1, 12, 21);
    }

    private LocalDate weekdaysOnlyDueDate() {
        return new DayCounter(calendar.current(), true).plus(startDate(), 20);
    }

    private static List<String> holidayLines(int year) {
        try (var in = ProvisionalDeadlinesIntegrationTests.class.getClassLoader()
                .getResourceAsStream("calendar/holidays-" + year + ".txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The missing year's holiday file, as it is published: two days off in January. */
    private List<String> publishMissingFile() throws IOException {
        List<String> lines = List.of(missingYear + "-01-01 off 元旦", missingYear + "-01-04 off test holiday");
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
        return lines;
    }
}
