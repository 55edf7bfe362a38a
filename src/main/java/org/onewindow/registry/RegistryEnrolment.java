package org.onewindow.registry;

/**
 * Puts people and legal entities into the registries, for demo data and tests only.
 *
 * <p>In real life the population registry is kept by the public security bureau (户籍) and the
 * legal-entity registry by market regulation (市场监管); OneWindow only reads them. This port
 * lets demo loaders and other modules' integration tests create the records they need, for
 * instance with {@link DemoPeople#random(java.util.Random)}. Enrolment is not a read and is
 * not written to the access log.
 */
public interface RegistryEnrolment {

    /** Adds the person, or replaces the record with the same identity number. */
    void enrol(Person person);

    /** Adds the legal entity, or replaces the record with the same credit code. */
    void enrol(LegalEntity legalEntity);
}
