package org.onewindow.registry.internal;

import static org.onewindow.registry.internal.RegistryDataProtection.LEGAL_ENTITY_ADDRESS;
import static org.onewindow.registry.internal.RegistryDataProtection.LEGAL_REP_ID_NUMBER;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.onewindow.registry.LegalEntity;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.DivisionCode;
import org.onewindow.shared.IdNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code registry.legal_entity} table: public data in the clear, personal data encrypted. */
@Repository
class LegalEntityRecords {

    /** A legal entity as stored, with the blind index of its representative for the access log. */
    record Found(LegalEntity entity, String legalRepresentativeIndex) {}

    private static final String COLUMNS = """
            credit_code, name, type, legal_rep_id_enc, legal_rep_id_bidx, legal_rep_name, address_enc,
            division_code, registered_capital, established_on, status""";
    private static final String INSERT = "insert into registry.legal_entity (" + COLUMNS + """
            ) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String REPLACE = INSERT + """
            on conflict (credit_code) do update set name = excluded.name, type = excluded.type,
                legal_rep_id_enc = excluded.legal_rep_id_enc, legal_rep_id_bidx = excluded.legal_rep_id_bidx,
                legal_rep_name = excluded.legal_rep_name, address_enc = excluded.address_enc,
                division_code = excluded.division_code, registered_capital = excluded.registered_capital,
                established_on = excluded.established_on, status = excluded.status
            """;
    private static final String INSERT_MISSING = INSERT + "on conflict (credit_code) do nothing";
    private static final String SELECT = "select " + COLUMNS + " from registry.legal_entity ";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final RegistryDataProtection data;

    LegalEntityRecords(JdbcClient jdbc, JdbcTemplate batch, RegistryDataProtection data) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.data = data;
    }

    Optional<Found> findByCreditCode(CreditCode creditCode) {
        return jdbc.sql(SELECT + "where credit_code = ?")
                .param(creditCode.value())
                .query(this::found)
                .optional();
    }

    List<LegalEntity> findByLegalRepresentativeIndex(String idNumberIndex) {
        return jdbc.sql(SELECT + "where legal_rep_id_bidx = ? order by established_on, credit_code")
                .param(idNumberIndex)
                .query(this::found)
                .stream()
                .map(Found::entity)
                .toList();
    }

    /** Adds the entity or replaces the record with the same credit code. */
    void replace(LegalEntity entity) {
        jdbc.sql(REPLACE).params(Arrays.asList(row(entity))).update();
    }

    /** Adds those not on record yet, in one batch; returns how many were added. */
    int insertMissing(List<LegalEntity> entities) {
        int[] counts = batch.batchUpdate(INSERT_MISSING, entities.stream().map(this::row).toList());
        return Arrays.stream(counts).filter(count -> count > 0).sum();
    }

    private Object[] row(LegalEntity entity) {
        return new Object[] {
            entity.creditCode().value(),
            entity.name(),
            entity.type(),
            data.encrypt(LEGAL_REP_ID_NUMBER, entity.legalRepresentative().value()),
            data.index(entity.legalRepresentative()),
            entity.legalRepresentativeName(),
            data.encrypt(LEGAL_ENTITY_ADDRESS, entity.address()),
            entity.division().value(),
            entity.registeredCapital() == null ? null : new BigDecimal(entity.registeredCapital()),
            entity.establishedOn(),
            entity.status()
        };
    }

    private Found found(ResultSet rs, int row) throws SQLException {
        BigDecimal capital = rs.getBigDecimal("registered_capital");
        LegalEntity entity = new LegalEntity(
                new CreditCode(rs.getString("credit_code")),
                rs.getString("name"),
                rs.getString("type"),
                new IdNumber(data.decrypt(LEGAL_REP_ID_NUMBER, rs.getString("legal_rep_id_enc"))),
                rs.getString("legal_rep_name"),
                data.decrypt(LEGAL_ENTITY_ADDRESS, rs.getString("address_enc")),
                new DivisionCode(rs.getString("division_code")),
                capital == null ? null : capital.toPlainString(),
                rs.getObject("established_on", LocalDate.class),
                rs.getString("status"));
        return new Found(entity, rs.getString("legal_rep_id_bidx"));
    }
}
