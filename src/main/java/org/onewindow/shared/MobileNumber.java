package org.onewindow.shared;

import static org.onewindow.shared.IdentifierError.MOBILE_INVALID;

import java.util.regex.Pattern;

/**
 * A mainland China mobile number: eleven digits, {@code 1[3-9]} followed by nine more.
 *
 * <p>Input may contain spaces and dashes and start with {@code +86}. A bare
 * {@code 86} prefix is not stripped: the standard names only {@code +86}, and
 * guessing would be wrong for input that is simply mistyped.
 * {@link #toString()} is masked so that the number does not leak into logs.
 */
public record MobileNumber(String value) implements java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000-]+");
    private static final String COUNTRY_PREFIX = "+86";

    public MobileNumber {
        value = normalise(value);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidIdentifierException(MOBILE_INVALID, "mobile number must be 11 digits starting 13 to 19");
        }
    }

    /** Parses user input such as {@code +86 138-0013-8000}. */
    public static MobileNumber parse(String input) {
        return new MobileNumber(input);
    }

    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** The form shown to viewers without the unmask permission: {@code 138****1234}. */
    public String masked() {
        return Masking.keep(value, 3, 4);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String normalise(String input) {
        if (input == null) {
            return "";
        }
        String compact = SEPARATORS.matcher(input).replaceAll("");
        return compact.startsWith(COUNTRY_PREFIX) ? compact.substring(COUNTRY_PREFIX.length()) : compact;
    }
}
