package org.onewindow.hotline.internal;

import org.onewindow.shared.DivisionCode;

/** Region filters in SQL: a division covers the codes that start with its significant digits. */
final class Regions {

    private Regions() {}

    /** The {@code LIKE} pattern of the codes a division covers: {@code 3501%} for 350100. */
    static String likePattern(DivisionCode region) {
        String value = region.value();
        return switch (region.level()) {
            case PROVINCE -> value.substring(0, 2) + "%";
            case PREFECTURE -> value.substring(0, 4) + "%";
            case COUNTY -> value;
        };
    }
}
