package org.onewindow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen's inbox as the inbox page reads it: their own messages only, newest first, a page at a
 * time, each reference once, and marked read for them alone.
 */
@OneWindowIntegrationTest
class InboxIntegrationTests {

    @Autowired Inbox inbox;

    @Test
    void aCitizenReadsTheirOwnMessagesNewestFirstAPageAtATime() {
        UUID citizen = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        assertThat(inbox.deliver(citizen, "submitted:1", "已提交", "第一条", "/applications/1")).isTrue();
        assertThat(inbox.deliver(other, "submitted:9", "已提交", "别人的", null)).isTrue();
        assertThat(inbox.deliver(citizen, "accepted:1", "已受理", "第二条", "/applications/1")).isTrue();
        assertThat(inbox.deliver(citizen, "decided:1", "已办结", "第三条", "/applications/1")).isTrue();

        List<Inbox.Message> first = inbox.of(citizen, null, 2);
        List<Inbox.Message> second = inbox.of(citizen, first.getLast().id(), 2);

        assertThat(first).extracting(Inbox.Message::body).containsExactly("第三条", "第二条");
        assertThat(second).extracting(Inbox.Message::body).containsExactly("第一条");
        assertThat(inbox.of(other, null, 10)).extracting(Inbox.Message::body).containsExactly("别人的");
    }

    @Test
    void aMessageIsKeptOncePerReferenceAndMarkedReadForItsCitizenOnly() {
        UUID citizen = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        inbox.deliver(citizen, "accepted:2", "已受理", "受理通知", null);
        inbox.deliver(other, "accepted:2", "已受理", "另一位的受理通知", null);

        assertThat(inbox.deliver(citizen, "accepted:2", "已受理", "再次投递", null)).isFalse();
        inbox.markAllRead(citizen);

        assertThat(inbox.of(citizen, null, 10)).singleElement()
                .satisfies(m -> assertThat(m.body()).isEqualTo("受理通知"))
                .satisfies(m -> assertThat(m.read()).isTrue());
        assertThat(inbox.of(other, null, 10)).singleElement().satisfies(m -> assertThat(m.read()).isFalse());
    }
}
