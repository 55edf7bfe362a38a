package org.onewindow.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.onewindow.notification.Outbox;
import org.onewindow.platform.OneWindowProperties;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.shared.Masking;
import org.onewindow.shared.MessageGateway;
import org.onewindow.shared.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Sends e-mail through SMTP when one is configured; otherwise, and for SMS (no provider is
 * wired yet), the message is kept in the outbox. Outside demo mode an undelivered SMS is logged
 * as an error, without its text.
 */
@Component
class OutboxMessageGateway implements MessageGateway, Outbox {

    private static final Logger log = LoggerFactory.getLogger(OutboxMessageGateway.class);

    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;
    /**
     * The mail sender, if one is configured: looked up once, on first use, not for every message.
     * Wrapped in an {@code Optional} so that its absence is remembered too.
     */
    private final Supplier<Optional<JavaMailSender>> mail;
    private final OneWindowProperties properties;
    private final Clock clock;

    OutboxMessageGateway(
            JdbcClient jdbc,
            PersonalDataProtection protection,
            ObjectProvider<JavaMailSender> mail,
            OneWindowProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.protection = protection;
        this.mail = SingletonSupplier.of(() -> Optional.ofNullable(mail.getIfAvailable()));
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMessage message) {
        String delivery = deliver(message);
        jdbc.sql("""
                insert into notification.outbox (sent_at, channel, recipient_enc, recipient_bidx, recipient_masked,
                    subject, body, purpose, delivery)
                values (:at, :channel, :enc, :bidx, :masked, :subject, :body, :purpose, :delivery)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("channel", message.channel().name())
                .param("enc", protection.encrypt("notification.outbox.recipient", message.recipient()))
                .param("bidx", index(message.recipient()))
                .param("masked", masked(message))
                .param("subject", message.subject())
                .param("body", message.body())
                .param("purpose", message.purpose())
                .param("delivery", delivery)
                .update();
    }

    private String deliver(OutgoingMessage message) {
        JavaMailSender sender = mail.get().orElse(null);
        if (message.channel() == OutgoingMessage.Channel.EMAIL && sender != null && !properties.demo()) {
            SimpleMailMessage email = new SimpleMailMessage();
            email.setTo(message.recipient());
            email.setSubject(message.subject());
            email.setText(message.body());
            sender.send(email);
            return "SMTP";
        }
        if (!properties.demo()) {
            log.error("No provider for {}: message kept undelivered in the outbox", message);
            return "UNDELIVERED";
        }
        return "DEMO_OUTBOX";
    }

    @Override
    public List<OutboxMessage> page(Long beforeId, int limit) {
        return jdbc.sql("""
                select id, sent_at, channel, recipient_masked, body, purpose, delivery from notification.outbox
                where (:before::bigint is null or id < :before) order by id desc limit :limit""")
                .param("before", beforeId)
                .param("limit", Math.min(Math.max(limit, 1), 100))
                .query(OutboxMessageGateway::map)
                .list();
    }

    @Override
    public Optional<OutboxMessage> latestTo(String recipient) {
        return jdbc.sql("""
                select id, sent_at, channel, recipient_masked, body, purpose, delivery from notification.outbox
                where recipient_bidx = :bidx order by id desc limit 1""")
                .param("bidx", index(recipient))
                .query(OutboxMessageGateway::map)
                .optional();
    }

    private String index(String recipient) {
        return protection.blindIndex("message_recipient", recipient);
    }

    private static String masked(OutgoingMessage message) {
        return message.channel() == OutgoingMessage.Channel.SMS
                ? Masking.keep(message.recipient(), 3, 4)
                : Masking.email(message.recipient());
    }

    private static OutboxMessage map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new OutboxMessage(
                rs.getLong("id"),
                rs.getTimestamp("sent_at").toInstant(),
                rs.getString("channel"),
                rs.getString("recipient_masked"),
                rs.getString("body"),
                rs.getString("purpose"),
                rs.getString("delivery"));
    }
}
