package org.onewindow.platform.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.springframework.modulith.events.support.CompletionMode;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Event publications completed at the same time are completed in one statement.
 *
 * <p>Spring Modulith 2.1 completes a publication after its listener returned: the registry's
 * {@code markCompleted} opens a transaction of its own ({@code REQUIRES_NEW}) and calls the
 * repository's {@code markCompleted(TargetEventPublication, Instant)}, one statement by id: in the
 * completion mode {@code DELETE} (the product's, {@code spring.modulith.events.completion-mode} in
 * {@code application.yml}) a {@code DELETE}, in {@code UPDATE} (Spring Modulith's default) an
 * {@code UPDATE} setting status {@code COMPLETED} and the completion date. Here the completions of
 * concurrent listeners go through a {@link GroupCommit}: the first is written at once, in its
 * caller's transaction; those that arrive meanwhile wait, each in its own transaction that has
 * written nothing (the connection sends no {@code BEGIN} until a statement runs), and are written
 * together by the first of them, in one statement with the same effect as Spring Modulith's
 * (deleted; or marked completed, each with its own completion date). Every caller of a batch
 * returns once the transaction that wrote it committed, and throws if it did not. The statement
 * runs on the flushing caller's own connection: waiting callers never need a second one from the
 * pool. The registry calls the repository only in its own transactions, so a completion never
 * commits or rolls back with a business transaction. In the mode {@code ARCHIVE} (a copy into the
 * archive table, then a delete) the repository is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class PublicationCompletions {

    private static final String UPDATE = """
            update event_publication p set status = 'COMPLETED', completion_date = c.completed
            from unnest(?::uuid[], ?::timestamptz[]) as c (id, completed) where p.id = c.id""";

    private static final String DELETE = "delete from event_publication where id = any(?::uuid[])";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static BeanPostProcessor publicationsCompletedTogether(
            ObjectProvider<Completions> completions, Environment environment) {
        CompletionMode mode = CompletionMode.from(environment);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof EventPublicationRepository repository && mode != CompletionMode.ARCHIVE
                        ? completedTogether(repository, completions)
                        : bean;
            }
        };
    }

    /** Unused in the mode {@code ARCHIVE}. */
    @Bean
    Completions completionsWrittenTogether(DataSource dataSource, Environment environment) {
        return new Completions(new JdbcTemplate(dataSource), CompletionMode.from(environment) == CompletionMode.DELETE);
    }

    /** The repository, except that completions outside a transaction are written in batches. */
    static EventPublicationRepository completedTogether(
            EventPublicationRepository repository, ObjectProvider<Completions> completions) {
        return RepositoryInterception.intercepted(repository, "completed together", (method, args) -> {
            if (method.getName().equals("markCompleted") && args.length == 2) {
                if (args[0] instanceof TargetEventPublication publication) {
                    publication.markCompleted((Instant) args[1]);
                    completions.getObject().complete(publication.getIdentifier(), (Instant) args[1]);
                    return null;
                }
                if (args[0] instanceof UUID id) {
                    completions.getObject().complete(id, (Instant) args[1]);
                    return null;
                }
            }
            return RepositoryInterception.PASS;
        });
    }

    /** The completions waiting for one statement. */
    static final class Completions {

        private record Completion(UUID id, Instant at) {}

        private final JdbcTemplate jdbc;
        private final boolean delete;
        private final GroupCommit<Completion> batches = new GroupCommit<>(this::write);
        private volatile Consumer<List<UUID>> statements = ids -> {};

        /** Completions that delete the publications, or else mark them completed. */
        Completions(JdbcTemplate jdbc, boolean delete) {
            this.jdbc = jdbc;
            this.delete = delete;
        }

        /** Returns once the publication's completion committed (or, in a transaction, once it is written). */
        void complete(UUID id, Instant at) {
            if (TransactionSynchronizationManager.hasResource(this)) {
                // this transaction wrote a batch already, which is released when it ends: not one to wait for
                execute(List.of(new Completion(id, at)));
                return;
            }
            batches.submit(new Completion(id, at));
        }

        /** How many completions wait for the next statement. */
        int waiting() {
            return batches.waiting();
        }

        /** Tells {@code observer} the publications of every statement from now on (for tests). */
        void observeStatements(Consumer<List<UUID>> observer) {
            statements = observer == null ? ids -> {} : observer;
        }

        /** Writes the batch in the caller's transaction, done when it completes; or alone, done at once. */
        private void write(List<Completion> batch, Consumer<RuntimeException> done) {
            execute(batch);
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                done.accept(null);
                return;
            }
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Completions.this);
                    done.accept(status == STATUS_COMMITTED ? null : new TransactionSystemException(
                            "The transaction that completed " + batch.size() + " publications did not commit"));
                }
            });
        }

        /** Deletes the batch's publications, or marks them completed, in one statement. */
        private void execute(List<Completion> batch) {
            List<UUID> ids = batch.stream().map(Completion::id).toList();
            jdbc.update(delete ? DELETE : UPDATE, statement -> {
                statement.setArray(1, statement.getConnection().createArrayOf("uuid",
                        ids.stream().map(UUID::toString).toArray()));
                if (!delete) {
                    statement.setArray(2, statement.getConnection().createArrayOf("timestamptz",
                            batch.stream().map(c -> c.at().toString()).toArray()));
                }
            });
            statements.accept(ids);
        }
    }
}
