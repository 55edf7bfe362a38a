package org.onewindow.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.onewindow.casework.CaseSummary;
import org.onewindow.casework.Cases;
import org.onewindow.identity.CitizenDirectory;
import org.onewindow.notification.internal.Inbox.Letter;
import org.onewindow.shared.MessageGateway;
import org.onewindow.shared.MobileNumber;
import org.onewindow.shared.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * Sends messages to applicants: in the inbox, and as a text message the first time only, so that a
 * redelivered event sends nothing twice. The messages of a batch of deliveries ({@link Deliveries})
 * are sent together: one statement reads their cases, one adds them to the inbox, one reads the
 * new ones' mobile numbers and one records the text messages, however many there are.
 */
@Component
class ApplicantMessages {

    /** A message about a case, written once the case is read: none if there is no such case. */
    record AboutCase(UUID caseId, Function<CaseSummary, Optional<Letter>> write) {}

    private final Cases cases;
    private final Inbox inbox;
    private final CitizenDirectory citizens;
    private final MessageGateway gateway;

    ApplicantMessages(Cases cases, Inbox inbox, CitizenDirectory citizens, MessageGateway gateway) {
        this.cases = cases;
        this.inbox = inbox;
        this.citizens = citizens;
        this.gateway = gateway;
    }

    /** The message about the case for its applicant, with a link to the case. */
    static Letter about(CaseSummary summary, String ref, String title, String body) {
        return new Letter(summary.applicantId(), ref, title, body, "/applications/" + summary.caseId());
    }

    /** Sends the letters, and the messages about cases that exist, in the order given. */
    void send(List<Letter> letters, List<AboutCase> aboutCases) {
        Map<UUID, CaseSummary> summaries = cases.summaries(aboutCases.stream().map(AboutCase::caseId).toList());
        List<Letter> all = new ArrayList<>(letters);
        for (AboutCase about : aboutCases) {
            Optional.ofNullable(summaries.get(about.caseId())).flatMap(about.write()).ifPresent(all::add);
        }
        List<Letter> added = inbox.deliver(all);
        Map<UUID, MobileNumber> mobiles = citizens.mobiles(added.stream().map(Letter::citizenId).distinct().toList());
        gateway.sendAll(added.stream()
                .map(letter -> Optional.ofNullable(mobiles.get(letter.citizenId()))
                        .map(mobile -> new OutgoingMessage(OutgoingMessage.Channel.SMS, mobile.value(), null,
                                "【一窗通办】" + letter.body(), "case_update"))
                        .orElse(null))
                .filter(Objects::nonNull)
                .toList());
    }
}
