package org.onewindow.platform.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.onewindow.platform.GroupCommit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Event publications completed at the same time are marked completed in one statement.
 *
 * <p>Spring Modulith 2.1 marks a publication completed after its asynchronous listener returned,
 * through {@code EventPublicationRepository.markCompleted(TargetEventPublication, Instant)}: the
 * JDBC repository is {@code @Transactional}, so each completion is a transaction of its own, one
 * {@code UPDATE} by id. Here the completions of concurrent listeners go through a
 * {@link GroupCommit}: the first one is written at once, those that arrive meanwhile together in
 * the next {@code UPDATE} (same columns and values: status {@code COMPLETED} and each
 * publication's own completion date), run outside a transaction (one statement, committed when it
 * returns). Each listener's thread returns only after the statement that completed its
 * publication committed, and a failed statement throws to every listener of the batch, as the
 * repository would have to each. A completion asked for inside a transaction (a listener that is
 * not asynchronous) is left to the repository, so that it commits or rolls back with it.
 */
@Configuration(proxyBeanMethods = false)
class PublicationCompletions {

    private static final String COMPLETE = """
            update event_publication p set status = 'COMPLETED', completion_date = c.completed
            from unnest(?::uuid[], ?::timestamptz[]) as c (id, completed) where p.id = c.id""";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static BeanPostProcessor publicationsCompletedTogether(ObjectProvider<DataSource> dataSource, Environment environment) {
        String mode = environment.getProperty("spring.modulith.events.completion-mode", "UPDATE");
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof EventPublicationRepository repository && mode.equalsIgnoreCase("UPDATE")
                        ? completedTogether(repository, new Completions(dataSource))
                        : bean;
            }
        };
    }

    /** The repository, except that completions outside a transaction are written in batches. */
    static EventPublicationRepository completedTogether(EventPublicationRepository repository, Completions completions) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("markCompleted")
                    && !TransactionSynchronizationManager.isActualTransactionActive()) {
                if (args.length == 2 && args[0] instanceof TargetEventPublication publication) {
                    publication.markCompleted((Instant) args[1]);
                    completions.complete(publication.getIdentifier(), (Instant) args[1]);
                    return null;
                }
                if (args.length == 2 && args[0] instanceof UUID id) {
                    completions.complete(id, (Instant) args[1]);
                    return null;
                }
            }
            if (method.getDeclaringClass() == Object.class) {
                return PublicationProcessingMark.objectMethod(proxy, "completed together: " + repository, method, args);
            }
            try {
                return method.invoke(repository, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (EventPublicationRepository) Proxy.newProxyInstance(EventPublicationRepository.class.getClassLoader(),
                new Class<?>[] {EventPublicationRepository.class}, handler);
    }

    /** The completions waiting for one statement. */
    static final class Completions {

        private record Completion(UUID id, Instant at) {}

        private final ObjectProvider<DataSource> dataSource;
        private final GroupCommit<Completion> batches = new GroupCommit<>(this::write);
        private volatile JdbcTemplate jdbc;

        Completions(ObjectProvider<DataSource> dataSource) {
            this.dataSource = dataSource;
        }

        /** Returns once the publication's completion committed. */
        void complete(UUID id, Instant at) {
            batches.submit(new Completion(id, at));
        }

        /** How many completions wait for the next statement. */
        int waiting() {
            return batches.waiting();
        }

        private void write(List<Completion> batch) {
            jdbc().update(COMPLETE, statement -> {
                statement.setArray(1, statement.getConnection().createArrayOf("uuid",
                        batch.stream().map(c -> c.id().toString()).toArray()));
                statement.setArray(2, statement.getConnection().createArrayOf("timestamptz",
                        batch.stream().map(c -> c.at().toString()).toArray()));
            });
        }

        private JdbcTemplate jdbc() {
            JdbcTemplate template = jdbc;
            if (template == null) {
                template = new JdbcTemplate(dataSource.getObject());
                jdbc = template;
            }
            return template;
        }
    }
}
