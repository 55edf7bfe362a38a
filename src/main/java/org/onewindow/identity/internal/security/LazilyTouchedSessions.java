package org.onewindow.identity.internal.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The database sessions, written only when something changed: Spring Session's JDBC store writes
 * every session back at the end of every request, a transaction and a durable commit just to move
 * its last access time. Here a session whose attributes, id and timeout are untouched is written
 * only once its stored last access is {@code interval} old.
 *
 * <p>Idle expiry goes by the stored last access, so a session used all along may end up to
 * {@code interval} before its idle timeout, never after it. Logging in, a new session id, a
 * changed attribute (the security context, the CSRF token, the authentication time) and a new
 * timeout are written at once, as before.
 *
 * <p>Spring Session also reads the session a second time at the end of every request, right
 * after saving it, only to check that the id the client sent is still valid; within a request
 * ({@link #withinRequest}, see {@link SessionRequestScope}) that lookup is answered with the
 * session just saved.
 */
final class LazilyTouchedSessions<S extends Session>
        implements FindByIndexNameSessionRepository<LazilyTouchedSessions.Touched<S>> {

    /** The sessions saved during the current request, by id; null outside a request. */
    private static final ThreadLocal<Map<String, Touched<?>>> SAVED_IN_REQUEST = new ThreadLocal<>();

    /** Work of one request, in whose scope a session just saved is not read back from the database. */
    interface RequestWork {
        void run() throws ServletException, IOException;
    }

    private final FindByIndexNameSessionRepository<S> sessions;
    private final Duration interval;

    private LazilyTouchedSessions(FindByIndexNameSessionRepository<S> sessions, Duration interval) {
        this.sessions = sessions;
        this.interval = interval;
    }

    static <S extends Session> LazilyTouchedSessions<S> around(
            FindByIndexNameSessionRepository<S> sessions, Duration interval) {
        return new LazilyTouchedSessions<>(sessions, interval);
    }

    @Override
    public Touched<S> createSession() {
        return new Touched<>(sessions.createSession(), null);
    }

    static void withinRequest(RequestWork work) throws ServletException, IOException {
        Map<String, Touched<?>> outer = SAVED_IN_REQUEST.get();
        SAVED_IN_REQUEST.set(new HashMap<>());
        try {
            work.run();
        } finally {
            SAVED_IN_REQUEST.set(outer);
        }
    }

    @Override
    public void save(Touched<S> session) {
        if (session.mustBeWritten(interval)) {
            sessions.save(session.stored);
            session.written();
        }
        Map<String, Touched<?>> saved = SAVED_IN_REQUEST.get();
        if (saved != null) {
            saved.put(session.getId(), session);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Touched<S> findById(String id) {
        Map<String, Touched<?>> saved = SAVED_IN_REQUEST.get();
        Touched<?> justSaved = saved == null ? null : saved.remove(id);
        if (justSaved != null) {
            return (Touched<S>) justSaved;
        }
        S stored = SessionTransactions.reading(() -> sessions.findById(id));
        return stored == null ? null : new Touched<>(stored, stored.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
        Map<String, Touched<?>> saved = SAVED_IN_REQUEST.get();
        if (saved != null) {
            saved.remove(id);
        }
        sessions.deleteById(id);
    }

    @Override
    public Map<String, Touched<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Touched<S>> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, stored) -> found.put(id, new Touched<>(stored, stored.getLastAccessedTime())));
        return found;
    }

    /** A session as loaded, remembering whether anything but its last access time changed. */
    static final class Touched<S extends Session> implements Session {

        private final S stored;
        private Instant writtenAccess;
        private boolean changed;

        private Touched(S stored, Instant writtenAccess) {
            this.stored = stored;
            this.writtenAccess = writtenAccess;
        }

        /** New, changed, or last written as accessed {@code interval} or longer ago. */
        boolean mustBeWritten(Duration interval) {
            return writtenAccess == null || changed
                    || Duration.between(writtenAccess, stored.getLastAccessedTime()).compareTo(interval) >= 0;
        }

        void written() {
            writtenAccess = stored.getLastAccessedTime();
            changed = false;
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            stored.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
