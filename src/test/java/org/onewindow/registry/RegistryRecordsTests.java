package org.onewindow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.onewindow.shared.Gender;

class RegistryRecordsTests {

    private final Person zhangWei = DemoPeople.ZHANG_WEI;

    @Test
    void rejectsGenderThatContradictsTheIdentityNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Person(zhangWei.idNumber(), zhangWei.name(),
                Gender.MALE, zhangWei.birthDate(), zhangWei.mobile(), zhangWei.address(), zhangWei.division(),
                zhangWei.householdNumber(), zhangWei.relationToHead()));
    }

    @Test
    void rejectsBirthDateThatContradictsTheIdentityNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Person(zhangWei.idNumber(), zhangWei.name(),
                zhangWei.gender(), zhangWei.birthDate().plusDays(1), zhangWei.mobile(), zhangWei.address(),
                zhangWei.division(), zhangWei.householdNumber(), zhangWei.relationToHead()));
    }

    @Test
    void legalEntityCapitalReadsBackWithoutTrailingZeros() {
        LegalEntity entity = DemoPeople.MINGDA_TECH;
        LegalEntity withDecimals = new LegalEntity(entity.creditCode(), entity.name(), entity.type(),
                entity.legalRepresentative(), entity.legalRepresentativeName(), entity.address(), entity.division(),
                "5000000.00", entity.establishedOn(), entity.status());
        assertThat(withDecimals.registeredCapital()).isEqualTo("5000000");
    }
}
