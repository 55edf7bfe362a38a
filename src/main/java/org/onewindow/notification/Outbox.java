package org.onewindow.notification;

import java.util.List;
import java.util.Optional;

/** The messages the platform sent, newest first, as the demo outbox shows them. */
public interface Outbox {

    /** One message as shown in the outbox; the recipient is masked. */
    record OutboxMessage(long id, java.time.Instant sentAt, String channel, String maskedRecipient, String body,
            String purpose, String delivery) {}

    List<OutboxMessage> page(Long beforeId, int limit);

    /** The newest message to the recipient, if any (demo mode and tests read codes from it). */
    Optional<OutboxMessage> latestTo(String recipient);
}
