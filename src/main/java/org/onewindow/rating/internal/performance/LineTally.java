package org.onewindow.rating.internal.performance;

import org.onewindow.deadline.LimitUnit;
import org.onewindow.workflow.CasePromise;
import org.onewindow.rating.SatisfactionFigures;

/** The case counts of one performance line while they are added up, case by case. */
final class LineTally {

    long received;
    long closed;
    long overdueNow;
    long timed;
    long onTime;
    long extended;
    long workingDayCases;
    long workingDaysUsed;
    long workingDaysPromised;
    long calendarDayCases;
    long calendarDaysUsed;
    long calendarDaysPromised;

    /** Counts a closed case with its finished promised limit. */
    void timed(CasePromise limit) {
        timed++;
        if (!limit.overdue()) {
            onTime++;
        }
        if (limit.extended()) {
            extended++;
        }
        int used = limit.daysUsed();
        if (limit.limit().unit() == LimitUnit.WORKING_DAYS) {
            workingDayCases++;
            workingDaysUsed += used;
            workingDaysPromised += limit.limit().amount();
        } else if (limit.limit().unit() == LimitUnit.CALENDAR_DAYS) {
            calendarDayCases++;
            calendarDaysUsed += used;
            calendarDaysPromised += limit.limit().amount();
        }
    }

    PerformanceLine line(String key, String name, String nameEn, SatisfactionFigures satisfaction) {
        return new PerformanceLine(key, name, nameEn, received, closed,
                new PerformanceLine.Timing(timed, onTime, extended, workingDayCases, workingDaysUsed,
                        workingDaysPromised, calendarDayCases, calendarDaysUsed, calendarDaysPromised),
                overdueNow, satisfaction);
    }
}
