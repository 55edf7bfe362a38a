package org.onewindow.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.MissingHolidayCalendarException;
import org.onewindow.shared.WorkingDayCalendar;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.WorkflowError;
import org.onewindow.workflow.WorkflowException;

/** Which actions each kind of step allows, and the rules of the law that come with them. */
final class Rules {

    private Rules() {}

    static void check(NodeKind kind, TaskAction action, Store.Process process, WorkingDayCalendar calendar,
            Instant now) {
        boolean allowed = switch (action) {
            case TaskAction.Accept a -> kind == NodeKind.ACCEPT;
            case TaskAction.RefuseToAccept r -> kind == NodeKind.ACCEPT;
            case TaskAction.RequestCorrection c -> kind == NodeKind.ACCEPT;
            case TaskAction.Approve a -> kind == NodeKind.REVIEW || kind == NodeKind.PARALLEL || kind == NodeKind.DECIDE;
            case TaskAction.Reject r -> kind == NodeKind.REVIEW || kind == NodeKind.PARALLEL || kind == NodeKind.DECIDE;
            case TaskAction.ReturnTo r -> kind != NodeKind.ACCEPT;
            case TaskAction.Transfer t -> true;
            case TaskAction.RequestExtension r -> decides(kind);
            case TaskAction.ApproveExtension a -> decides(kind);
            case TaskAction.RejectExtension r -> decides(kind);
            case TaskAction.Suspend s -> decides(kind);
            case TaskAction.Resume r -> decides(kind);
        };
        if (!allowed) {
            throw new WorkflowException(WorkflowError.ACTION_NOT_ALLOWED);
        }
        switch (action) {
            case TaskAction.RefuseToAccept r -> requireText(r.reason());
            case TaskAction.Reject r -> {
                // Reason and legal basis at every step that may reject: a review's rejection ends the case too.
                requireText(r.reason());
                if (r.legalBasis() == null || r.legalBasis().isBlank()) {
                    throw new WorkflowException(WorkflowError.LEGAL_BASIS_REQUIRED);
                }
            }
            case TaskAction.ReturnTo r -> requireText(r.reason());
            case TaskAction.Transfer t -> requireText(t.reason());
            case TaskAction.RequestExtension r -> requireText(r.reason());
            case TaskAction.RejectExtension r -> requireText(r.reason());
            case TaskAction.Suspend s -> {
                if (s.kind() == null) {
                    throw new WorkflowException(WorkflowError.SUSPENSION_KIND_REQUIRED);
                }
                requireText(s.reason());
            }
            case TaskAction.RequestCorrection c -> correction(c, process, calendar, now);
            default -> { }
        }
    }

    /** Once per case, listing everything, within 5 working days of submission (行政许可法 Art. 32). */
    private static void correction(TaskAction.RequestCorrection c, Store.Process process, WorkingDayCalendar calendar,
            Instant now) {
        if (process.correctionRequested()) {
            throw new WorkflowException(WorkflowError.CORRECTION_ALREADY_REQUESTED);
        }
        if (c.missing() == null || c.missing().stream().allMatch(m -> m == null || m.isBlank())) {
            throw new WorkflowException(WorkflowError.CORRECTION_ITEMS_REQUIRED);
        }
        LocalDate submitted = LocalDate.ofInstant(process.submittedAt(), ChinaTime.ZONE);
        LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
        LocalDate lastDay;
        try {
            lastDay = calendar.plusWorkingDays(submitted, AcceptanceClock.DAYS);
        } catch (MissingHolidayCalendarException e) {
            lastDay = submitted.plusDays(7);
        }
        if (today.isAfter(lastDay)) {
            throw new WorkflowException(WorkflowError.CORRECTION_PERIOD_OVER);
        }
    }

    static String opinionOf(TaskAction action) {
        return switch (action) {
            case TaskAction.Accept a -> a.opinion();
            case TaskAction.RefuseToAccept r -> r.reason();
            case TaskAction.RequestCorrection c -> String.join("；", c.missing());
            case TaskAction.Approve a -> a.opinion();
            case TaskAction.Reject r -> rejection(r);
            case TaskAction.ReturnTo r -> r.reason();
            case TaskAction.Transfer t -> t.reason();
            case TaskAction.RequestExtension r -> r.reason();
            case TaskAction.ApproveExtension a -> a.opinion();
            case TaskAction.RejectExtension r -> r.reason();
            case TaskAction.Suspend s -> s.reason();
            case TaskAction.Resume r -> r.opinion();
        };
    }

    /** A rejection's reason with its legal basis, as the history and the decision carry it. */
    static String rejection(TaskAction.Reject r) {
        return r.reason() + (r.legalBasis() == null ? "" : "（依据：" + r.legalBasis() + "）");
    }

    /** Steps that work towards the decision, whose time the case's limit counts. */
    private static boolean decides(NodeKind kind) {
        return kind == NodeKind.REVIEW || kind == NodeKind.PARALLEL || kind == NodeKind.DECIDE;
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new WorkflowException(WorkflowError.REASON_REQUIRED);
        }
    }
}
