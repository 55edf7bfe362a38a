package org.onewindow.platform.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.modulith.events.core.EventPublicationRepository;

/**
 * Event publications are not marked <em>processing</em> in the database when a listener starts.
 *
 * <p>Spring Modulith 2.1 writes that mark in a transaction of its own before every asynchronous
 * listener runs, then the completion in another: per publication one statement and one transaction
 * more than the completion alone (the workflow benchmark: 2 statements and 2 of 12 transactions per
 * case). Nothing reads the mark back: incomplete publications are those without a completion
 * date whatever their status (what is republished at a restart), and a publication left unfinished
 * is failed by the staleness monitor after the same 5 minutes whether it is <em>published</em> or
 * <em>processing</em> ({@code spring.modulith.events.staleness} in {@code application.yml}), then
 * delivered again by {@link FailedEventRedelivery}. A listener that throws still marks its
 * publication failed, and a completed one is still completed (deleted, {@link PublicationCompletions}).
 */
@Configuration(proxyBeanMethods = false)
class PublicationProcessingMark {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static BeanPostProcessor publicationsWithoutProcessingMark() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof EventPublicationRepository repository ? withoutProcessingMark(repository) : bean;
            }
        };
    }

    /** The repository, except that {@code markProcessing} writes nothing. */
    static EventPublicationRepository withoutProcessingMark(EventPublicationRepository repository) {
        return RepositoryInterception.intercepted(repository, "without processing mark",
                (method, args) -> method.getName().equals("markProcessing") ? null : RepositoryInterception.PASS);
    }
}
