package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.OneWindowProperties;
import org.onewindow.platform.OneWindowProperties.Db;
import org.onewindow.platform.OneWindowProperties.ZoneSelection;
import org.springframework.mock.env.MockEnvironment;

class DatabaseConfigurationTests {

    @Test
    void theProdProfileRefusesTheEmbeddedDatabase() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        OneWindowProperties noUrl = new OneWindowProperties(Path.of("target/never-created"), false, ZoneSelection.BOTH,
                8080, 8081, new Db("", "", "", 0, true, false, "Asia/Shanghai", 20));

        assertThatThrownBy(() -> new DatabaseConfiguration().dataSource(noUrl, prod))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refuses to start on the embedded database")
                .hasMessageContaining("ONEWINDOW_DB_URL");
    }
}
