package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onewindow.shared.OutgoingMessage.Channel;

class OutgoingMessageTests {

    @Test
    void keepsRecipientAndBodyOutOfItsStringForm() {
        OutgoingMessage sms = new OutgoingMessage(Channel.SMS, "13800001234", null, "验证码 482913", "verification_code");

        assertThat(sms.toString()).contains("138****1234", "verification_code").doesNotContain("13800001234", "482913");
    }

    @Test
    void masksAnEmailRecipient() {
        OutgoingMessage mail = new OutgoingMessage(Channel.EMAIL, "zhangsan@example.com", "通知", "正文", "case_update");

        assertThat(mail.toString()).contains("z***@example.com").doesNotContain("zhangsan");
    }

    @Test
    void requiresChannelRecipientBodyAndPurpose() {
        assertThatThrownBy(() -> new OutgoingMessage(Channel.SMS, null, null, "body", "purpose"))
                .isInstanceOf(NullPointerException.class);
    }
}
