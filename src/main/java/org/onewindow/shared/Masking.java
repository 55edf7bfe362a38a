package org.onewindow.shared;

/**
 * Masks personal data for display to viewers without the unmask permission.
 *
 * <p>All helpers count Unicode code points, so rare characters outside the Basic
 * Multilingual Plane (e.g. 𠮷) count as one. A {@code null} input yields an empty string.
 */
public final class Masking {

    private static final String STAR = "*";
    private static final String ADDRESS_MASK = "****";
    private static final int ADDRESS_HEAD = 6;

    private Masking() {
    }

    /**
     * Keeps {@code head} leading and {@code tail} trailing characters and stars the rest.
     *
     * <p>The result has the input's length. Input too short to hide anything is starred entirely.
     */
    public static String keep(String value, int head, int tail) {
        if (head < 0 || tail < 0) {
            throw new IllegalArgumentException("head and tail must not be negative");
        }
        if (value == null) {
            return "";
        }
        int length = value.codePointCount(0, value.length());
        if (head + tail >= length) {
            return STAR.repeat(length);
        }
        int headEnd = value.offsetByCodePoints(0, head);
        int tailStart = value.offsetByCodePoints(0, length - tail);
        return value.substring(0, headEnd) + STAR.repeat(length - head - tail) + value.substring(tailStart);
    }

    /**
     * Keeps the first character of a name and stars every other one: 张三 → 张*, 欧阳娜娜 → 欧***.
     *
     * <p>Compound surnames are not recognised on purpose: a list would be incomplete, and
     * one rule is easy to predict. A one-character name is starred entirely.
     */
    public static String name(String name) {
        if (name == null) {
            return "";
        }
        return keep(name.strip(), 1, 0);
    }

    /**
     * Keeps the start of an address (province, city) and replaces the rest with four stars.
     *
     * <p>Keeps six characters, but never more than half the address, so a short one is not
     * shown nearly whole; the fixed mask does not reveal the address's length.
     */
    public static String address(String address) {
        if (address == null) {
            return "";
        }
        String trimmed = address.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        int head = Math.min(ADDRESS_HEAD, length / 2);
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, head)) + ADDRESS_MASK;
    }

    /** Keeps the first character of the local part and the domain: {@code z***@example.com}. */
    public static String email(String email) {
        if (email == null) {
            return "";
        }
        String trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0) {
            return keep(trimmed, 1, 0);
        }
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "***" + trimmed.substring(at);
    }
}
