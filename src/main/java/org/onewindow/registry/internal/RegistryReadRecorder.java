package org.onewindow.registry.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.registry.RegistryRead;
import org.onewindow.shared.CreditCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records one registry read in the access log the data subject sees, in the caller's transaction.
 *
 * <p>This is the one place every registry read passes through; each read is audited too, with
 * the subject identified only by the first characters of its blind index.
 */
@Component
class RegistryReadRecorder {

    /** Which registry was read. */
    enum Registry {
        POPULATION,
        LEGAL_ENTITY
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    RegistryReadRecorder(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Records a read.
     *
     * @param subjectIndex blind index of the person whose data was (or would have been) read;
     *     null only for a legal entity looked up by an unknown credit code
     * @param creditCode the legal entity looked up by credit code, else null
     */
    void record(RegistryRead read, Registry registry, String subjectIndex, CreditCode creditCode, boolean found) {
        jdbc.sql("""
                        insert into registry.access_log (read_at, registry, subject_bidx, credit_code, found,
                            reader_type, reader_id, reader_name, reader_ip, purpose)
                        values (:readAt, :registry, :subject, :creditCode, :found, :readerType, :readerId,
                            :readerName, :readerIp, :purpose)
                        """)
                .param("readAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("registry", registry.name())
                .param("subject", subjectIndex)
                .param("creditCode", creditCode == null ? null : creditCode.value())
                .param("found", found)
                .param("readerType", read.reader().type())
                .param("readerId", read.reader().id())
                .param("readerName", read.reader().name())
                .param("readerIp", read.reader().ip())
                .param("purpose", read.purpose().name())
                .update();
        audit.record(new AuditRecord(
                AuditEvent.REGISTRY_READ,
                actorOf(read),
                read.reader().ip(),
                registry == Registry.POPULATION ? "person" : "legal_entity",
                creditCode != null ? creditCode.value() : subjectIndex == null ? null : subjectIndex.substring(0, 16),
                AuditResult.SUCCESS,
                "purpose " + read.purpose() + (found ? "" : ", not found")));
    }

    private static Actor actorOf(RegistryRead read) {
        return switch (read.reader().type()) {
            case "CITIZEN" -> Actor.citizen(read.reader().id(), read.reader().name());
            case "STAFF" -> Actor.staff(read.reader().id(), read.reader().name());
            default -> Actor.system(read.reader().id());
        };
    }
}
