package org.onewindow.registry.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.onewindow.registry.RegistryRead;
import org.onewindow.shared.CreditCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records one registry read in the access log the data subject sees, in the caller's transaction.
 *
 * <p>This is the one place every registry read passes through: the audit entry for reads of
 * personal data belongs here too.
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

    RegistryReadRecorder(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
        // AUDIT: the lead adds the audit entry for this read of personal data here (reader,
        // purpose, registry, found), once the audit module is merged.
    }
}
