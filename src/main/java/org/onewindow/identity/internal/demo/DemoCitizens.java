package org.onewindow.identity.internal.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.onewindow.identity.internal.Citizens;
import org.onewindow.registry.DemoPeople;
import org.onewindow.registry.LegalEntity;
import org.onewindow.registry.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Registers the demo citizens drawn from the population registry (王芳 stays unregistered for the
 * registration demo), opens their businesses and makes 李娜 an agent of 张伟's company.
 */
@Component
class DemoCitizens {

    private final Citizens citizens;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCitizens(Citizens citizens, JdbcClient jdbc, Clock clock) {
        this.citizens = citizens;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    int load(String passwordHash) {
        List<Person> people = List.of(DemoPeople.ZHANG_WEI, DemoPeople.LI_NA, DemoPeople.CHEN_MING);
        for (Person person : people) {
            citizens.create(idOf(person), person.name(), person.idNumber(), person.mobile(), passwordHash,
                    clock.instant());
        }
        openBusiness(DemoPeople.ZHANG_WEI_CATERING, DemoPeople.ZHANG_WEI);
        openBusiness(DemoPeople.CHEN_JI_SNACKS, DemoPeople.CHEN_MING);
        openBusiness(DemoPeople.MINGDA_TECH, DemoPeople.CHEN_MING);
        jdbc.sql("insert into identity.business_agent (business_id, citizen_id, granted_at) values (:b, :c, :now)")
                .param("b", businessId(DemoPeople.ZHANG_WEI_CATERING))
                .param("c", idOf(DemoPeople.LI_NA))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return people.size();
    }

    private void openBusiness(LegalEntity entity, Person representative) {
        jdbc.sql("""
                insert into identity.business (id, credit_code, name, legal_rep_citizen_id, opened_at)
                values (:id, :code, :name, :rep, :now)""")
                .param("id", businessId(entity))
                .param("code", entity.creditCode().value())
                .param("name", entity.name())
                .param("rep", idOf(representative))
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private static UUID idOf(Person person) {
        return UUID.nameUUIDFromBytes(("citizen:" + person.idNumber().value()).getBytes());
    }

    private static UUID businessId(LegalEntity entity) {
        return UUID.nameUUIDFromBytes(("business:" + entity.creditCode().value()).getBytes());
    }
}
