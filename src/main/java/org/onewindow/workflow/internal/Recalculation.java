package org.onewindow.workflow.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the workflow's due dates counted without a year's holiday file are recalculated once it
 * arrives (task due dates, acceptance limits, case promises alike): each in a transaction of its own,
 * written only if its data did not change meanwhile, audited as {@code DEADLINE_RECALCULATED} when
 * its date moves.
 */
final class Recalculation {

    private static final Logger log = LoggerFactory.getLogger(Recalculation.class);

    /**
     * A due date written again.
     *
     * @param objectType the audit log's object type of the due date
     * @param objectKey its key (a task id, a business key)
     * @param was the due date before
     * @param now the due date now
     * @param missingYear the year whose file arrived
     */
    record Written(String objectType, String objectKey, LocalDate was, LocalDate now, int missingYear) {}

    private Recalculation() {}

    /**
     * Recalculates each course with {@code write}, which returns the due date written, or
     * {@code null} if the course had changed meanwhile (nothing written); returns how many were written.
     */
    static <C> int each(TransactionTemplate transactions, AuditLog audit, List<C> courses, Function<C, Written> write) {
        int recalculated = 0;
        for (C course : courses) {
            Written written = transactions.execute(status -> {
                Written w = write.apply(course);
                if (w != null && !Objects.equals(w.was(), w.now())) {
                    audit.record(AuditRecord.of(AuditEvent.DEADLINE_RECALCULATED, TaskClock.RECALCULATION,
                                    AuditResult.SUCCESS)
                            .withObject(w.objectType(), w.objectKey())
                            .withDetail("due_date=" + w.was() + " now_due_date=" + w.now() + " calendar_year="
                                    + w.missingYear()));
                }
                return w;
            });
            if (written != null) {
                log.info("Due date of {} {} recalculated: {} (was {})", written.objectType(), written.objectKey(),
                        written.now(), written.was());
                recalculated++;
            }
        }
        return recalculated;
    }
}
