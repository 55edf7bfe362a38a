package org.onewindow.registry.internal;

import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onewindow.registry.DemoPeople;
import org.onewindow.registry.LegalEntity;
import org.onewindow.registry.Person;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.Gender;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.MobileNumber;

class DemoPopulationTests {

    private static final DemoPopulation DEMO = DemoPopulation.generate(DemoPopulation.SEED);
    private static final Set<String> DISTRICTS = Set.of("350102", "350103", "350104");

    @Test
    void generatesAboutThreeThousandPeopleInAboutOneThousandHouseholds() {
        assertThat(DEMO.persons()).hasSizeBetween(2700, 3300);
        assertThat(households()).hasSize(DemoPopulation.HOUSEHOLDS + 4);
        assertThat(DEMO.legalEntities()).hasSize(DemoPopulation.LEGAL_ENTITIES);
    }

    @Test
    void includesTheFixedDemoPeopleAndBusinessesFirst() {
        assertThat(DEMO.persons()).startsWith(DemoPeople.persons().toArray(Person[]::new));
        assertThat(DEMO.legalEntities()).startsWith(DemoPeople.legalEntities().toArray(LegalEntity[]::new));
    }

    @Test
    void givesEveryoneAValidUniqueIdentityNumberFromTheDemoDistricts() {
        List<String> ids = DEMO.persons().stream().map(person -> person.idNumber().value()).toList();
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(IdNumber.isValid(id)).isTrue());
        assertThat(DEMO.persons()).allSatisfy(person -> {
            assertThat(DISTRICTS).contains(person.idNumber().divisionCode(), person.division().value());
            assertThat(person.birthDate()).isAfterOrEqualTo(LocalDate.of(1940, 1, 1));
        });
        assertThat(generatedPersons()).allSatisfy(
                person -> assertThat(person.birthDate()).isBeforeOrEqualTo(LocalDate.of(2024, 12, 31)));
    }

    @Test
    void givesAdultsAndOnlyAdultsUniqueMobiles() {
        LocalDate adulthood = DemoHouseholds.REFERENCE_DATE.minusYears(18);
        assertThat(generatedPersons()).allSatisfy(person -> assertThat(person.mobile() != null)
                .as("%s has a mobile", person.name())
                .isEqualTo(!person.birthDate().isAfter(adulthood)));
        List<String> mobiles = DEMO.persons().stream()
                .map(Person::mobile)
                .filter(mobile -> mobile != null)
                .map(MobileNumber::value)
                .toList();
        assertThat(mobiles).doesNotHaveDuplicates();
    }

    @Test
    void keepsHouseholdsConsistent() {
        households().forEach((number, members) -> {
            assertThat(members).filteredOn(member -> member.relationToHead().equals("户主")).hasSize(1);
            Person head = members.getFirst();
            assertThat(head.relationToHead()).isEqualTo("户主");
            assertThat(members).allSatisfy(member -> {
                assertThat(member.address()).isEqualTo(head.address());
                assertThat(member.division()).isEqualTo(head.division());
                assertThat(number).startsWith(head.division().value());
            });
            List<Person> spouses = members.stream().filter(m -> m.relationToHead().equals("配偶")).toList();
            assertThat(spouses).hasSizeLessThanOrEqualTo(1);
            spouses.forEach(spouse -> {
                assertThat(spouse.gender()).isNotEqualTo(head.gender());
                assertThat(Math.abs(spouse.birthDate().getYear() - head.birthDate().getYear())).isLessThanOrEqualTo(5);
            });
            members.stream().filter(m -> m.relationToHead().equals("子") || m.relationToHead().equals("女"))
                    .forEach(child -> {
                        assertThat(child.gender()).isEqualTo(
                                child.relationToHead().equals("子") ? Gender.MALE : Gender.FEMALE);
                        assertThat(child.birthDate()).isAfter(head.birthDate().plusYears(18));
                        spouses.forEach(spouse ->
                                assertThat(child.birthDate()).isAfter(spouse.birthDate().plusYears(18)));
                    });
        });
    }

    @Test
    void sharesASurnameInMostHouseholdsWithChildren() {
        long withChildren = households().values().stream()
                .filter(members -> members.stream().anyMatch(m -> m.relationToHead().matches("子|女")))
                .count();
        long childrenShareAParentsSurname = households().values().stream()
                .filter(members -> members.stream().anyMatch(m -> m.relationToHead().matches("子|女")))
                .filter(members -> {
                    Set<String> parents = members.stream()
                            .filter(m -> m.relationToHead().matches("户主|配偶"))
                            .map(m -> m.name().substring(0, 1))
                            .collect(Collectors.toSet());
                    return members.stream().filter(m -> m.relationToHead().matches("子|女"))
                            .allMatch(child -> parents.contains(child.name().substring(0, 1)));
                })
                .count();
        assertThat(withChildren).isGreaterThan(500);
        assertThat(childrenShareAParentsSurname).isEqualTo(withChildren);
    }

    @Test
    void givesEveryLegalEntityAValidUniqueCreditCodeAndAnAdultRepresentativeFromThePopulation() {
        Map<String, Person> byId = DEMO.persons().stream()
                .collect(Collectors.toMap(person -> person.idNumber().value(), person -> person));
        List<String> codes = DEMO.legalEntities().stream().map(entity -> entity.creditCode().value()).toList();
        assertThat(codes).doesNotHaveDuplicates().allSatisfy(code -> {
            assertThat(CreditCode.isValid(code)).isTrue();
            assertThat(code).matches("9[12]3501(02|03|04).{10}");
        });
        assertThat(DEMO.legalEntities()).extracting(LegalEntity::name).doesNotHaveDuplicates();
        assertThat(DEMO.legalEntities()).allSatisfy(entity -> {
            Person representative = byId.get(entity.legalRepresentative().value());
            assertThat(representative).isNotNull();
            assertThat(entity.legalRepresentativeName()).isEqualTo(representative.name());
            assertThat(entity.establishedOn()).isAfterOrEqualTo(representative.birthDate().plusYears(18));
            assertThat(entity.creditCode().value().startsWith("92")).isEqualTo(entity.type().equals("个体工商户"));
        });
        assertThat(DEMO.legalEntities()).filteredOn(entity -> entity.status().equals("存续"))
                .hasSizeGreaterThan(400);
    }

    @Test
    void generatesTheSameRecordsFromTheSameSeed() {
        DemoPopulation again = DemoPopulation.generate(DemoPopulation.SEED);

        assertThat(again).isEqualTo(DEMO);
        assertThat(DemoPopulation.generate(1L).persons()).isNotEqualTo(DEMO.persons());
    }

    @Test
    void computesTheOrganisationCodeCheckOfGb11714() {
        // D2143569-X is the standard's worked example.
        assertThat(DemoIdentifiers.organisationCheck("D2143569")).isEqualTo('X');
    }

    private static Map<String, List<Person>> households() {
        return DEMO.persons().stream().collect(groupingBy(Person::householdNumber));
    }

    private static List<Person> generatedPersons() {
        return DEMO.persons().subList(DemoPeople.persons().size(), DEMO.persons().size());
    }
}
