package org.onewindow.casework.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onewindow.casework.ApplicationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns what an officer typed into the inbox's applicant filter into the cases it names: a receipt
 * number, or the exact name of an applicant or of the business applying.
 *
 * <p>The workflow does not know applicants (the case is casework's), so casework answers the
 * question in its own tables and hands the workflow the cases' ids, which are the processes'
 * business keys ({@code InboxQuery.businessKeys}).
 */
@Component
public class InboxApplicants {

    /** At most this many cases of one name; their tasks are the filter's answer. */
    static final int MOST_CASES = 1000;

    private static final List<String> RUNNING = Arrays.stream(ApplicationStatus.values())
            .filter(status -> !status.finished()).map(ApplicationStatus::name).toList();

    private final JdbcClient jdbc;

    InboxApplicants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the running cases the text names (none if it names none), or null for no filter. */
    public Set<String> caseKeys(String applicant) {
        if (applicant == null || applicant.isBlank()) {
            return null;
        }
        return Set.copyOf(jdbc.sql("""
                        select id from casework.application
                        where (receipt_number = :text or applicant_name = :text or business_name = :text)
                          and status in (:running)
                        limit :most""")
                .param("text", applicant.strip())
                .param("running", RUNNING)
                .param("most", MOST_CASES)
                .query(UUID.class)
                .list()
                .stream()
                .map(UUID::toString)
                .toList());
    }
}
