package org.onewindow.notification.internal;

import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.shared.DivisionCode;
import org.onewindow.workflow.SupervisionIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A supervision item (督办) reached a department — a supervisor's notice or a limit that passed:
 * the department's staff and the supervisors of the region get an in-app message, once each.
 */
@Component
class SupervisionNotifications {

    private static final Logger log = LoggerFactory.getLogger(SupervisionNotifications.class);

    private final OfficeMessages messages;
    private final CaseDescriptions cases;
    private final Departments departments;
    private final Deliveries deliveries;

    SupervisionNotifications(
            OfficeMessages messages, CaseDescriptions cases, Departments departments, Deliveries deliveries) {
        this.messages = messages;
        this.cases = cases;
        this.departments = departments;
        this.deliveries = deliveries;
    }

    @DeliveryListener
    void on(SupervisionIssued event) {
        deliveries.run(() -> deliver(event));
    }

    private void deliver(SupervisionIssued event) {
        if (event.regionCode() == null) {
            // Published before the event carried the region (an incomplete publication resubmitted after
            // an upgrade): without it nobody's scope can be checked, so it stays on the desk only.
            log.warn("Supervision item {} has no region: no office message sent", event.supervisionId());
            return;
        }
        DivisionCode region = DivisionCode.parse(event.regionCode());
        String department = departments.byId(event.departmentId()).map(Department::name).orElse("承办部门");
        String subject = cases.describe(event.businessKey());
        boolean notice = "NOTICE".equals(event.source());
        boolean deemed = "DEEMED_ACCEPTED".equals(event.source());
        String what = notice ? (event.note() == null ? "" : "督办意见：" + event.note())
                : deemed ? "受理期限届满未作决定，已依法视为受理，系统已生成督办事项。"
                : event.taskId() != null ? "本环节办理期限已过，系统已生成督办事项。" : "承诺办结期限已过，系统已生成督办事项。";
        String kind = notice ? "督办通知：" : deemed ? "视为受理督办：" : "超期督办：";
        messages.deliver(OfficeMessages.Audience.DEPARTMENT, event.departmentId(), region,
                "supervision:" + event.supervisionId() + ":department",
                kind + subject,
                "请" + department + "加快办理" + subject + "。" + what + "请在办件工作台确认收到并尽快办理。",
                "/office/desk");
        messages.deliver(OfficeMessages.Audience.SUPERVISORS, null, region,
                "supervision:" + event.supervisionId() + ":supervisors",
                (notice ? "已发出督办：" : kind) + department,
                department + "：" + subject + "。" + what,
                "/office/supervision");
    }
}
