package org.onewindow.identity;

import java.util.UUID;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.DivisionCode;

/**
 * A government department (实施主体).
 *
 * @param id stable id
 * @param code short stable code used in configuration (e.g. {@code fz-amr})
 * @param name full Chinese name
 * @param nameEn English name
 * @param shortName short name (简称)
 * @param creditCode the department's unified social credit code
 * @param region where it has jurisdiction
 * @param function what it does, for routing by function and region
 */
public record Department(
        UUID id,
        String code,
        String name,
        String nameEn,
        String shortName,
        CreditCode creditCode,
        DivisionCode region,
        DepartmentFunction function) {}
