package org.onewindow.registry.internal;

import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.MobileNumber;
import org.springframework.stereotype.Component;

/**
 * The registry's encryption contexts and blind indexes.
 *
 * <p>Blind indexes use the contexts {@code id_number} and {@code mobile}, shared with other
 * modules' tables (identity's citizens), so that the same person has the same index everywhere.
 * Encryption contexts name the column, so a ciphertext cannot be moved to another one.
 */
@Component
class RegistryDataProtection {

    static final String ID_NUMBER_INDEX = "id_number";
    static final String MOBILE_INDEX = "mobile";
    static final String PERSON_ID_NUMBER = "registry.person.id_number";
    static final String PERSON_MOBILE = "registry.person.mobile";
    static final String PERSON_ADDRESS = "registry.person.address";
    static final String LEGAL_REP_ID_NUMBER = "registry.legal_entity.legal_rep_id_number";
    static final String LEGAL_ENTITY_ADDRESS = "registry.legal_entity.address";

    private final PersonalDataProtection protection;

    RegistryDataProtection(PersonalDataProtection protection) {
        this.protection = protection;
    }

    String index(IdNumber idNumber) {
        return protection.blindIndex(ID_NUMBER_INDEX, idNumber.value());
    }

    String index(MobileNumber mobile) {
        return mobile == null ? null : protection.blindIndex(MOBILE_INDEX, mobile.value());
    }

    String encrypt(String context, String plaintext) {
        return protection.encrypt(context, plaintext);
    }

    String decrypt(String context, String ciphertext) {
        return protection.decrypt(context, ciphertext);
    }
}
