package org.onewindow.rating;

import java.util.Arrays;
import java.util.Optional;

/** The five levels of 好差评 (国办发〔2019〕51号): 5 非常满意 … 1 非常不满意. */
public enum RatingLevel {
    VERY_DISSATISFIED(1),
    DISSATISFIED(2),
    FAIRLY_SATISFIED(3),
    SATISFIED(4),
    VERY_SATISFIED(5);

    private final int value;

    RatingLevel(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /** The level of a number 1–5, or empty for anything else. */
    public static Optional<RatingLevel> of(int value) {
        return Arrays.stream(values()).filter(l -> l.value == value).findFirst();
    }

    /** 差评: 1 or 2, which opens a rectification for the responsible department. */
    public boolean poor() {
        return value <= 2;
    }

    /** 4 or 5: counted in the satisfaction share (满意率). */
    public boolean satisfied() {
        return value >= 4;
    }
}
