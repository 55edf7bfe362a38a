package org.onewindow.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.MobileNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Citizen accounts; identity and mobile numbers encrypted, found through blind indexes. */
@Component
public class Citizens {

    static final String ID_NUMBER = "id_number";
    static final String MOBILE = "mobile";

    /** A citizen account as stored, decrypted. */
    public record Citizen(
            UUID id,
            String name,
            IdNumber idNumber,
            MobileNumber mobile,
            String passwordHash,
            int failedAttempts,
            Instant lockedUntil) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;

    Citizens(JdbcClient jdbc, PersonalDataProtection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
    }

    public Optional<Citizen> byIdNumber(IdNumber idNumber) {
        return select("where id_number_bidx = :key", protection.blindIndex(ID_NUMBER, idNumber.value()));
    }

    public Optional<Citizen> byId(UUID id) {
        return jdbc.sql(SELECT + "where id = :key").param("key", id).query(this::map).optional();
    }

    /** The account's mobile number, decrypted alone (no identity number read). */
    public Optional<MobileNumber> mobileOf(UUID id) {
        return jdbc.sql("select mobile_enc from identity.citizen where id = :key").param("key", id)
                .query((rs, row) -> new MobileNumber(protection.decrypt("identity.citizen.mobile", rs.getString(1))))
                .optional();
    }

    public Optional<Citizen> byMobile(MobileNumber mobile) {
        return select("where mobile_bidx = :key order by created_at limit 1", protection.blindIndex(MOBILE, mobile.value()));
    }

    /** Creates the account; false if the identity number already has one (also under a race). */
    public boolean create(UUID id, String name, IdNumber idNumber, MobileNumber mobile, String hash, Instant now) {
        try {
            jdbc.sql("""
                    insert into identity.citizen (id, name, id_number_enc, id_number_bidx, mobile_enc, mobile_bidx,
                        password_hash, created_at)
                    values (:id, :name, :idEnc, :idIdx, :mobileEnc, :mobileIdx, :hash, :now)
                    on conflict (id_number_bidx) do nothing""")
                    .param("id", id)
                    .param("name", name)
                    .param("idEnc", protection.encrypt("identity.citizen.id_number", idNumber.value()))
                    .param("idIdx", protection.blindIndex(ID_NUMBER, idNumber.value()))
                    .param("mobileEnc", protection.encrypt("identity.citizen.mobile", mobile.value()))
                    .param("mobileIdx", protection.blindIndex(MOBILE, mobile.value()))
                    .param("hash", hash)
                    .param("now", Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException race) {
            return false;
        }
        return byId(id).isPresent();
    }

    /** Counts a wrong password; the fifth in a row locks the password path until {@code lockUntil}. */
    public boolean recordFailure(UUID id, int maxFailures, Instant lockUntil) {
        Integer failures = jdbc.sql("""
                update identity.citizen set failed_attempts = failed_attempts + 1 where id = :id
                returning failed_attempts""")
                .param("id", id)
                .query(Integer.class)
                .single();
        if (failures >= maxFailures) {
            jdbc.sql("update identity.citizen set failed_attempts = 0, locked_until = :until where id = :id")
                    .param("until", Timestamp.from(lockUntil))
                    .param("id", id)
                    .update();
            return true;
        }
        return false;
    }

    public void loggedIn(UUID id, Instant now) {
        jdbc.sql("update identity.citizen set failed_attempts = 0, locked_until = null, last_login_at = :now where id = :id")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    private static final String SELECT = """
            select id, name, id_number_enc, mobile_enc, password_hash, failed_attempts, locked_until
            from identity.citizen
            """;

    private Optional<Citizen> select(String where, String key) {
        return jdbc.sql(SELECT + where).param("key", key).query(this::map).optional();
    }

    private Citizen map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Citizen(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                new IdNumber(protection.decrypt("identity.citizen.id_number", rs.getString("id_number_enc"))),
                new MobileNumber(protection.decrypt("identity.citizen.mobile", rs.getString("mobile_enc"))),
                rs.getString("password_hash"),
                rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant());
    }
}
