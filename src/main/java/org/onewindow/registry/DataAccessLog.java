package org.onewindow.registry;

import java.util.List;
import org.onewindow.shared.IdNumber;

/** The access log the data subject reads: who read their registry data, when and why. */
public interface DataAccessLog {

    /** The largest page {@link #readsOf} returns. */
    int MAX_PAGE_SIZE = 100;

    /**
     * Newest first; {@code beforeId} null for the first page; at most {@code limit} (≤ 100) entries.
     *
     * <p>The next page starts before the last entry's id. A larger limit is capped at
     * {@link #MAX_PAGE_SIZE}; a limit below one is rejected.
     */
    List<AccessLogEntry> readsOf(IdNumber subject, Long beforeId, int limit);
}
