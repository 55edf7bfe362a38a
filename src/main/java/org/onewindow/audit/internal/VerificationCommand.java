package org.onewindow.audit.internal;

import java.io.PrintStream;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditVerification;
import org.onewindow.audit.VerificationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Verifies the log, prints the report and answers the process exit code: 0 intact, 1 broken. */
final class VerificationCommand {

    static final String ACTOR = "audit-verify-command";

    private static final Logger log = LoggerFactory.getLogger(VerificationCommand.class);

    private final AuditVerification verification;
    private final PrintStream out;

    VerificationCommand(AuditVerification verification, PrintStream out) {
        this.verification = verification;
        this.out = out;
    }

    int run() {
        VerificationReport report = verification.verify(Actor.system(ACTOR), null);
        out.println(report.summary());
        out.flush();
        if (report.intact()) {
            log.info("Audit verification: intact ({} chained, {} pending)",
                    report.chainedEntries(), report.pendingEntries());
            return 0;
        }
        log.error("Audit verification: BROKEN: {}", report.firstBreak());
        return 1;
    }
}
