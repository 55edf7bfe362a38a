package org.onewindow.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.IdNumber;

/**
 * A legal entity in the legal-entity registry (法人库).
 *
 * @param creditCode unified social credit code
 * @param name registered name
 * @param type enterprise type (有限责任公司（自然人独资）, 个体工商户 ...)
 * @param legalRepresentative identity number of the legal representative (经营者 of a 个体工商户)
 * @param legalRepresentativeName name of the legal representative
 * @param address registered address
 * @param division division code of the registered address
 * @param registeredCapital registered capital in yuan as a plain decimal (e.g. 1000000), or null
 *     when none is recorded; trailing zeros are dropped so that the value reads back unchanged
 * @param establishedOn date of establishment
 * @param status 存续, 注销, 吊销 ...
 */
public record LegalEntity(
        CreditCode creditCode,
        String name,
        String type,
        IdNumber legalRepresentative,
        String legalRepresentativeName,
        String address,
        DivisionCode division,
        String registeredCapital,
        LocalDate establishedOn,
        String status) {

    public LegalEntity {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(legalRepresentative, "legalRepresentative");
        Objects.requireNonNull(legalRepresentativeName, "legalRepresentativeName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(establishedOn, "establishedOn");
        Objects.requireNonNull(status, "status");
        if (registeredCapital != null) {
            registeredCapital = new BigDecimal(registeredCapital.strip()).stripTrailingZeros().toPlainString();
        }
    }
}
