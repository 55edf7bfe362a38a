package org.onewindow.registry;

import java.time.LocalDate;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.IdNumber;

/**
 * A legal entity in the legal-entity registry (法人库).
 *
 * @param creditCode unified social credit code
 * @param name registered name
 * @param type enterprise type (有限责任公司, 个体工商户 ...)
 * @param legalRepresentative identity number of the legal representative
 * @param legalRepresentativeName name of the legal representative
 * @param address registered address
 * @param division division code of the registered address
 * @param registeredCapital registered capital in yuan, as text (e.g. 1000000)
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
        String status) {}
