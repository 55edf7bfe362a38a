package org.onewindow.registry;

import java.util.List;
import java.util.Optional;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;

/** Purpose-bound reads of the legal-entity registry; each read is logged. */
public interface LegalEntityRegistry {

    /**
     * The entity with this credit code; the read is logged against its legal representative,
     * whose personal data it discloses (or against the credit code alone when nothing is found).
     */
    Optional<LegalEntity> findByCreditCode(CreditCode creditCode, RegistryRead read);

    /**
     * The entities this person represents, oldest first; one read is logged against the person.
     */
    List<LegalEntity> findByLegalRepresentative(IdNumber legalRepresentative, RegistryRead read);
}
