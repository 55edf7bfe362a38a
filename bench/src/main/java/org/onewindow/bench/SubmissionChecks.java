package org.onewindow.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the database holds about submissions, counted before and after a run, so that the
 * benchmark can show that every submission it counted left its case, audit entries, registry reads,
 * process and inbox message behind, and no event publication incomplete. Completed publications
 * are not counted: the product deletes them ({@code spring.modulith.events.completion-mode:
 * delete}); the inbox message is what the {@code ApplicationSubmitted} listener left.
 */
final class SubmissionChecks {

    private final BenchDatabase database;
    private final String publications;

    SubmissionChecks(BenchDatabase database) throws SQLException {
        this.database = database;
        this.publications = publicationTable(database);
    }

    /** The counts, by name. */
    Map<String, Long> count() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            counts.put("cases", single(statement, "select count(*) from casework.application where item_code = '"
                    + PensionApplication.ITEM + "'"));
            counts.put("submitted audit entries",
                    single(statement, "select count(*) from audit.entry where event = 'APPLICATION_SUBMITTED'"));
            counts.put("upload audit entries",
                    single(statement, "select count(*) from audit.entry where event = 'ATTACHMENT_UPLOADED'"));
            counts.put("attachments", single(statement, "select count(*) from casework.attachment"));
            counts.put("registry reads", single(statement, "select count(*) from registry.access_log"));
            counts.put("processes", single(statement, "select count(*) from workflow.process"));
            counts.put("inbox messages",
                    single(statement, "select count(*) from notification.inbox where ref like 'submitted:%'"));
            counts.put("incomplete publications", incomplete(statement));
        }
        return counts;
    }

    /** Publications of any event whose listeners have not all completed. */
    long incomplete() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            return incomplete(statement);
        }
    }

    private long incomplete(Statement statement) throws SQLException {
        return single(statement, "select count(*) from " + publications + " where completion_date is null");
    }

    /** Where Spring Modulith keeps the event publications (schema-qualified). */
    static String publicationTable(BenchDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select table_schema from information_schema.tables"
                        + " where table_name = 'event_publication' order by table_schema limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("No event_publication table: is the application running?");
            }
            return rs.getString(1) + ".event_publication";
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
