package org.onewindow.platform.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.onewindow.platform.OneWindowProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The one database: an external PostgreSQL when {@code onewindow.db.url} is set, otherwise an
 * embedded PostgreSQL 15 started here. The {@code prod} profile refuses the embedded one.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(OneWindowProperties properties, Environment environment) {
        OneWindowProperties.Db db = properties.db();
        HikariConfig config = new HikariConfig();
        config.setPoolName("onewindow");
        config.setMaximumPoolSize(db.poolSize());
        if (db.external()) {
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
        } else {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("The prod profile refuses to start on the embedded database: set "
                        + "ONEWINDOW_DB_URL, ONEWINDOW_DB_USER and ONEWINDOW_DB_PASSWORD to a PostgreSQL 15+ server.");
            }
            Path directory = db.ephemeral()
                    ? EmbeddedPostgresServer.ephemeralDirectory()
                    : properties.dataDir().resolve("pg");
            EmbeddedPostgres postgres =
                    EmbeddedPostgresServer.start(directory, db.embeddedPort(), db.durable(), db.timeZone());
            config.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
            config.setUsername("postgres");
            config.setPassword("postgres");
            return new HikariDataSource(config) {
                @Override
                public void close() {
                    super.close();
                    EmbeddedPostgresServer.release(directory);
                }
            };
        }
        return new HikariDataSource(config);
    }
}
