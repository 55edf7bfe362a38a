package org.onewindow.rating.internal;

import java.util.UUID;
import org.onewindow.deadline.DeadlinePassed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Marks a rectification overdue when the deadline module says its limit passed. */
@Component
class OverdueRectifications {

    private final RectificationRecords records;

    OverdueRectifications(RectificationRecords records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(DeadlinePassed event) {
        if (RectificationClock.SUBJECT_TYPE.equals(event.subjectType())) {
            records.markOverdue(UUID.fromString(event.subjectKey()));
        }
    }
}
