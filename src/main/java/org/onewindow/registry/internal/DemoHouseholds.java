package org.onewindow.registry.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.onewindow.registry.MaritalStatus;
import org.onewindow.registry.Person;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.Gender;
import org.onewindow.shared.IdNumber;

/**
 * Generates households of 福州: a head, usually a spouse and children, sometimes a parent.
 *
 * <p>Ages are consistent: spouses are within five years of each other, children are born when
 * their mother is 22 to 40, nobody after 2024 or before 1940. Children take their father's
 * surname, occasionally their mother's; adults have a mobile.
 */
final class DemoHouseholds {

    static final String GULOU = "350102";
    static final String TAIJIANG = "350103";
    static final String CANGSHAN = "350104";
    static final List<String> DISTRICTS = List.of(GULOU, TAIJIANG, CANGSHAN);
    static final Map<String, String> DISTRICT_NAMES = Map.of(GULOU, "鼓楼区", TAIJIANG, "台江区", CANGSHAN, "仓山区");

    /** Ages (adulthood, for a mobile) are reckoned on this day, so that the output never changes. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);
    private static final int EARLIEST_YEAR = 1940;
    private static final int LATEST_HEAD_YEAR = 1998;
    private static final int LATEST_YEAR = 2024;
    private static final int[] CHILDREN_PERCENT = {15, 45, 30, 10};

    private final DemoVocabulary words;
    private final DemoIdentifiers identifiers;
    private final Random random;

    DemoHouseholds(DemoVocabulary words, DemoIdentifiers identifiers, Random random) {
        this.words = words;
        this.identifiers = identifiers;
        this.random = random;
    }

    List<Person> generate(int households) {
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < households; i++) {
            String district = DISTRICTS.get(i % DISTRICTS.size());
            persons.addAll(household(district, district + "%06d".formatted(i / DISTRICTS.size() + 1)));
        }
        return persons;
    }

    private List<Person> household(String district, String number) {
        Household household = new Household(district, number, address(district), new ArrayList<>());
        boolean headMale = random.nextInt(100) < 65;
        int headYear = EARLIEST_YEAR + random.nextInt(LATEST_HEAD_YEAR - EARLIEST_YEAR + 1);
        String headSurname = surname();
        Person head = member(household, headSurname, headMale, headYear, "户主");
        if (headYear <= LATEST_HEAD_YEAR - 2 && random.nextInt(100) < 85) {
            marry(household, head);
            int spouseYear = Math.clamp(headYear + (headMale ? random.nextInt(6) : -random.nextInt(6)),
                    EARLIEST_YEAR, LATEST_HEAD_YEAR);
            Person spouse = marry(household,
                    member(household, surnameOtherThan(headSurname), !headMale, spouseYear, "配偶"));
            Person father = headMale ? head : spouse;
            Person mother = headMale ? spouse : head;
            children(household, father, mother);
        } else {
            single(household, head);
        }
        if (household.members().size() == 1 && headYear - 22 >= EARLIEST_YEAR + 12 && random.nextInt(100) < 20) {
            boolean parentMale = random.nextInt(100) < 40;
            int parentYear = headYear - 22 - random.nextInt(12);
            replace(household, member(household, parentMale ? headSurname : surnameOtherThan(headSurname), parentMale,
                    parentYear, parentMale ? "父亲" : "母亲"), MaritalStatus.WIDOWED);
        }
        return household.members();
    }

    private Person marry(Household household, Person person) {
        return replace(household, person, MaritalStatus.MARRIED);
    }

    /** A head of household living alone: never married, divorced or widowed, by age. */
    private void single(Household household, Person head) {
        int age = REFERENCE_DATE.getYear() - head.birthDate().getYear();
        int roll = random.nextInt(100);
        MaritalStatus status = age < 30 || roll < 55 ? MaritalStatus.UNMARRIED
                : age > 65 && roll < 85 ? MaritalStatus.WIDOWED : MaritalStatus.DIVORCED;
        replace(household, head, status);
    }

    private static Person replace(Household household, Person person, MaritalStatus status) {
        Person updated = person.withMaritalStatus(status);
        household.members().set(household.members().indexOf(person), updated);
        return updated;
    }

    private void children(Household household, Person father, Person mother) {
        int count = weighted(CHILDREN_PERCENT);
        int year = mother.birthDate().getYear() + 22 + random.nextInt(10);
        for (int i = 0; i < count && year <= LATEST_YEAR; i++) {
            boolean male = random.nextBoolean();
            String surname = random.nextInt(100) < 90 ? surnameOf(father) : surnameOf(mother);
            member(household, surname, male, year, male ? "子" : "女");
            year += 1 + random.nextInt(4);
        }
    }

    private Person member(Household household, String surname, boolean male, int year, String relation) {
        Gender gender = male ? Gender.MALE : Gender.FEMALE;
        LocalDate birthDate = LocalDate.ofYearDay(year, 1 + random.nextInt(Year.of(year).length()));
        String birthPlace = random.nextInt(100) < 85
                ? household.district()
                : DISTRICTS.get(random.nextInt(DISTRICTS.size()));
        IdNumber id = identifiers.idNumber(birthPlace, birthDate, gender);
        boolean adult = !birthDate.plusYears(18).isAfter(REFERENCE_DATE);
        Person person = new Person(id, surname + givenName(male), gender, birthDate,
                adult ? identifiers.mobile() : null, household.address(), new DivisionCode(household.district()),
                household.number(), relation, MaritalStatus.UNMARRIED);
        household.members().add(person);
        return person;
    }

    private String address(String district) {
        List<String> streets = words.streets().get(district);
        String street = streets.get(random.nextInt(streets.size()));
        return "福建省福州市" + DISTRICT_NAMES.get(district) + street + (1 + random.nextInt(398)) + "号"
                + (1 + random.nextInt(12)) + "座" + (1 + random.nextInt(18)) + "0" + (1 + random.nextInt(6)) + "室";
    }

    private String givenName(boolean male) {
        List<String> characters = male ? words.maleGiven() : words.femaleGiven();
        String first = characters.get(random.nextInt(characters.size()));
        return random.nextInt(100) < 35 ? first : first + characters.get(random.nextInt(characters.size()));
    }

    private String surname() {
        return words.surnames().get(random.nextInt(words.surnames().size()));
    }

    private String surnameOtherThan(String other) {
        String surname = surname();
        while (surname.equals(other)) {
            surname = surname();
        }
        return surname;
    }

    private static String surnameOf(Person person) {
        return person.name().substring(0, 1);
    }

    private int weighted(int[] percentages) {
        int roll = random.nextInt(100);
        for (int i = 0; i < percentages.length; i++) {
            roll -= percentages[i];
            if (roll < 0) {
                return i;
            }
        }
        return percentages.length - 1;
    }

    private record Household(String district, String number, String address, List<Person> members) {}
}
