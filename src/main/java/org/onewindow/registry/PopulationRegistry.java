package org.onewindow.registry;

import java.util.Optional;
import org.onewindow.shared.IdNumber;

/** Purpose-bound reads of the population registry; each read is logged for the data subject. */
public interface PopulationRegistry {

    /** The person with this identity number; the read is logged whether or not one is found. */
    Optional<Person> findByIdNumber(IdNumber idNumber, RegistryRead read);
}
