package org.onewindow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditRecordTests {

    @Test
    void buildsUpARecordStepByStep() {
        AuditRecord record = AuditRecord.of(AuditEvent.LOGIN_FAILED, Actor.anonymous(), AuditResult.FAILURE)
                .withIp("192.0.2.7")
                .withObject("account", "acc-1")
                .withDetail("password_wrong");

        assertThat(record).isEqualTo(new AuditRecord(AuditEvent.LOGIN_FAILED, Actor.anonymous(), "192.0.2.7",
                "account", "acc-1", AuditResult.FAILURE, "password_wrong"));
    }

    @Test
    void requiresEventActorAndResult() {
        assertThatThrownBy(() -> AuditRecord.of(null, Actor.anonymous(), AuditResult.SUCCESS))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AuditRecord.of(AuditEvent.LOGOUT, null, AuditResult.SUCCESS))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AuditRecord.of(AuditEvent.LOGOUT, Actor.anonymous(), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesOverlongDetail() {
        AuditRecord record = AuditRecord.of(AuditEvent.LOGOUT, Actor.anonymous(), AuditResult.SUCCESS);

        assertThat(record.withDetail("x".repeat(AuditRecord.MAX_DETAIL_LENGTH)).detail()).hasSize(2000);
        assertThatThrownBy(() -> record.withDetail("x".repeat(AuditRecord.MAX_DETAIL_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAnonymousActorsGoWithoutId() {
        assertThat(Actor.anonymous().id()).isNull();
        assertThat(Actor.system("chainer")).isEqualTo(new Actor(Actor.Type.SYSTEM, "chainer", "chainer"));
        assertThat(Actor.citizen("c-1", "张*").type()).isEqualTo(Actor.Type.CITIZEN);
        assertThatThrownBy(() -> Actor.staff(" ", "name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(null, "x", "x")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void queriesKeepPagesSmall() {
        assertThat(AuditQuery.newest().pageSize()).isEqualTo(AuditQuery.DEFAULT_PAGE_SIZE);
        assertThat(AuditQuery.newest().withPageSize(100).pageSize()).isEqualTo(100);
        assertThatThrownBy(() -> AuditQuery.newest().withPageSize(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditQuery.newest().withPageSize(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
