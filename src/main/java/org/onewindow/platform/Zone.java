package org.onewindow.platform;

/** The two network zones: the public portal (外网) and the government office (内网). */
public enum Zone {
    PORTAL,
    OFFICE
}
