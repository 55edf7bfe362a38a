package org.onewindow.notification.internal;

import org.onewindow.casework.ApplicationSubmitted;
import org.onewindow.casework.ApplicationWithdrawn;
import org.springframework.stereotype.Component;

/**
 * Tells applicants what happened to their case: an in-app message and a text message. Events may
 * be delivered twice after a crash; the inbox reference makes the second delivery do nothing.
 */
@Component
class CaseNotifications {

    private final ApplicantMessages messages;
    private final Deliveries deliveries;

    CaseNotifications(ApplicantMessages messages, Deliveries deliveries) {
        this.messages = messages;
        this.deliveries = deliveries;
    }

    @DeliveryListener
    void on(ApplicationSubmitted event) {
        String text = "您的申请已提交，回执编号 " + event.receiptNumber() + "。受理部门将在 5 个工作日内作出受理决定。";
        notify(event.applicantId(), "submitted:" + event.applicationId(), "申请已提交", text,
                "/applications/" + event.applicationId());
    }

    @DeliveryListener
    void on(ApplicationWithdrawn event) {
        notify(event.applicantId(), "withdrawn:" + event.applicationId(), "申请已撤回", "您已撤回申请。",
                "/applications/" + event.applicationId());
    }

    private void notify(java.util.UUID citizenId, String ref, String title, String body, String link) {
        deliveries.run(() -> messages.send(citizenId, ref, title, body, link));
    }
}
