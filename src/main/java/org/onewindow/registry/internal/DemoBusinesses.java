package org.onewindow.registry.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.onewindow.registry.LegalEntity;
import org.onewindow.registry.Person;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.DivisionCode;

/**
 * Generates the legal entities of the demo city: limited companies, individual businesses
 * (个体工商户) and sole proprietorships, each represented by an adult of the population.
 *
 * <p>A business is established after 1995 and once its representative is 20; most still exist
 * (存续).
 */
final class DemoBusinesses {

    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2025, 12, 31);
    private static final int REPRESENTATIVE_MIN_AGE = 20;
    private static final String INDIVIDUAL_BUSINESS = "个体工商户";
    private static final String SOLE_PROPRIETORSHIP = "个人独资企业";
    private static final List<String> COMPANY_TYPES = List.of("有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）");
    private static final List<String> COMPANY_CAPITAL = List.of(
            "100000", "300000", "500000", "1000000", "2000000", "5000000", "10000000", "30000000");
    private static final List<String> FIRM_CAPITAL = List.of("50000", "100000", "300000");
    private static final List<String> SHOP_CAPITAL = List.of("10000", "30000", "50000", "100000");
    private static final int NAME_ATTEMPTS = 100;

    private final DemoVocabulary words;
    private final DemoIdentifiers identifiers;
    private final Random random;
    private final Set<String> names = new HashSet<>();

    DemoBusinesses(DemoVocabulary words, DemoIdentifiers identifiers, Random random) {
        this.words = words;
        this.identifiers = identifiers;
        this.random = random;
    }

    void reserve(LegalEntity entity) {
        names.add(entity.name());
    }

    /** Generates {@code count} entities whose representatives are drawn from {@code population}. */
    List<LegalEntity> generate(List<Person> population, int count) {
        List<Person> candidates = population.stream()
                .filter(person -> !person.birthDate().plusYears(REPRESENTATIVE_MIN_AGE).isAfter(LATEST))
                .toList();
        List<LegalEntity> entities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entities.add(entity(candidates.get(random.nextInt(candidates.size()))));
        }
        return entities;
    }

    private LegalEntity entity(Person representative) {
        String district = random.nextInt(100) < 70
                ? representative.division().value()
                : DemoHouseholds.DISTRICTS.get(random.nextInt(DemoHouseholds.DISTRICTS.size()));
        LocalDate establishedOn = establishedOn(representative);
        int kind = random.nextInt(100);
        String type;
        String name;
        String capital;
        if (kind < 55) {
            type = pick(COMPANY_TYPES);
            name = unique(() -> "福州" + pick(words.brands()) + pick(words.trades()) + "有限公司");
            capital = pick(COMPANY_CAPITAL);
        } else if (kind < 85) {
            type = INDIVIDUAL_BUSINESS;
            String surname = representative.name().substring(0, 1);
            name = unique(() -> DemoHouseholds.DISTRICT_NAMES.get(district) + surname + "记" + pick(words.shopKinds())
                    + "（个体工商户）");
            capital = pick(SHOP_CAPITAL);
        } else {
            type = SOLE_PROPRIETORSHIP;
            name = unique(() -> "福州市" + DemoHouseholds.DISTRICT_NAMES.get(district) + pick(words.brands())
                    + pick(words.firmKinds()));
            capital = pick(FIRM_CAPITAL);
        }
        CreditCode code = identifiers.creditCode(INDIVIDUAL_BUSINESS.equals(type) ? "92" : "91", district,
                establishedOn);
        return new LegalEntity(code, name, type, representative.idNumber(), representative.name(),
                address(district, INDIVIDUAL_BUSINESS.equals(type)), new DivisionCode(district), capital,
                establishedOn, status());
    }

    private LocalDate establishedOn(Person representative) {
        LocalDate earliest = representative.birthDate().plusYears(REPRESENTATIVE_MIN_AGE);
        if (earliest.isBefore(EARLIEST)) {
            earliest = EARLIEST;
        }
        long days = ChronoUnit.DAYS.between(earliest, LATEST) + 1;
        return earliest.plusDays(random.nextLong(days));
    }

    private String address(String district, boolean shop) {
        List<String> streets = words.streets().get(district);
        String street = "福建省福州市" + DemoHouseholds.DISTRICT_NAMES.get(district)
                + streets.get(random.nextInt(streets.size())) + (1 + random.nextInt(398)) + "号";
        return shop ? street : street + (1 + random.nextInt(25)) + "层";
    }

    private String status() {
        int roll = random.nextInt(100);
        return roll < 88 ? "存续" : roll < 96 ? "注销" : "吊销";
    }

    private String unique(Supplier<String> names) {
        for (int i = 0; i < NAME_ATTEMPTS; i++) {
            String name = names.get();
            if (this.names.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("no unused demo business name after " + NAME_ATTEMPTS + " attempts");
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
