package org.onewindow.registry.internal;

import org.onewindow.platform.OneWindowProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo registries of 福州市 at start-up when {@code onewindow.demo=true} and the
 * population registry is empty.
 *
 * <p>Runs as an early {@link ApplicationRunner}, so the records exist before other modules'
 * runners with a later order and before {@code ApplicationReadyEvent}. Several nodes starting
 * together are safe: the load holds a transaction-scoped advisory lock and checks emptiness under
 * it, and the inserts skip records already present.
 */
@Component
@Order(RegistryDemoLoader.ORDER)
class RegistryDemoLoader implements ApplicationRunner {

    /** Other modules' demo runners that need registry records use a larger order. */
    static final int ORDER = 100;

    private static final Logger log = LoggerFactory.getLogger(RegistryDemoLoader.class);
    private static final String LOCK = "onewindow.registry.demo";

    /**
     * How many records one load added.
     *
     * @param persons people added
     * @param legalEntities legal entities added
     */
    record Loaded(int persons, int legalEntities) {}

    private final OneWindowProperties properties;
    private final PersonRecords persons;
    private final LegalEntityRecords entities;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    RegistryDemoLoader(OneWindowProperties properties, PersonRecords persons, LegalEntityRecords entities,
            JdbcClient jdbc, TransactionTemplate transaction) {
        this.properties = properties;
        this.persons = persons;
        this.entities = entities;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo()) {
            loadIfEmpty();
        }
    }

    /** Loads the demo records unless the registry holds people or another node is loading them. */
    boolean loadIfEmpty() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext(?))")
                    .param(LOCK)
                    .query(Boolean.class)
                    .single();
            if (!locked || !persons.isEmpty()) {
                return false;
            }
            insertDemoData();
            return true;
        }));
    }

    /** Inserts every demo record not yet present, in one transaction; idempotent. */
    Loaded insertDemoData() {
        return transaction.execute(status -> {
            long started = System.nanoTime();
            DemoPopulation demo = DemoPopulation.generate(DemoPopulation.SEED);
            Loaded loaded = new Loaded(persons.insertMissing(demo.persons()),
                    entities.insertMissing(demo.legalEntities()));
            log.info("Demo registries of 福州市: added {} people and {} legal entities in {} ms",
                    loaded.persons(), loaded.legalEntities(), (System.nanoTime() - started) / 1_000_000);
            return loaded;
        });
    }
}
