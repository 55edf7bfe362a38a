package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/** The registry stores events through our serializer, and what it stores reads back as it was. */
@OneWindowIntegrationTest
class EventSerializationIntegrationTests {

    record SampleEvent(String businessKey, UUID departmentId, LocalDate promisedBy, List<String> missing,
            boolean deemed) {}

    @Autowired EventSerializer serializer;

    @Test
    void anEventReadsBackAsItWasStored() {
        SampleEvent event = new SampleEvent("case-1", UUID.randomUUID(), LocalDate.of(2026, 10, 13),
                List.of("营业执照", "租赁合同"), true);

        Object stored = serializer.serialize(event);

        assertThat(serializer).isInstanceOf(EventSerialization.MapperEventSerializer.class);
        assertThat(stored).isInstanceOf(String.class).asString()
                .contains("\"businessKey\":\"case-1\"", "\"promisedBy\":\"2026-10-13\"", "租赁合同");
        assertThat(serializer.deserialize(stored, SampleEvent.class)).isEqualTo(event);
    }
}
