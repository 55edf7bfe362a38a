package org.onewindow.identity.internal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sessions live in PostgreSQL ({@code identity.spring_session}), so that every node sees them and
 * logout ends them on the server; the web layer uses them through {@link LazilyTouchedSessions}.
 *
 * <p>Configured here rather than by Spring Boot ({@code spring.session.jdbc.*}), which steps back
 * as soon as the application defines a session repository of its own. 30 minutes is only the
 * default idle timeout: the login sets each user's ({@link SessionEstablisher}).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(tableName = "identity.spring_session", maxInactiveIntervalInSeconds = 1800)
class SessionStoreConfiguration {

    /**
     * Spring Session's own transactions, but none for looking a session up ({@link SessionTransactions}).
     * Injected by its name only: not a default candidate, so the application's own
     * {@code TransactionTemplate} stays as Spring Boot defines it.
     */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
        return new SessionTransactions(transactions);
    }

    @Bean
    @Primary
    LazilyTouchedSessions<?> lazilyTouchedSessions(JdbcIndexedSessionRepository sessions, IdentityProperties properties) {
        return LazilyTouchedSessions.around(sessions, properties.sessionTouchInterval());
    }
}
