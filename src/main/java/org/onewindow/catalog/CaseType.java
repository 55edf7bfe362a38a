package org.onewindow.catalog;

/** Whether an item is done on the spot (即办件, 1) or within its promised limit (承诺件, 2). */
public enum CaseType {
    IMMEDIATE(1, "即办件"),
    PROMISED(2, "承诺件");

    private final int code;
    private final String label;

    CaseType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }
}
