package org.onewindow.registry;

import java.util.List;
import java.util.Optional;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;

/** Purpose-bound reads of the legal-entity registry; each read is logged. */
public interface LegalEntityRegistry {

    Optional<LegalEntity> findByCreditCode(CreditCode creditCode, RegistryRead read);

    List<LegalEntity> findByLegalRepresentative(IdNumber legalRepresentative, RegistryRead read);
}
