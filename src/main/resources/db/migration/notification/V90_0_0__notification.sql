-- Notification: every outgoing message, kept as the demo outbox and as a delivery record.
CREATE SCHEMA IF NOT EXISTS notification;

CREATE TABLE notification.outbox (
    id                bigserial PRIMARY KEY,
    sent_at           timestamptz NOT NULL,
    channel           text NOT NULL,
    recipient_enc     text NOT NULL,
    recipient_bidx    text NOT NULL,
    recipient_masked  text NOT NULL,
    subject           text,
    body              text NOT NULL,
    purpose           text NOT NULL,
    delivery          text NOT NULL
);
CREATE INDEX outbox_recipient ON notification.outbox (recipient_bidx, id DESC);
