package org.onewindow.registry;

import java.time.LocalDate;
import java.util.Objects;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.Gender;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.MobileNumber;

/**
 * A person in the population registry (人口库).
 *
 * <p>Gender and birth date must agree with the identity number, which encodes both.
 *
 * @param idNumber resident identity number
 * @param name name as registered
 * @param gender from the identity number
 * @param birthDate from the identity number
 * @param mobile mobile number on record, if any (null for most children)
 * @param address registered address (户籍地址)
 * @param division division code of the registered address
 * @param householdNumber household register number (户号)
 * @param relationToHead relation to the head of household (户主, 配偶, 子 ...)
 * @param maritalStatus marital status on record (婚姻状况)
 */
public record Person(
        IdNumber idNumber,
        String name,
        Gender gender,
        LocalDate birthDate,
        MobileNumber mobile,
        String address,
        DivisionCode division,
        String householdNumber,
        String relationToHead,
        MaritalStatus maritalStatus) {

    /** A person whose marital status is not on record. */
    public Person(IdNumber idNumber, String name, Gender gender, LocalDate birthDate, MobileNumber mobile,
            String address, DivisionCode division, String householdNumber, String relationToHead) {
        this(idNumber, name, gender, birthDate, mobile, address, division, householdNumber, relationToHead,
                MaritalStatus.UNKNOWN);
    }

    /** The same person with the marital status on record. */
    public Person withMaritalStatus(MaritalStatus status) {
        return new Person(idNumber, name, gender, birthDate, mobile, address, division, householdNumber,
                relationToHead, status);
    }

    public Person {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(householdNumber, "householdNumber");
        Objects.requireNonNull(relationToHead, "relationToHead");
        Objects.requireNonNull(maritalStatus, "maritalStatus");
        if (gender != idNumber.gender() || !idNumber.birthDate().equals(birthDate)) {
            throw new IllegalArgumentException("gender and birth date must agree with the identity number");
        }
    }
}
