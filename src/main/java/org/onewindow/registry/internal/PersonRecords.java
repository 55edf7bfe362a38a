package org.onewindow.registry.internal;

import static org.onewindow.registry.internal.RegistryDataProtection.PERSON_ADDRESS;
import static org.onewindow.registry.internal.RegistryDataProtection.PERSON_ID_NUMBER;
import static org.onewindow.registry.internal.RegistryDataProtection.PERSON_MOBILE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.onewindow.registry.MaritalStatus;
import org.onewindow.registry.Person;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.MobileNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code registry.person} table: encrypts on the way in, decrypts on the way out. */
@Repository
class PersonRecords {

    private static final String INSERT = """
            insert into registry.person (name, id_number_enc, id_number_bidx, gender, birth_date, mobile_enc,
                mobile_bidx, address_enc, division_code, household_number, relation_to_head, marital_status)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String REPLACE = INSERT + """
            on conflict (id_number_bidx) do update set name = excluded.name, id_number_enc = excluded.id_number_enc,
                gender = excluded.gender, birth_date = excluded.birth_date, mobile_enc = excluded.mobile_enc,
                mobile_bidx = excluded.mobile_bidx, address_enc = excluded.address_enc,
                division_code = excluded.division_code, household_number = excluded.household_number,
                relation_to_head = excluded.relation_to_head, marital_status = excluded.marital_status
            """;
    private static final String INSERT_MISSING = INSERT + "on conflict (id_number_bidx) do nothing";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final RegistryDataProtection data;

    PersonRecords(JdbcClient jdbc, JdbcTemplate batch, RegistryDataProtection data) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.data = data;
    }

    Optional<Person> findByIdNumberIndex(String idNumberIndex) {
        return jdbc.sql("""
                        select name, id_number_enc, mobile_enc, address_enc, division_code, household_number,
                            relation_to_head, marital_status
                        from registry.person where id_number_bidx = ?
                        """)
                .param(idNumberIndex)
                .query(this::person)
                .optional();
    }

    /** Adds the person or replaces the record with the same identity number. */
    void replace(Person person) {
        jdbc.sql(REPLACE).params(Arrays.asList(row(person))).update();
    }

    /** Adds those not on record yet, in one batch; returns how many were added. */
    int insertMissing(List<Person> persons) {
        int[] counts = batch.batchUpdate(INSERT_MISSING, persons.stream().map(this::row).toList());
        return Arrays.stream(counts).filter(count -> count > 0).sum();
    }

    boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from registry.person)").query(Boolean.class).single();
    }

    private Object[] row(Person person) {
        return new Object[] {
            person.name(),
            data.encrypt(PERSON_ID_NUMBER, person.idNumber().value()),
            data.index(person.idNumber()),
            person.gender().name(),
            person.birthDate(),
            person.mobile() == null ? null : data.encrypt(PERSON_MOBILE, person.mobile().value()),
            data.index(person.mobile()),
            data.encrypt(PERSON_ADDRESS, person.address()),
            person.division().value(),
            person.householdNumber(),
            person.relationToHead(),
            person.maritalStatus().name()
        };
    }

    private Person person(ResultSet rs, int row) throws SQLException {
        IdNumber id = new IdNumber(data.decrypt(PERSON_ID_NUMBER, rs.getString("id_number_enc")));
        String mobile = data.decrypt(PERSON_MOBILE, rs.getString("mobile_enc"));
        return new Person(
                id,
                rs.getString("name"),
                id.gender(),
                id.birthDate(),
                mobile == null ? null : new MobileNumber(mobile),
                data.decrypt(PERSON_ADDRESS, rs.getString("address_enc")),
                new DivisionCode(rs.getString("division_code")),
                rs.getString("household_number"),
                rs.getString("relation_to_head"),
                MaritalStatus.valueOf(rs.getString("marital_status")));
    }
}
