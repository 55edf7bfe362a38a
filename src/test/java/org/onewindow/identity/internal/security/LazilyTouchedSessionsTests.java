package org.onewindow.identity.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

class LazilyTouchedSessionsTests {

    final CountingStore store = new CountingStore();
    final LazilyTouchedSessions<MapSession> sessions = LazilyTouchedSessions.around(store, Duration.ofSeconds(60));
    String id;

    @BeforeEach
    void aStoredSession() {
        LazilyTouchedSessions.Touched<MapSession> created = sessions.createSession();
        created.setAttribute("user", "张伟");
        sessions.save(created);
        id = created.getId();
        store.writes = 0;
    }

    @Test
    void aSessionOnlyAccessedAgainWithinTheIntervalIsNotWritten() {
        LazilyTouchedSessions.Touched<MapSession> session = sessions.findById(id);
        session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(59));

        sessions.save(session);

        assertThat(store.writes).isZero();
    }

    @Test
    void aSessionAccessedAnIntervalAfterItsLastWriteIsWritten() {
        LazilyTouchedSessions.Touched<MapSession> session = sessions.findById(id);
        Instant later = session.getLastAccessedTime().plusSeconds(60);
        session.setLastAccessedTime(later);

        sessions.save(session);

        assertThat(store.writes).isOne();
        assertThat(store.stored.get(id).getLastAccessedTime()).isEqualTo(later);
    }

    @Test
    void aChangedAttributeIdOrTimeoutIsWrittenAtOnce() {
        LazilyTouchedSessions.Touched<MapSession> session = sessions.findById(id);
        session.setAttribute("csrf", "token");
        sessions.save(session);
        session.setMaxInactiveInterval(Duration.ofMinutes(15));
        sessions.save(session);
        String renewed = session.changeSessionId();
        sessions.save(session);

        assertThat(store.writes).isEqualTo(3);
        assertThat(store.stored.get(renewed).getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void withinARequestTheLookupAfterSavingIsAnsweredFromMemoryButNotOutsideIt() throws Exception {
        LazilyTouchedSessions.withinRequest(() -> {
            LazilyTouchedSessions.Touched<MapSession> session = sessions.findById(id);
            sessions.save(session);
            assertThat(sessions.findById(id)).isSameAs(session);
        });
        assertThat(store.lookups).isOne();

        sessions.save(sessions.findById(id));
        sessions.findById(id);
        assertThat(store.lookups).isEqualTo(3);
    }

    @Test
    void aSessionDeletedWithinARequestIsNotFoundAgain() throws Exception {
        LazilyTouchedSessions.withinRequest(() -> {
            sessions.save(sessions.findById(id));
            sessions.deleteById(id);
            assertThat(sessions.findById(id)).isNull();
        });
    }

    /** A session store that counts reads and writes. */
    static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

        final Map<String, MapSession> stored = new HashMap<>();
        int writes;
        int lookups;

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            writes++;
            stored.values().removeIf(s -> s.getOriginalId().equals(session.getOriginalId()));
            stored.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            lookups++;
            MapSession session = stored.get(id);
            return session == null ? null : new MapSession(session);
        }

        @Override
        public void deleteById(String id) {
            stored.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }
}
