package org.onewindow.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.registry.DemoPeople;
import org.onewindow.registry.LegalEntityRegistry;
import org.onewindow.registry.PopulationRegistry;
import org.onewindow.registry.ReadPurpose;
import org.onewindow.registry.Reader;
import org.onewindow.registry.RegistryRead;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo loader on the shared test database, which other tests fill too: never assume it empty. */
@OneWindowIntegrationTest
class RegistryDemoLoaderIntegrationTests {

    private static final RegistryRead READ = new RegistryRead(Reader.system("demo-test"), ReadPurpose.CASE_REVIEW);

    @Autowired
    RegistryDemoLoader loader;

    @Autowired
    PopulationRegistry population;

    @Autowired
    LegalEntityRegistry legalEntities;

    @Autowired
    RegistryDataProtection data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsEveryDemoRecordOnceHoweverOftenItRuns() {
        DemoPopulation demo = DemoPopulation.generate(DemoPopulation.SEED);
        long started = System.nanoTime();
        loader.insertDemoData();
        Duration firstLoad = Duration.ofNanos(System.nanoTime() - started);

        RegistryDemoLoader.Loaded second = loader.insertDemoData();

        assertThat(second).isEqualTo(new RegistryDemoLoader.Loaded(0, 0));
        assertThat(firstLoad).isLessThan(Duration.ofSeconds(10));
        String[] indexes = demo.persons().stream().map(person -> data.index(person.idNumber())).toArray(String[]::new);
        assertThat(jdbc.sql("select count(*) from registry.person where id_number_bidx = any(?)")
                        .param(indexes)
                        .query(Integer.class)
                        .single())
                .isEqualTo(demo.persons().size());
        String[] codes = demo.legalEntities().stream()
                .map(entity -> entity.creditCode().value())
                .toArray(String[]::new);
        assertThat(jdbc.sql("select count(*) from registry.legal_entity where credit_code = any(?)")
                        .param(codes)
                        .query(Integer.class)
                        .single())
                .isEqualTo(demo.legalEntities().size());
    }

    @Test
    void makesTheFixedDemoPeopleAndBusinessesFindable() {
        loader.insertDemoData();

        assertThat(population.findByIdNumber(DemoPeople.ZHANG_WEI.idNumber(), READ)).contains(DemoPeople.ZHANG_WEI);
        assertThat(population.findByIdNumber(DemoPeople.LIN_XIAOBAO.idNumber(), READ))
                .contains(DemoPeople.LIN_XIAOBAO);
        assertThat(legalEntities.findByLegalRepresentative(DemoPeople.CHEN_MING.idNumber(), READ))
                .containsExactly(DemoPeople.CHEN_JI_SNACKS, DemoPeople.MINGDA_TECH);
        assertThat(legalEntities.findByCreditCode(DemoPeople.ZHANG_WEI_CATERING.creditCode(), READ))
                .contains(DemoPeople.ZHANG_WEI_CATERING);
    }

    @Test
    void doesNotLoadAtStartIntoARegistryThatHoldsPeople() {
        loader.insertDemoData();

        assertThat(loader.loadIfEmpty()).isFalse();
        assertThat(jdbc.sql("select count(*) from registry.person where household_number = ?")
                        .param(DemoPeople.ZHANG_WEI.householdNumber())
                        .query(Integer.class)
                        .single())
                .isEqualTo(List.of(DemoPeople.ZHANG_WEI, DemoPeople.LIN_ZHIQIANG, DemoPeople.LIN_XIAOBAO).size());
    }
}
