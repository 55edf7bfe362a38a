package org.onewindow.casework.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onewindow.casework.ApplicationStatus;
import org.onewindow.identity.Departments;
import org.onewindow.workflow.CaseAccepted;
import org.onewindow.workflow.CaseDecided;
import org.onewindow.workflow.CaseExtended;
import org.onewindow.workflow.CaseNotAccepted;
import org.onewindow.workflow.CaseResumed;
import org.onewindow.workflow.CaseSuspended;
import org.onewindow.workflow.CorrectionRequested;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the workflow: each event moves the case's status and adds a line to its timeline, once
 * (an event seen again finds its line already there and changes nothing) — except a department's
 * review, whose line the applicant's timeline reads from the workflow's history
 * ({@link ApplicantTimeline}).
 *
 * <p>The listeners run synchronously, inside the workflow action's own transaction: the case's
 * status commits together with the task that moved it, or not at all, and an action on a case
 * whose record cannot follow fails as a whole. (Notifications, certificates and ratings react
 * durably, after the commit, through the event publication registry; the case's own state needs
 * no second transaction, and none of the three publication writes that one would cost.) A status
 * still only moves forward, so that an event published twice or out of order (a deemed acceptance
 * racing an officer's) cannot move a case back: acceptance, refusal to accept and a correction
 * request apply only before acceptance, the decision to any case not yet finished, and nothing
 * moves a finished case.
 */
@Component
class ProcessEvents {

    private static final Set<ApplicationStatus> BEFORE_ACCEPTANCE =
            Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.CORRECTION_REQUESTED);
    private static final Set<ApplicationStatus> NOT_FINISHED = Arrays.stream(ApplicationStatus.values())
            .filter(status -> !status.finished())
            .collect(Collectors.toUnmodifiableSet());

    private final CaseRecords cases;
    private final Departments departments;
    private final Clock clock;

    ProcessEvents(CaseRecords cases, Departments departments, Clock clock) {
        this.cases = cases;
        this.departments = departments;
        this.clock = clock;
    }

    @EventListener
    void on(CaseAccepted event) {
        record(event.businessKey(), "accepted", BEFORE_ACCEPTANCE, ApplicationStatus.ACCEPTED, "ACCEPTED",
                departmentName(event.departmentId()),
                event.deemed() ? "受理期限届满未作决定，依法视为受理" : null);
    }

    @EventListener
    void on(CaseNotAccepted event) {
        record(event.businessKey(), "not-accepted", BEFORE_ACCEPTANCE, ApplicationStatus.NOT_ACCEPTED, "NOT_ACCEPTED",
                null, event.reason());
    }

    @EventListener
    void on(CorrectionRequested event) {
        record(event.businessKey(), "correction", Set.of(ApplicationStatus.SUBMITTED),
                ApplicationStatus.CORRECTION_REQUESTED, "CORRECTION_REQUESTED", null,
                String.join("；", event.missing()));
    }

    /**
     * A department's review moves an accepted case under review: the first review of a step, since
     * the case is under review once it has moved (the parallel step's later branches would change
     * nothing). Its line on the applicant's timeline is the workflow's own history line, read with
     * the timeline ({@link ApplicantTimeline}): no second copy here. A decision has its own line
     * (CaseDecided), with its reason.
     */
    @EventListener
    void on(TaskCompleted event) {
        if (event.kind() != NodeKind.DECIDE && event.firstOfStep()
                && (event.outcome().equals("APPROVED") || event.outcome().equals("REJECTED"))) {
            cases.transition(UUID.fromString(event.businessKey()), Set.of(ApplicationStatus.ACCEPTED),
                    ApplicationStatus.UNDER_REVIEW, clock.instant());
        }
    }

    @EventListener
    void on(CaseDecided event) {
        record(event.businessKey(), "decided", NOT_FINISHED,
                event.approved() ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED,
                event.approved() ? "DECIDED_APPROVED" : "DECIDED_REJECTED", null, event.reason());
    }

    @EventListener
    void on(CaseExtended event) {
        cases.addTimelineOnce(UUID.fromString(event.businessKey()), "extended", clock.instant(), "EXTENDED", null,
                "延长 " + event.days() + " 个工作日" + (event.promisedBy() == null ? "" : "，至 " + event.promisedBy())
                        + "。理由：" + event.reason());
    }

    @EventListener
    void on(CaseSuspended event) {
        cases.addTimelineOnce(UUID.fromString(event.businessKey()), "suspended:" + event.suspensionId(),
                clock.instant(), "SUSPENDED_" + event.kind(), null, event.reason());
    }

    @EventListener
    void on(CaseResumed event) {
        cases.addTimelineOnce(UUID.fromString(event.businessKey()), "resumed:" + event.suspensionId(),
                clock.instant(), "RESUMED", null, event.promisedBy() == null ? null : "承诺办结日期 " + event.promisedBy());
    }

    private void record(String businessKey, String ref, Set<ApplicationStatus> from, ApplicationStatus status,
            String kind, String actor, String detail) {
        cases.addTimelineOnceAndTransition(UUID.fromString(businessKey), ref, clock.instant(), kind, actor, detail,
                from, status);
    }

    private String departmentName(UUID departmentId) {
        return departmentId == null ? null : departments.byId(departmentId).map(d -> d.name()).orElse(null);
    }
}
