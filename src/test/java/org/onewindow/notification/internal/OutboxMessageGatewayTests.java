package org.onewindow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onewindow.platform.OneWindowProperties;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.shared.OutgoingMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class OutboxMessageGatewayTests {

    private static final OutgoingMessage EMAIL =
            new OutgoingMessage(OutgoingMessage.Channel.EMAIL, "li.si@example.org", "受理通知", "您的申请已受理", "case_accepted");
    private static final OutgoingMessage SMS =
            new OutgoingMessage(OutgoingMessage.Channel.SMS, "13800000001", null, "您的申请已受理", "case_accepted");

    private final JdbcClient jdbc = mock(JdbcClient.class);
    private final JdbcClient.StatementSpec insert = mock(JdbcClient.StatementSpec.class, RETURNS_SELF);
    private final JavaMailSender sender = mock(JavaMailSender.class);
    private final AtomicInteger lookups = new AtomicInteger();

    OutboxMessageGatewayTests() {
        when(jdbc.sql(anyString())).thenReturn(insert);
    }

    @Test
    void sendsEmailThroughTheConfiguredSenderLookingItUpOnce() {
        OutboxMessageGateway gateway = gateway(sender, false);

        gateway.send(EMAIL);
        gateway.send(EMAIL);
        gateway.send(SMS);

        ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender, times(2)).send(sent.capture());
        assertThat(sent.getValue().getTo()).containsExactly("li.si@example.org");
        assertThat(sent.getValue().getText()).isEqualTo("您的申请已受理");
        verify(insert, times(2)).param("delivery", "SMTP");
        verify(insert).param("delivery", "UNDELIVERED");
        assertThat(lookups).hasValue(1);
    }

    @Test
    void withoutAMailSenderKeepsMessagesUndeliveredLookingOnlyOnce() {
        OutboxMessageGateway gateway = gateway(null, false);

        gateway.send(EMAIL);
        gateway.send(EMAIL);
        gateway.send(SMS);

        verify(insert, times(3)).param("delivery", "UNDELIVERED");
        assertThat(lookups).hasValue(1);
    }

    @Test
    void inDemoModeKeepsEveryMessageInTheOutboxEvenWithASender() {
        OutboxMessageGateway gateway = gateway(sender, true);

        gateway.send(EMAIL);
        gateway.send(SMS);

        verify(sender, never()).send(any(SimpleMailMessage.class));
        verify(insert, times(2)).param("delivery", "DEMO_OUTBOX");
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
        OneWindowProperties properties = new OneWindowProperties(Path.of("target"), demo,
                OneWindowProperties.ZoneSelection.BOTH, 0, 0,
                new OneWindowProperties.Db("", "", "", 0, false, true, "Asia/Shanghai", 1));
        return new OutboxMessageGateway(jdbc, mock(PersonalDataProtection.class), provider, properties,
                Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC));
    }
}
