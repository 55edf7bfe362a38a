package org.onewindow.platform.internal;

import java.sql.Timestamp;
import org.onewindow.platform.DeferredWrite;
import org.onewindow.platform.DeferredWrites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Event publications are stored as deferred writes ({@link DeferredWrites}): in a workflow
 * action, in the action's own statement; otherwise with the transaction's other deferred writes,
 * at the latest as it commits.
 *
 * <p>Spring Modulith 2.1 stores a publication per transactional listener as the event is
 * published, one {@code INSERT} each, and reads them back only after the commit (the listener runs
 * then, and its completion deletes its publication, {@link PublicationCompletions}) or at a
 * restart: nothing in the publishing transaction reads them. The insert here writes the columns
 * and values of Spring Modulith's {@code JdbcEventPublicationRepositoryV2.create} (schema version
 * 2: the publication's status, one completion attempt, the last resubmission at the publication
 * date), with the application's serializer ({@link EventSerialization}). Published outside a
 * transaction, a publication is written at once, as before.
 */
@Configuration(proxyBeanMethods = false)
class PublicationsDeferred {

    static final String INSERT = """
            insert into event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
                completion_attempts, last_resubmission_date)
            values (:id, :type, :listener, :published, :event, :status, 1, :published)""";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static BeanPostProcessor publicationsStoredDeferred(
            ObjectProvider<DeferredWrites> deferred, ObjectProvider<EventSerializer> serializer) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof EventPublicationRepository repository
                        ? storedDeferred(repository, deferred, serializer)
                        : bean;
            }
        };
    }

    /** The repository, except that {@code create} is a deferred write. */
    static EventPublicationRepository storedDeferred(EventPublicationRepository repository,
            ObjectProvider<DeferredWrites> deferred, ObjectProvider<EventSerializer> serializer) {
        return RepositoryInterception.intercepted(repository, "stored deferred", (method, args) -> {
            if (method.getName().equals("create") && args.length == 1
                    && args[0] instanceof TargetEventPublication publication) {
                deferred.getObject().add(write(publication, serializer.getObject()));
                return publication;
            }
            return RepositoryInterception.PASS;
        });
    }

    static DeferredWrite write(TargetEventPublication publication, EventSerializer serializer) {
        Object event = publication.getEvent();
        return DeferredWrite.keyed("event_publication:" + publication.getIdentifier())
                .part("publication", INSERT)
                .param("id", publication.getIdentifier())
                .param("type", event.getClass().getName())
                .param("listener", publication.getTargetIdentifier().getValue())
                .param("published", Timestamp.from(publication.getPublicationDate()))
                .param("event", serializer.serialize(event).toString())
                .param("status", publication.getStatus().name());
    }
}
