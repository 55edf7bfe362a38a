package org.onewindow.shared;

import static org.onewindow.shared.IdentifierError.CREDIT_CODE_INVALID_CHARACTER;
import static org.onewindow.shared.IdentifierError.CREDIT_CODE_INVALID_CHECKSUM;
import static org.onewindow.shared.IdentifierError.CREDIT_CODE_INVALID_LENGTH;

import java.util.Locale;

/**
 * A unified social credit code (GB 32100-2015) of a business or other organisation.
 *
 * <p>Eighteen characters from {@code 0-9} and the capitals without I, O, S, V and Z;
 * the last one is a modulo-31 check character.
 */
public record CreditCode(String value) implements java.io.Serializable {

    private static final int LENGTH = 18;
    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        value = normalise(value);
        if (value.length() != LENGTH) {
            throw invalid(CREDIT_CODE_INVALID_LENGTH, "credit code must have 18 characters, got " + value.length());
        }
        requireCharacters(value);
        if (value.charAt(LENGTH - 1) != checkCharacter(value)) {
            throw invalid(CREDIT_CODE_INVALID_CHECKSUM, "credit code check character does not match");
        }
    }

    /** Parses user input: trims and upper-cases it and checks every rule. */
    public static CreditCode parse(String input) {
        return new CreditCode(input);
    }

    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** Completes 17 characters with their check character, e.g. to generate demo data. */
    public static CreditCode withChecksum(String first17) {
        String body = normalise(first17);
        if (body.length() != LENGTH - 1) {
            throw invalid(CREDIT_CODE_INVALID_LENGTH, "credit code body must have 17 characters, got " + body.length());
        }
        requireCharacters(body);
        return new CreditCode(body + checkCharacter(body));
    }

    /** Characters 3 to 8: the division code of the registering authority. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /** Keeps the registration authority, category and division code: {@code 91350100********43}. */
    public String masked() {
        return Masking.keep(value, 8, 2);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String input) {
        return input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
    }

    private static void requireCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (CHARACTERS.indexOf(value.charAt(i)) < 0) {
                throw invalid(CREDIT_CODE_INVALID_CHARACTER,
                        "credit code may only contain 0-9 and capitals other than I, O, S, V, Z");
            }
        }
    }

    private static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARACTERS.indexOf(value.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    private static InvalidIdentifierException invalid(IdentifierError error, String message) {
        return new InvalidIdentifierException(error, message);
    }
}
