package org.onewindow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.Gender;
import org.onewindow.shared.IdNumber;

class DemoPeopleTests {

    @Test
    void fixedPeopleHaveTheIdentityNumbersTheReadmeLists() {
        assertThat(DemoPeople.ZHANG_WEI.idNumber().value()).isEqualTo("35010219880315042X");
        assertThat(DemoPeople.LI_NA.idNumber().value()).isEqualTo("35010319920708026X");
        assertThat(DemoPeople.WANG_FANG.idNumber().value()).isEqualTo("350104198511200686");
        assertThat(DemoPeople.CHEN_MING.idNumber().value()).isEqualTo("350102197901300159");
        assertThat(DemoPeople.LIN_XIAOBAO.idNumber().value()).isEqualTo("350102202610020134");
        assertThat(DemoPeople.LIN_ZHIQIANG.idNumber().value()).isEqualTo("35010419860512037X");
    }

    @Test
    void fixedPeopleHaveTheStoryGendersBirthDatesAndMobiles() {
        assertThat(DemoPeople.ZHANG_WEI.gender()).isEqualTo(Gender.FEMALE);
        assertThat(DemoPeople.ZHANG_WEI.birthDate()).isEqualTo(LocalDate.of(1988, 3, 15));
        assertThat(DemoPeople.ZHANG_WEI.mobile().value()).isEqualTo("13800000001");
        assertThat(DemoPeople.LI_NA.gender()).isEqualTo(Gender.FEMALE);
        assertThat(DemoPeople.LI_NA.mobile().value()).isEqualTo("13800000002");
        assertThat(DemoPeople.WANG_FANG.gender()).isEqualTo(Gender.FEMALE);
        assertThat(DemoPeople.WANG_FANG.mobile().value()).isEqualTo("13800000003");
        assertThat(DemoPeople.CHEN_MING.gender()).isEqualTo(Gender.MALE);
        assertThat(DemoPeople.CHEN_MING.mobile().value()).isEqualTo("13800000004");
        assertThat(DemoPeople.LIN_XIAOBAO.birthDate()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(DemoPeople.LIN_XIAOBAO.mobile()).isNull();
        assertThat(DemoPeople.LIN_XIAOBAO.householdNumber()).isEqualTo(DemoPeople.ZHANG_WEI.householdNumber());
    }

    @Test
    void fixedBusinessesHaveValidCreditCodesAndTheirRepresentatives() {
        assertThat(DemoPeople.ZHANG_WEI_CATERING.creditCode().value()).isEqualTo("91350102MA32W7KD11");
        assertThat(DemoPeople.CHEN_JI_SNACKS.creditCode().value()).isEqualTo("92350102058932177N");
        assertThat(DemoPeople.MINGDA_TECH.creditCode().value()).isEqualTo("91350102MA2YH3LR7M");
        assertThat(DemoPeople.legalEntities())
                .allSatisfy(entity -> assertThat(CreditCode.isValid(entity.creditCode().value())).isTrue());
        assertThat(DemoPeople.ZHANG_WEI_CATERING.legalRepresentative()).isEqualTo(DemoPeople.ZHANG_WEI.idNumber());
        assertThat(DemoPeople.CHEN_JI_SNACKS.legalRepresentative()).isEqualTo(DemoPeople.CHEN_MING.idNumber());
        assertThat(DemoPeople.MINGDA_TECH.legalRepresentative()).isEqualTo(DemoPeople.CHEN_MING.idNumber());
    }

    @Test
    void randomPeopleAreValidAdultsWithMobiles() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            Person person = DemoPeople.random(random);
            assertThat(IdNumber.isValid(person.idNumber().value())).isTrue();
            assertThat(person.birthDate()).isBefore(LocalDate.of(2001, 1, 1));
            assertThat(person.mobile()).isNotNull();
            LegalEntity entity = DemoPeople.randomLegalEntity(random, person);
            assertThat(entity.legalRepresentative()).isEqualTo(person.idNumber());
            assertThat(entity.creditCode().divisionCode()).isEqualTo(person.division().value());
        }
    }
}
