package org.onewindow.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The item type codes of GB/T 39046-2020 (事项类型). */
public enum ItemType {
    LICENCE("01", "行政许可"),
    PENALTY("02", "行政处罚"),
    ENFORCEMENT("03", "行政强制"),
    LEVY("04", "行政征收"),
    BENEFIT("05", "行政给付"),
    INSPECTION("06", "行政检查"),
    CONFIRMATION("07", "行政确认"),
    REWARD("08", "行政奖励"),
    ADJUDICATION("09", "行政裁决"),
    OTHER("10", "其他行政权力"),
    PUBLIC_SERVICE("20", "公共服务");

    private final String code;
    private final String label;

    ItemType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ItemType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
