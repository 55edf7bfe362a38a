package org.onewindow.hotline.internal;

/** How a ticket came in. */
enum Channel {
    WEB,
    PHONE,
    OPEN311
}
