package org.onewindow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@OneWindowIntegrationTest
class ApplicationStartsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgresFifteenWithMigrationsApplied() {
        String version = jdbc.sql("show server_version").query(String.class).single();
        assertThat(version).startsWith("15.");
        Integer applied = jdbc.sql("select count(*) from platform.flyway_schema_history where success")
                .query(Integer.class)
                .single();
        assertThat(applied).isPositive();
    }
}
