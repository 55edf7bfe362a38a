package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database migrated by an older OneWindow takes a new migration of a module whose range sorts
 * below other modules' applied migrations (deadline 40.x below rating 100.x): an upgrade of a kept
 * {@code ./data} database starts.
 */
@OneWindowIntegrationTest
class MigrationOrderIntegrationTests {

    @Autowired DataSource dataSource;
    @Autowired Flyway flyway;
    @Autowired JdbcClient jdbc;

    @Test
    void aModulesNewMigrationIsAppliedAfterLaterRangesOfOtherModules() throws Exception {
        String database = "migration_order_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create database " + database).update();
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        String url = pool.getJdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + database);
        try (SingleConnectionDataSource older = new SingleConnectionDataSource(url, pool.getUsername(),
                pool.getPassword(), true)) {
            Flyway same = Flyway.configure().configuration(flyway.getConfiguration()).dataSource(older).load();
            same.migrate();
            JdbcClient client = JdbcClient.create(older);
            // As the database was before 40.0.2 came: its index over all of a subject's limits, and no record of it.
            client.sql("drop index deadline.time_limit_finished_subject").update();
            client.sql("create index time_limit_subject on deadline.time_limit (subject_type, subject_key, started_at desc)")
                    .update();
            client.sql("delete from platform.flyway_schema_history where version = '40.0.2'").update();

            MigrateResult upgrade = same.migrate();

            assertThat(upgrade.success).isTrue();
            assertThat(upgrade.migrations).extracting(m -> m.version).containsExactly("40.0.2");
            assertThat(client.sql("select count(*) from pg_indexes where schemaname = 'deadline' and indexname = :name")
                    .param("name", "time_limit_finished_subject").query(Long.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("drop database if exists " + database + " with (force)").update();
        }
    }
}
