package org.onewindow.audit;

import java.util.List;

/**
 * One page of audit entries, newest first.
 *
 * @param entries the entries
 * @param nextBeforeId pass to {@link AuditQuery#before} for the next (older) page, or {@code null} if this is the last
 */
public record AuditPage(List<AuditEntryView> entries, Long nextBeforeId) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public boolean hasMore() {
        return nextBeforeId != null;
    }
}
