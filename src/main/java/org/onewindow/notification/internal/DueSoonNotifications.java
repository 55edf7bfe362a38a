package org.onewindow.notification.internal;

import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.shared.DivisionCode;
import org.onewindow.workflow.TaskDueSoon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A task has used the due-soon share of its limit: its department's staff and the supervisors of its
 * region get one in-app message each (per task and due date, so a redelivered event adds nothing).
 */
@Component
class DueSoonNotifications {

    private static final Logger log = LoggerFactory.getLogger(DueSoonNotifications.class);

    private final OfficeMessages messages;
    private final CaseDescriptions cases;
    private final Departments departments;
    private final Deliveries deliveries;

    DueSoonNotifications(OfficeMessages messages, CaseDescriptions cases, Departments departments,
            Deliveries deliveries) {
        this.messages = messages;
        this.cases = cases;
        this.departments = departments;
        this.deliveries = deliveries;
    }

    @DeliveryListener
    void on(TaskDueSoon event) {
        deliveries.run(() -> deliver(event));
    }

    private void deliver(TaskDueSoon event) {
        if (event.regionCode() == null) {
            // Published before the event carried the region: nobody's scope can be checked; the desk marks it.
            log.warn("Task {} due soon has no region: no office message sent", event.taskId());
            return;
        }
        DivisionCode region = DivisionCode.parse(event.regionCode());
        String department = departments.byId(event.departmentId()).map(Department::name).orElse("承办部门");
        String subject = cases.describe(event.businessKey());
        String ref = "due-soon:" + event.taskId() + ":" + event.dueDate();
        String what = subject + "本环节将于 " + event.dueDate() + " 到期。";
        messages.deliver(OfficeMessages.Audience.DEPARTMENT, event.departmentId(), region, ref + ":department",
                "即将到期：" + subject, "请" + department + "尽快办理：" + what, "/office/desk?urgency=DUE_SOON");
        messages.deliver(OfficeMessages.Audience.SUPERVISORS, null, region, ref + ":supervisors",
                "即将到期：" + department, department + "：" + what, "/office/supervision");
    }
}
