package org.onewindow.catalog;

import java.util.Locale;

/** Who a service is for: natural persons (个人) or legal persons (法人). */
public enum Audience {
    CITIZEN,
    BUSINESS;

    /** The code used in YAML and URLs: {@code citizen}, {@code business}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
