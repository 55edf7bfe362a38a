package org.onewindow.registry.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.onewindow.registry.LegalEntity;
import org.onewindow.registry.Person;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.Gender;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.MobileNumber;

/** Hands out unique, valid identity numbers, mobiles and credit codes for the demo data. */
final class DemoIdentifiers {

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final List<String> MOBILE_PREFIXES = List.of(
            "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157",
            "158", "159", "177", "180", "181", "182", "185", "186", "187", "188", "189", "198", "199");
    /** The fixed demo people's mobiles are 13800000001 and up; generated ones keep clear. */
    private static final String RESERVED_MOBILES = "138000000";
    private static final String CREDIT_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String ORGANISATION_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    /** Organisation codes assigned with the credit code (from late 2015) start with MA. */
    private static final LocalDate NEW_STYLE_CODES = LocalDate.of(2015, 10, 1);

    private final Random random;
    private final Set<String> idNumbers = new HashSet<>();
    private final Set<String> mobiles = new HashSet<>();
    private final Set<String> creditCodes = new HashSet<>();

    DemoIdentifiers(Random random) {
        this.random = random;
    }

    void reserve(Person person) {
        idNumbers.add(person.idNumber().value());
        if (person.mobile() != null) {
            mobiles.add(person.mobile().value());
        }
    }

    void reserve(LegalEntity entity) {
        creditCodes.add(entity.creditCode().value());
    }

    /** A new identity number; the sequence's parity carries the gender (odd = male). */
    IdNumber idNumber(String division, LocalDate birthDate, Gender gender) {
        while (true) {
            int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
            IdNumber id = IdNumber.withChecksum(division + birthDate.format(BASIC_DATE) + "%03d".formatted(sequence));
            if (idNumbers.add(id.value())) {
                return id;
            }
        }
    }

    MobileNumber mobile() {
        while (true) {
            String number = MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size()))
                    + "%08d".formatted(random.nextInt(100_000_000));
            if (!number.startsWith(RESERVED_MOBILES) && mobiles.add(number)) {
                return new MobileNumber(number);
            }
        }
    }

    /**
     * A new credit code: registration category ({@code 91} enterprise, {@code 92} individual
     * business), the registering district, and an organisation code with its GB 11714 check.
     */
    CreditCode creditCode(String category, String division, LocalDate establishedOn) {
        while (true) {
            StringBuilder organisation = new StringBuilder();
            if (establishedOn.isBefore(NEW_STYLE_CODES)) {
                organisation.append("%08d".formatted(random.nextInt(100_000_000)));
            } else {
                organisation.append("MA");
                for (int i = 0; i < 6; i++) {
                    organisation.append(CREDIT_CHARACTERS.charAt(random.nextInt(CREDIT_CHARACTERS.length())));
                }
            }
            organisation.append(organisationCheck(organisation));
            CreditCode code = CreditCode.withChecksum(category + division + organisation);
            if (creditCodes.add(code.value())) {
                return code;
            }
        }
    }

    /** The check character of an eight-character organisation code (GB 11714-1997). */
    static char organisationCheck(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
            sum += ORGANISATION_CHARACTERS.indexOf(body.charAt(i)) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
