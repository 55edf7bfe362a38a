package org.onewindow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onewindow.platform.OneWindowProperties;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.shared.OutgoingMessage;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The outbox as an operator reads it after messages went out: e-mail through the configured mail
 * server (a stand-in for the external SMTP server), SMS and mail without a provider kept undelivered,
 * everything kept in the demo outbox in demo mode — with the optional mail server looked up once,
 * not for every message.
 */
@OneWindowIntegrationTest
class OutboxMessageGatewayIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataProtection protection;
    @Autowired OneWindowProperties properties;
    @Autowired Clock clock;

    private final JavaMailSender smtp = mock(JavaMailSender.class);
    private final AtomicInteger lookups = new AtomicInteger();

    @Test
    void emailGoesThroughTheMailServerLookedUpOnceAndSmsStaysUndelivered() {
        OutboxMessageGateway gateway = gateway(smtp, false);
        String purpose = twoEmailsAndAnSms(gateway);

        ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(smtp, times(2)).send(sent.capture());
        assertThat(sent.getValue().getTo()).containsExactly("li.si@example.org");
        assertThat(sent.getValue().getText()).isEqualTo("您的申请已受理");
        assertThat(deliveries(purpose)).containsExactly("SMTP", "SMTP", "UNDELIVERED");
        assertThat(gateway.latestTo("13800000001")).hasValueSatisfying(m -> assertThat(m.delivery())
                .isEqualTo("UNDELIVERED"));
        assertThat(lookups).as("the mail server is looked up once").hasValue(1);
    }

    @Test
    void withoutAMailServerEveryMessageStaysUndeliveredAndTheAbsenceIsRemembered() {
        String purpose = twoEmailsAndAnSms(gateway(null, false));

        assertThat(deliveries(purpose)).containsExactly("UNDELIVERED", "UNDELIVERED", "UNDELIVERED");
        assertThat(lookups).as("no mail server is a lookup's answer too, kept").hasValue(1);
    }

    @Test
    void inDemoModeEveryMessageStaysInTheOutboxEvenWithAMailServer() {
        String purpose = purpose();
        OutboxMessageGateway gateway = gateway(smtp, true);

        gateway.send(email(purpose));
        gateway.send(sms(purpose));

        verify(smtp, never()).send(any(SimpleMailMessage.class));
        assertThat(deliveries(purpose)).containsExactly("DEMO_OUTBOX", "DEMO_OUTBOX");
    }

    private OutboxMessageGateway gateway(JavaMailSender configured, boolean demo) {
        ObjectProvider<JavaMailSender> provider = new ObjectProvider<>() {
            @Override
            public JavaMailSender getObject() {
                throw new UnsupportedOperationException("the gateway asks getIfAvailable()");
            }

            @Override
            public JavaMailSender getIfAvailable() {
                lookups.incrementAndGet();
                return configured;
            }
        };
        OneWindowProperties mode = new OneWindowProperties(properties.dataDir(), demo, properties.zones(),
                properties.portalPort(), properties.officePort(), properties.db());
        return new OutboxMessageGateway(jdbc, protection, provider, mode, clock);
    }

    /** Sends two e-mails and a text message through the gateway; returns the purpose they were sent for. */
    private static String twoEmailsAndAnSms(OutboxMessageGateway gateway) {
        String purpose = purpose();
        gateway.send(email(purpose));
        gateway.send(email(purpose));
        gateway.send(sms(purpose));
        return purpose;
    }

    /** The rows' deliveries, in the order sent. */
    private List<String> deliveries(String purpose) {
        return jdbc.sql("select delivery from notification.outbox where purpose = :purpose order by id")
                .param("purpose", purpose).query(String.class).list();
    }

    private static String purpose() {
        return "test_" + UUID.randomUUID();
    }

    private static OutgoingMessage email(String purpose) {
        return new OutgoingMessage(OutgoingMessage.Channel.EMAIL, "li.si@example.org", "受理通知", "您的申请已受理", purpose);
    }

    private static OutgoingMessage sms(String purpose) {
        return new OutgoingMessage(OutgoingMessage.Channel.SMS, "13800000001", null, "您的申请已受理", purpose);
    }
}
