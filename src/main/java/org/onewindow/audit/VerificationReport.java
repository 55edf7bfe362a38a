package org.onewindow.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * What a verification found.
 *
 * @param verifiedAt when the verification started
 * @param firstBreak the first broken link, or {@code null} if the log is intact
 * @param chainedEntries chained entries checked before stopping (all of them if intact)
 * @param pendingEntries entries with a valid MAC that the chainer has not reached yet
 * @param anchorsChecked anchor lines compared with the chain
 */
public record VerificationReport(
        Instant verifiedAt, ChainBreak firstBreak, long chainedEntries, long pendingEntries, long anchorsChecked) {

    public boolean intact() {
        return firstBreak == null;
    }

    public Optional<ChainBreak> breakFound() {
        return Optional.ofNullable(firstBreak);
    }

    /** A few lines for the console and the log. */
    public String summary() {
        String head = intact() ? "Audit log intact" : "Audit log BROKEN: " + firstBreak;
        return head + System.lineSeparator()
                + "  verified at:     " + verifiedAt + System.lineSeparator()
                + "  chained entries: " + chainedEntries + System.lineSeparator()
                + "  pending entries: " + pendingEntries + System.lineSeparator()
                + "  anchors checked: " + anchorsChecked;
    }
}
