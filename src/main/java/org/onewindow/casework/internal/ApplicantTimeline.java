package org.onewindow.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onewindow.casework.internal.CaseRecords.TimelineEntry;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.workflow.HistoryView;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.Workflows;
import org.springframework.stereotype.Component;

/**
 * The timeline the applicant sees (the portal's case page and the applications API): the lines
 * casework records from the workflow's events, with the departments' reviews read from the
 * workflow's history, where the engine has written them already — casework writes no second copy
 * (issue #4: a joint case's three reviews would be three more rows and index entries per case).
 *
 * <p>A review is a department's approval or rejection ({@code APPROVE}/{@code REJECT}) at a step
 * that is not the decision (the decision has its own line, {@code DECIDED_*}, with its reason). It
 * reads as {@code REVIEWED_APPROVED}/{@code REVIEWED_REJECTED}, by the department's name, without
 * the officer's name or opinion. The two lists are merged in time order, each keeping its own
 * order; at equal times casework's line comes first.
 */
@Component
class ApplicantTimeline {

    private final CaseRecords cases;
    private final Workflows workflows;
    private final Departments departments;

    ApplicantTimeline(CaseRecords cases, Workflows workflows, Departments departments) {
        this.cases = cases;
        this.workflows = workflows;
        this.departments = departments;
    }

    /** The case's timeline, oldest first (the case being the caller's to show, checked before). */
    List<TimelineEntry> of(UUID caseId) {
        List<TimelineEntry> recorded = cases.recordedTimeline(caseId);
        List<TimelineEntry> reviews = workflows.history(caseId.toString()).stream()
                .filter(ApplicantTimeline::isReview)
                .map(line -> new TimelineEntry(line.at(),
                        line.action().equals("APPROVE") ? "REVIEWED_APPROVED" : "REVIEWED_REJECTED",
                        line.departmentId() == null
                                ? null
                                : departments.byId(line.departmentId()).map(Department::name).orElse(null),
                        null))
                .toList();
        return merged(recorded, reviews);
    }

    /** A department's approval or rejection at a step other than the decision. */
    static boolean isReview(HistoryView line) {
        return line.kind() != null && line.kind() != NodeKind.DECIDE
                && (line.action().equals("APPROVE") || line.action().equals("REJECT"));
    }

    /** Both lists, each in its own order, merged by time; at equal times {@code first}'s line comes first. */
    static List<TimelineEntry> merged(List<TimelineEntry> first, List<TimelineEntry> second) {
        if (second.isEmpty()) {
            return first;
        }
        List<TimelineEntry> all = new ArrayList<>(first.size() + second.size());
        int i = 0;
        int j = 0;
        while (i < first.size() || j < second.size()) {
            if (j == second.size()
                    || (i < first.size() && !first.get(i).at().isAfter(second.get(j).at()))) {
                all.add(first.get(i++));
            } else {
                all.add(second.get(j++));
            }
        }
        return List.copyOf(all);
    }
}
