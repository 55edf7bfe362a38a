package org.onewindow.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.onewindow.registry.DemoPeople;
import org.onewindow.registry.LegalEntity;
import org.onewindow.registry.Person;

/**
 * The demo registries of 福州市: the fixed {@link DemoPeople} and their businesses, then some
 * 1,000 generated households (about 3,000 people) and 500 legal entities.
 *
 * <p>The same seed always yields the same records, so loading twice finds them already there.
 *
 * @param persons the fixed demo people first, then the generated ones
 * @param legalEntities the fixed demo businesses first, then the generated ones
 */
record DemoPopulation(List<Person> persons, List<LegalEntity> legalEntities) {

    static final long SEED = 350100L;
    static final int HOUSEHOLDS = 1000;
    static final int LEGAL_ENTITIES = 500;

    DemoPopulation {
        persons = List.copyOf(persons);
        legalEntities = List.copyOf(legalEntities);
    }

    static DemoPopulation generate(long seed) {
        Random random = new Random(seed);
        DemoVocabulary words = DemoVocabulary.load();
        DemoIdentifiers identifiers = new DemoIdentifiers(random);
        DemoBusinesses businesses = new DemoBusinesses(words, identifiers, random);
        DemoPeople.persons().forEach(identifiers::reserve);
        DemoPeople.legalEntities().forEach(identifiers::reserve);
        DemoPeople.legalEntities().forEach(businesses::reserve);

        List<Person> generatedPersons = new DemoHouseholds(words, identifiers, random).generate(HOUSEHOLDS);
        List<Person> persons = new ArrayList<>(DemoPeople.persons());
        persons.addAll(generatedPersons);
        List<LegalEntity> entities = new ArrayList<>(DemoPeople.legalEntities());
        entities.addAll(businesses.generate(generatedPersons, LEGAL_ENTITIES - entities.size()));
        return new DemoPopulation(persons, entities);
    }
}
