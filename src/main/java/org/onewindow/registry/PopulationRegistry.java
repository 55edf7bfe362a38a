package org.onewindow.registry;

import java.util.Optional;
import org.onewindow.shared.IdNumber;

/** Purpose-bound reads of the population registry; each read is logged for the data subject. */
public interface PopulationRegistry {

    Optional<Person> findByIdNumber(IdNumber idNumber, RegistryRead read);
}
