package org.onewindow.shared;

/**
 * Sends a message to a person by SMS or e-mail; implemented by the notification module.
 *
 * <p>Every message is recorded in the caller's database transaction (the notification module's
 * outbox). An SMS is only recorded there (no SMS provider is wired yet); an e-mail goes out through
 * SMTP at once when one is configured, whether or not the transaction then commits. Work that may
 * run again after a rollback (the notification module's batched deliveries, a redelivered event)
 * therefore sends SMS only, so that nothing reaches a person twice.
 */
public interface MessageGateway {

    void send(OutgoingMessage message);
}
