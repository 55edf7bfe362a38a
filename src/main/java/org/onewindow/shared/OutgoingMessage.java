package org.onewindow.shared;

import java.util.Objects;

/**
 * One message to one recipient: a mobile number for SMS, an address for e-mail.
 *
 * <p>{@code subject} is for e-mail and may be {@code null} for SMS; {@code purpose}
 * says why it is sent (e.g. {@code verification_code}), for the audit log.
 * {@link #toString()} masks the recipient and leaves out the body, which may hold a code.
 */
public record OutgoingMessage(Channel channel, String recipient, String subject, String body, String purpose) {

    /** How the message travels. */
    public enum Channel {
        SMS,
        EMAIL
    }

    public OutgoingMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(purpose, "purpose");
    }

    @Override
    public String toString() {
        String masked = channel == Channel.SMS ? Masking.keep(recipient, 3, 4) : Masking.email(recipient);
        return "OutgoingMessage[channel=" + channel + ", recipient=" + masked + ", purpose=" + purpose + "]";
    }
}
