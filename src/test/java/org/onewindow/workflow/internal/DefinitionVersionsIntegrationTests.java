package org.onewindow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.Catalog;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.Role;
import org.onewindow.identity.internal.demo.DemoIdentityData;
import org.onewindow.support.OneWindowIntegrationTest;
import org.onewindow.support.TestApplications;
import org.onewindow.support.TestDesk;
import org.onewindow.workflow.NodeKind;
import org.onewindow.workflow.TaskAction;
import org.onewindow.workflow.TaskDesk;
import org.onewindow.workflow.TaskView;
import org.onewindow.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A process follows the definition stored under the hash it started with, whatever the item's
 * template compiles to today (content-hash versioning).
 *
 * <p>The templates are read once at start-up, so the test cannot edit {@code templates.yml} under a
 * running engine. It stores a second version of the item's definition instead, one without the
 * review step, as {@link Engine#start} stores a compiled template, and points a running process at
 * it, as if that process had started before the template gained its review step.
 */
@OneWindowIntegrationTest
class DefinitionVersionsIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestApplications applications;
    @Autowired TestDesk testDesk;
    @Autowired TaskDesk desk;
    @Autowired Workflows workflows;
    @Autowired Templates templates;
    @Autowired Definitions definitions;
    @Autowired Catalog catalog;
    @Autowired DemoIdentityData directory;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void demoDepartments() {
        directory.loadDirectoryIfAbsent();
    }

    @Test
    void aRunningCaseKeepsTheDefinitionItStartedWithWhenTheTemplateChanges() {
        Definition today = templates.compile(catalog.item("unemployment-registration").orElseThrow());
        Definition before = new Definition(today.name(), today.itemCode(),
                today.nodes().stream().filter(node -> node.kind() != NodeKind.REVIEW).toList());
        String beforeHash = definitions.store(before, Instant.now());
        String older = applications.unemploymentRegistration(port).toString();
        jdbc.sql("update workflow.process set definition_hash = :hash where business_key = :key")
                .param("hash", beforeHash).param("key", older).update();
        String newer = applications.unemploymentRegistration(port).toString();

        accept(older);
        accept(newer);

        assertThat(hashOf(newer)).as("a new case starts with today's template").isNotEqualTo(beforeHash);
        assertThat(hashOf(older)).isEqualTo(beforeHash);
        assertThat(testDesk.open(older, NodeKind.REVIEW)).as("the old version has no review").isEmpty();
        assertThat(testDesk.open(older, NodeKind.DECIDE)).hasSize(1);
        assertThat(testDesk.open(newer, NodeKind.REVIEW)).hasSize(1);
        assertThat(testDesk.open(newer, NodeKind.DECIDE)).isEmpty();
        assertThat(jdbc.sql("select body::text from workflow.definition where hash = :hash").param("hash", hashOf(newer))
                .query(String.class).single()).as("each version is stored under its own content").contains("REVIEW");
    }

    private void accept(String key) {
        OneWindowUser clerk = testDesk.officer("hrss", Role.WINDOW_CLERK);
        TaskView accept = testDesk.open(key, NodeKind.ACCEPT).getFirst();
        desk.act(clerk, accept.id(), accept.version(), new TaskAction.Accept("材料齐全"));
    }

    private String hashOf(String key) {
        return jdbc.sql("select definition_hash from workflow.process where business_key = :key").param("key", key)
                .query(String.class).single();
    }
}
