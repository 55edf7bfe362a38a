package org.onewindow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@OneWindowIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditTrail auditTrail;

    private final String actorId = "staff-" + UUID.randomUUID();
    private final Actor actor = Actor.staff(actorId, "李四");
    private final Actor auditor = Actor.staff("auditor-" + UUID.randomUUID(), "审计员");

    private List<Long> recordFive() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            AuditEvent event = i % 2 == 0 ? AuditEvent.PERSONAL_DATA_UNMASKED : AuditEvent.REGISTRY_READ;
            ids.add(auditLog.record(event, actor, "10.0.0.9", "person", "p-" + actorId + "-" + i));
        }
        return ids;
    }

    private List<Long> ids(AuditQuery query) {
        return auditTrail.view(auditor, null, query).entries().stream()
                .map(AuditEntryView::id)
                .toList();
    }

    @Test
    void pagesNewestFirstByKeyset() {
        List<Long> ids = recordFive();
        AuditQuery query = AuditQuery.newest().withActorId(actorId).withPageSize(2);

        AuditPage first = auditTrail.view(auditor, "10.1.1.1", query);
        AuditPage second = auditTrail.view(auditor, "10.1.1.1", query.before(first.nextBeforeId()));
        AuditPage third = auditTrail.view(auditor, "10.1.1.1", query.before(second.nextBeforeId()));

        assertThat(first.entries()).extracting(AuditEntryView::id).containsExactly(ids.get(4), ids.get(3));
        assertThat(second.entries()).extracting(AuditEntryView::id).containsExactly(ids.get(2), ids.get(1));
        assertThat(third.entries()).extracting(AuditEntryView::id).containsExactly(ids.get(0));
        assertThat(third.hasMore()).isFalse();
        AuditEntryView newest = first.entries().getFirst();
        assertThat(newest.actor()).isEqualTo(actor);
        assertThat(newest.event()).isEqualTo(AuditEvent.REGISTRY_READ);
        assertThat(newest.result()).isEqualTo(AuditResult.SUCCESS);
        assertThat(newest.objectType()).isEqualTo("person");
        assertThat(newest.ip()).isEqualTo("10.0.0.9");
    }

    @Test
    void filtersByEventObjectAndTime() {
        Instant before = Instant.now().minusSeconds(1);
        List<Long> ids = recordFive();
        AuditQuery mine = AuditQuery.newest().withActorId(actorId);

        assertThat(auditTrail.view(auditor, null, mine.withEvent(AuditEvent.PERSONAL_DATA_UNMASKED)).entries())
                .extracting(AuditEntryView::id)
                .containsExactly(ids.get(3), ids.get(1));
        assertThat(auditTrail.view(auditor, null, AuditQuery.newest().withObjectId("p-" + actorId + "-3")).entries())
                .extracting(AuditEntryView::id)
                .containsExactly(ids.get(2));
        assertThat(auditTrail.view(auditor, null, mine.between(before, Instant.now().plusSeconds(1))).entries())
                .hasSize(5);
        Instant later = Instant.now().plus(Duration.ofHours(1));
        assertThat(auditTrail.view(auditor, null, mine.between(later, later.plusSeconds(60))).entries()).isEmpty();
    }

    @Test
    void aTimeWindowHoldsExactlyTheEntriesFromItsStartUpToItsEnd() {
        List<Long> ids = recordFive();
        AuditQuery mine = AuditQuery.newest().withActorId(actorId);
        List<Instant> times = auditTrail.view(auditor, null, mine).entries().reversed().stream()
                .map(AuditEntryView::occurredAt)
                .toList();
        assertThat(times).hasSize(5).isSorted().doesNotHaveDuplicates();

        assertThat(ids(mine.between(times.get(1), times.get(3)))).containsExactly(ids.get(2), ids.get(1));
        assertThat(ids(mine.between(times.get(3), null))).containsExactly(ids.get(4), ids.get(3));
        assertThat(ids(mine.between(null, times.get(1)))).containsExactly(ids.get(0));
        assertThat(ids(mine.between(times.get(2), times.get(2)))).isEmpty();

        AuditQuery window = mine.between(times.get(0), times.get(4)).withPageSize(2);
        AuditPage first = auditTrail.view(auditor, null, window);
        AuditPage second = auditTrail.view(auditor, null, window.before(first.nextBeforeId()));
        assertThat(first.entries()).extracting(AuditEntryView::id).containsExactly(ids.get(3), ids.get(2));
        assertThat(second.entries()).extracting(AuditEntryView::id).containsExactly(ids.get(1), ids.get(0));
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void everyViewIsItselfAudited() {
        auditTrail.view(auditor, "10.1.1.2", AuditQuery.newest().withEvent(AuditEvent.LOGIN_FAILED));

        AuditPage views = auditTrail.view(Actor.system("test"), null,
                AuditQuery.newest().withActorId(auditor.id()).withEvent(AuditEvent.AUDIT_LOG_VIEWED));

        assertThat(views.entries()).singleElement().satisfies(view -> {
            assertThat(view.ip()).isEqualTo("10.1.1.2");
            assertThat(view.detail()).contains("event=LOGIN_FAILED");
        });
    }
}
