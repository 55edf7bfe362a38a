package org.onewindow.notification.internal;

import java.util.UUID;
import org.onewindow.casework.CaseSummary;
import org.onewindow.identity.CitizenDirectory;
import org.onewindow.shared.MessageGateway;
import org.onewindow.shared.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * Sends one message about a case to its applicant: in the inbox, and as a text message the first
 * time only, so that a redelivered event sends nothing twice.
 */
@Component
class ApplicantMessages {

    private final Inbox inbox;
    private final CitizenDirectory citizens;
    private final MessageGateway gateway;

    ApplicantMessages(Inbox inbox, CitizenDirectory citizens, MessageGateway gateway) {
        this.inbox = inbox;
        this.citizens = citizens;
        this.gateway = gateway;
    }

    /** Delivers the message about the case under the reference unless it was delivered before. */
    void send(CaseSummary summary, String ref, String title, String body) {
        send(summary.applicantId(), ref, title, body, "/applications/" + summary.caseId());
    }

    /**
     * Delivers the message to the citizen's inbox under the reference unless it was delivered before,
     * and then as a text message to the account's mobile number.
     */
    void send(UUID citizenId, String ref, String title, String body, String link) {
        if (inbox.deliver(citizenId, ref, title, body, link)) {
            citizens.mobile(citizenId).ifPresent(mobile -> gateway.send(new OutgoingMessage(
                    OutgoingMessage.Channel.SMS, mobile.value(), null, "【一窗通办】" + body, "case_update")));
        }
    }
}
