package org.onewindow.shared;

import static org.onewindow.shared.IdentifierError.DIVISION_CODE_INVALID;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An administrative division code (GB/T 2260): province, prefecture and county, two digits each.
 *
 * <p>Only the structure is checked, not the published table (which is versioned data,
 * and old codes stay valid in old records). Containment follows the code: {@code 350000}
 * contains {@code 350100}, which contains {@code 350102}.
 */
public record DivisionCode(String value) implements java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}");
    private static final String ZERO = "00";

    /** The three levels of GB/T 2260. */
    public enum Level {
        PROVINCE,
        PREFECTURE,
        COUNTY
    }

    public DivisionCode {
        value = value == null ? "" : value.strip();
        if (!FORMAT.matcher(value).matches()) {
            throw invalid("division code must have 6 digits");
        }
        if (value.startsWith(ZERO)) {
            throw invalid("division code must name a province");
        }
        if (value.substring(2, 4).equals(ZERO) && !value.endsWith(ZERO)) {
            throw invalid("division code names a county without a prefecture");
        }
    }

    public static DivisionCode parse(String input) {
        return new DivisionCode(input);
    }

    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    public Level level() {
        if (value.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return value.endsWith(ZERO) ? Level.PREFECTURE : Level.COUNTY;
    }

    /** The province this code lies in (itself for a province). */
    public DivisionCode province() {
        return new DivisionCode(value.substring(0, 2) + "0000");
    }

    /** The prefecture this code lies in (itself for a prefecture); empty for a province. */
    public Optional<DivisionCode> prefecture() {
        if (level() == Level.PROVINCE) {
            return Optional.empty();
        }
        return Optional.of(new DivisionCode(value.substring(0, 4) + ZERO));
    }

    /** Whether {@code other} lies strictly inside this division. */
    public boolean isAncestorOf(DivisionCode other) {
        return !equals(other) && other.value.startsWith(significantPrefix());
    }

    /** Whether {@code other} is this division or lies inside it: the test for a region scope. */
    public boolean contains(DivisionCode other) {
        return equals(other) || isAncestorOf(other);
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * The digits every code inside this division starts with (350000 → 35, 350100 → 3501,
     * 350102 → 350102): a region subtree as a SQL {@code LIKE} prefix.
     */
    public String subtreePrefix() {
        return significantPrefix();
    }

    private String significantPrefix() {
        return switch (level()) {
            case PROVINCE -> value.substring(0, 2);
            case PREFECTURE -> value.substring(0, 4);
            case COUNTY -> value;
        };
    }

    private static InvalidIdentifierException invalid(String message) {
        return new InvalidIdentifierException(DIVISION_CODE_INVALID, message);
    }
}
