package org.onewindow.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditVerification;
import org.onewindow.audit.ChainBreak;
import org.onewindow.audit.VerificationReport;

class VerificationCommandTests {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private static AuditVerification answering(VerificationReport report) {
        return new AuditVerification() {
            @Override
            public VerificationReport verify() {
                return report;
            }

            @Override
            public VerificationReport verify(Actor requester, String ip) {
                assertThat(requester).isEqualTo(Actor.system(VerificationCommand.ACTOR));
                return report;
            }
        };
    }

    @Test
    void exitsWithZeroAndSaysSoWhenIntact() {
        VerificationReport intact = new VerificationReport(Instant.EPOCH, null, 12, 1, 3);

        int code = new VerificationCommand(answering(intact), out).run();

        assertThat(code).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Audit log intact")
                .contains("chained entries: 12");
    }

    @Test
    void exitsWithOneAndNamesTheBreakWhenBroken() {
        ChainBreak deleted = new ChainBreak(ChainBreak.Kind.SEQUENCE_GAP, 6L, null, "chain_seq 6 is missing");
        VerificationReport broken = new VerificationReport(Instant.EPOCH, deleted, 5, 0, 0);

        int code = new VerificationCommand(answering(broken), out).run();

        assertThat(code).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("BROKEN: SEQUENCE_GAP at chain_seq 6");
    }
}
