package org.onewindow.identity.internal.security;

import java.time.Duration;
import java.time.Instant;
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
 */
final class LazilyTouchedSessions<S extends Session>
        implements FindByIndexNameSessionRepository<LazilyTouchedSessions.Touched<S>> {

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

    @Override
    public void save(Touched<S> session) {
        if (session.mustBeWritten(interval)) {
            sessions.save(session.stored);
            session.written();
        }
    }

    @Override
    public Touched<S> findById(String id) {
        S stored = sessions.findById(id);
        return stored == null ? null : new Touched<>(stored, stored.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
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
