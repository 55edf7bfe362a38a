package org.onewindow.platform.internal;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serialises events for the event publication registry with the application's JSON mapper, found
 * once.
 *
 * <p>Spring Modulith's own serializer does the same but looks the mapper up in the bean factory
 * for every event it stores, which cost about as much as writing the JSON itself (a flight
 * recording of the workflow benchmark: 4 % of the engine's CPU). The JSON is the same, so
 * publications stored before this change read back unchanged.
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

    @Bean
    EventSerializer eventSerializer(ObjectProvider<JsonMapper> mappers) {
        return new MapperEventSerializer(SingletonSupplier.of(() -> mappers.getIfAvailable(JsonMapper::new)));
    }

    /** Events as JSON text, and back into the type the registry asks for. */
    record MapperEventSerializer(Supplier<JsonMapper> mapper) implements EventSerializer {

        @Override
        public Object serialize(Object event) {
            return mapper.get().writeValueAsString(event);
        }

        @Override
        public <T> T deserialize(Object serialized, Class<T> type) {
            return mapper.get().readValue(serialized.toString(), type);
        }
    }
}
