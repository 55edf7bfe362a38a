package org.onewindow.catalog.internal;

import java.util.Set;

/**
 * The registry attributes a form field may be prefilled from: the population registry's person
 * and the legal-entity registry's entity (see the registry module's {@code Person} and
 * {@code LegalEntity}). For an address field, {@code population.address} and
 * {@code legalEntity.address} fill both the division code and the street address.
 */
final class PrefillSources {

    static final Set<String> KNOWN = Set.of(
            "population.name",
            "population.idNumber",
            "population.gender",
            "population.birthDate",
            "population.mobile",
            "population.address",
            "population.division",
            "population.householdNumber",
            "population.relationToHead",
            "population.maritalStatus",
            "legalEntity.creditCode",
            "legalEntity.name",
            "legalEntity.type",
            "legalEntity.legalRepresentative",
            "legalEntity.legalRepresentativeName",
            "legalEntity.address",
            "legalEntity.division",
            "legalEntity.registeredCapital",
            "legalEntity.establishedOn",
            "legalEntity.status");

    private PrefillSources() {}
}
