package org.onewindow.shared;

/** Sends a message to a person by SMS or e-mail; implemented by the notification module. */
public interface MessageGateway {

    void send(OutgoingMessage message);
}
