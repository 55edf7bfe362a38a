package org.onewindow.workflow.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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

    /** The lines of a year's holiday file shipped with the product. */
    static List<String> holidayLines(int year) throws IOException {
        return new ClassPathResource("calendar/holidays-" + year + ".txt").getContentAsString(StandardCharsets.UTF_8)
                .lines().toList();
    }
}
