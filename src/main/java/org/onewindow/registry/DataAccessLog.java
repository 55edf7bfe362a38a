package org.onewindow.registry;

import java.util.List;
import org.onewindow.shared.IdNumber;

/** The access log the data subject reads: who read their registry data, when and why. */
public interface DataAccessLog {

    /** Newest first; {@code beforeId} null for the first page; at most {@code limit} (≤ 100) entries. */
    List<AccessLogEntry> readsOf(IdNumber subject, Long beforeId, int limit);
}
