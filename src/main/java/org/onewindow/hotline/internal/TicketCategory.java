package org.onewindow.hotline.internal;

import java.util.Locale;

/** What kind of contact a ticket is: 咨询, 求助, 投诉, 举报, 建议, 表扬. */
enum TicketCategory {
    CONSULTATION,
    HELP_REQUEST,
    COMPLAINT,
    REPORT,
    SUGGESTION,
    PRAISE;

    public String messageKey() {
        return "hotline.category." + name().toLowerCase(Locale.ROOT);
    }
}
