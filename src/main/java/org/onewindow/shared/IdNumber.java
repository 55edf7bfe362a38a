package org.onewindow.shared;

import static org.onewindow.shared.IdentifierError.ID_NUMBER_INVALID_CHARACTER;
import static org.onewindow.shared.IdentifierError.ID_NUMBER_INVALID_CHECKSUM;
import static org.onewindow.shared.IdentifierError.ID_NUMBER_INVALID_DATE;
import static org.onewindow.shared.IdentifierError.ID_NUMBER_INVALID_LENGTH;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A resident identity number (GB 11643-1999), always in canonical upper-case form.
 *
 * <p>The canonical constructor checks length, characters, the birth date's existence
 * and the checksum; {@link #parse(String, Clock)} also checks that the birth date is
 * not in the future, which needs a clock. A first digit of {@code 9} (foreigners'
 * permanent residence card, 2023) is valid; historic division codes are not rejected.
 * {@link #toString()} is masked so that the number does not leak into logs.
 */
public record IdNumber(String value) implements java.io.Serializable {

    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1800, 1, 1);

    public IdNumber {
        value = normalise(value);
        if (value.length() != LENGTH) {
            throw invalid(ID_NUMBER_INVALID_LENGTH,
                    "identity number must have 18 characters, got " + value.length());
        }
        requireDigits(value.substring(0, LENGTH - 1));
        char check = value.charAt(LENGTH - 1);
        if (!isAsciiDigit(check) && check != 'X') {
            throw invalid(ID_NUMBER_INVALID_CHARACTER, "identity number must end in a digit or X");
        }
        birthDateOf(value);
        if (check != checkCharacter(value)) {
            throw invalid(ID_NUMBER_INVALID_CHECKSUM, "identity number check character does not match");
        }
    }

    /** Parses user input, checking the birth date against the system clock in China. */
    public static IdNumber parse(String input) {
        return parse(input, ChinaTime.clock());
    }

    /** Parses user input: trims it, upper-cases {@code x} and checks every rule. */
    public static IdNumber parse(String input, Clock clock) {
        IdNumber id = new IdNumber(input);
        if (id.birthDate().isAfter(LocalDate.now(clock))) {
            throw invalid(ID_NUMBER_INVALID_DATE, "identity number birth date is in the future");
        }
        return id;
    }

    /** Whether the input parses, against the system clock in China. */
    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** Completes 17 digits with their check character, e.g. to generate demo data. */
    public static IdNumber withChecksum(String first17) {
        String body = normalise(first17);
        if (body.length() != LENGTH - 1) {
            throw invalid(ID_NUMBER_INVALID_LENGTH,
                    "identity number body must have 17 digits, got " + body.length());
        }
        requireDigits(body);
        return parse(body + checkCharacter(body));
    }

    /**
     * The first six digits: the division code where the number was first issued.
     *
     * <p>For a number starting with 9 they are 9, the province and the nationality code.
     */
    public String divisionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** Whether this is a foreigner's permanent residence identity card (first digit 9). */
    public boolean foreignPermanentResident() {
        return value.charAt(0) == '9';
    }

    /** The form shown to viewers without the unmask permission: {@code 110105********002X}. */
    public String masked() {
        return Masking.keep(value, 6, 4);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String normalise(String input) {
        return input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
    }

    private static void requireDigits(String digits) {
        if (!digits.chars().allMatch(IdNumber::isAsciiDigit)) {
            throw invalid(ID_NUMBER_INVALID_CHARACTER,
                    "identity number must have 17 digits before the check character");
        }
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static LocalDate birthDateOf(String value) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
            if (date.isBefore(EARLIEST_BIRTH_DATE)) {
                throw invalid(ID_NUMBER_INVALID_DATE, "identity number birth date is before 1800");
            }
            return date;
        } catch (DateTimeException e) {
            throw invalid(ID_NUMBER_INVALID_DATE, "identity number birth date does not exist");
        }
    }

    private static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static InvalidIdentifierException invalid(IdentifierError error, String message) {
        return new InvalidIdentifierException(error, message);
    }
}
