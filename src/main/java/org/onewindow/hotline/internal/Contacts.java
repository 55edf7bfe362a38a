package org.onewindow.hotline.internal;

import java.util.Optional;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.shared.Masking;
import org.onewindow.shared.MobileNumber;
import org.springframework.stereotype.Component;

/** Encrypts and reads the reporter's name and mobile number; the columns are bound into the ciphertext. */
@Component
class Contacts {

    static final String NAME = "hotline.ticket.contact_name";
    static final String MOBILE = "hotline.ticket.contact_mobile";

    /** The reporter's contact in clear, for the centre's own use. */
    record Contact(String name, MobileNumber mobile) {

        String maskedName() {
            return name == null ? "" : Masking.name(name);
        }

        String maskedMobile() {
            return mobile == null ? "" : mobile.masked();
        }
    }

    private final PersonalDataProtection protection;

    Contacts(PersonalDataProtection protection) {
        this.protection = protection;
    }

    String encryptName(String name) {
        return name == null || name.isBlank() ? null : protection.encrypt(NAME, name.strip());
    }

    String encryptMobile(MobileNumber mobile) {
        return mobile == null ? null : protection.encrypt(MOBILE, mobile.value());
    }

    String mobileIndex(MobileNumber mobile) {
        return mobile == null ? null : protection.blindIndex(MOBILE, mobile.value());
    }

    Contact of(Ticket ticket) {
        return new Contact(
                ticket.contactNameEnc() == null ? null : protection.decrypt(NAME, ticket.contactNameEnc()),
                ticket.contactMobileEnc() == null ? null
                        : MobileNumber.parse(protection.decrypt(MOBILE, ticket.contactMobileEnc())));
    }

    Optional<MobileNumber> mobileOf(Ticket ticket) {
        return Optional.ofNullable(of(ticket).mobile());
    }
}
