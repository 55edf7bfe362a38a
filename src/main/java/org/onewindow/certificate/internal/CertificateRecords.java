package org.onewindow.certificate.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.certificate.Holder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The issued certificates ({@code certificate.certificate}). */
@Component
class CertificateRecords {

    private static final String COLUMNS = """
            id, number, type, type_name, holder_kind, holder_identifier, holder_name, department_id, case_id,
            valid_from, valid_until, state, document, signer_sha256, issued_at, revoked_at, revocation_reason,
            supersedes, superseded_by""";

    /** Everything a new row needs beyond what {@link StoredCertificate} carries. */
    record NewCertificate(StoredCertificate certificate, String codeHash, String holderIndex, String signature,
            String algorithm, String pdf) {}

    private final JdbcClient jdbc;

    CertificateRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(NewCertificate row) {
        StoredCertificate c = row.certificate();
        jdbc.sql("""
                insert into certificate.certificate (id, number, code_hash, type, type_name, holder_kind,
                    holder_identifier, holder_index, holder_name, department_id, case_id, valid_from, valid_until,
                    state, document, signature, algorithm, signer_sha256, pdf, issued_at, supersedes)
                values (:id, :number, :codeHash, :type, :typeName, :holderKind, :holderIdentifier, :holderIndex,
                    :holderName, :departmentId, :caseId, :validFrom, :validUntil, :state, :document, :signature,
                    :algorithm, :signerSha256, :pdf, :issuedAt, :supersedes)""")
                .param("id", c.id())
                .param("number", c.number())
                .param("codeHash", row.codeHash())
                .param("type", c.type())
                .param("typeName", c.typeName())
                .param("holderKind", c.holderKind().name())
                .param("holderIdentifier", c.holderIdentifier())
                .param("holderIndex", row.holderIndex())
                .param("holderName", c.holderName())
                .param("departmentId", c.departmentId())
                .param("caseId", c.caseId())
                .param("validFrom", c.validFrom())
                .param("validUntil", c.validUntil())
                .param("state", c.state().name())
                .param("document", c.document())
                .param("signature", row.signature())
                .param("algorithm", row.algorithm())
                .param("signerSha256", c.signerSha256())
                .param("pdf", row.pdf())
                .param("issuedAt", Timestamp.from(c.issuedAt()))
                .param("supersedes", c.supersedes())
                .update();
    }

    Optional<StoredCertificate> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from certificate.certificate where id = :id")
                .param("id", id)
                .query(CertificateRecords::row)
                .optional();
    }

    Optional<StoredCertificate> byIdForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from certificate.certificate where id = :id for update")
                .param("id", id)
                .query(CertificateRecords::row)
                .optional();
    }

    Optional<StoredCertificate> byNumber(String number) {
        return jdbc.sql("select " + COLUMNS + " from certificate.certificate where number = :number")
                .param("number", number)
                .query(CertificateRecords::row)
                .optional();
    }

    Optional<StoredCertificate> byCase(UUID caseId, String type) {
        return jdbc.sql("select " + COLUMNS + " from certificate.certificate where case_id = :caseId and type = :type")
                .param("caseId", caseId)
                .param("type", type)
                .query(CertificateRecords::row)
                .optional();
    }

    List<StoredCertificate> ofCase(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + " from certificate.certificate where case_id = :caseId"
                        + " order by issued_at desc, id")
                .param("caseId", caseId)
                .query(CertificateRecords::row)
                .list();
    }

    /** Whether the number and code hash belong together. */
    boolean codeMatches(UUID id, String codeHash) {
        return jdbc.sql("select count(*) from certificate.certificate where id = :id and code_hash = :codeHash")
                .param("id", id)
                .param("codeHash", codeHash)
                .query(Long.class)
                .single() == 1;
    }

    String holderIndex(UUID id) {
        return jdbc.sql("select holder_index from certificate.certificate where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    String pdf(UUID id) {
        return jdbc.sql("select pdf from certificate.certificate where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** The holders' certificates of one type, newest first. */
    List<StoredCertificate> ofHolder(String holderIndex, String type) {
        return jdbc.sql("select " + COLUMNS + " from certificate.certificate"
                        + " where holder_index = :holderIndex and type = :type order by issued_at desc, id")
                .param("holderIndex", holderIndex)
                .param("type", type)
                .query(CertificateRecords::row)
                .list();
    }

    /** The holders' certificates of every type, newest first, at most {@code limit}. */
    List<StoredCertificate> ofHolders(Collection<String> holderIndexes, int limit) {
        if (holderIndexes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from certificate.certificate"
                        + " where holder_index in (:indexes) order by issued_at desc, id limit :limit")
                .param("indexes", holderIndexes)
                .param("limit", limit)
                .query(CertificateRecords::row)
                .list();
    }

    /** One page of a department's certificates, newest first, after the keyset position if given. */
    List<StoredCertificate> ofDepartment(UUID departmentId, Instant beforeAt, UUID beforeId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from certificate.certificate where department_id = :department"
                        + " and (cast(:beforeAt as timestamptz) is null"
                        + " or (issued_at, id) < (cast(:beforeAt as timestamptz), cast(:beforeId as uuid)))"
                        + " order by issued_at desc, id desc limit :limit")
                .param("department", departmentId)
                .param("beforeAt", beforeAt == null ? null : Timestamp.from(beforeAt))
                .param("beforeId", beforeId)
                .param("limit", limit)
                .query(CertificateRecords::row)
                .list();
    }

    /** Marks an issued certificate revoked; false if it was not in the issued state. */
    boolean revoke(UUID id, Instant at, UUID by, String reason) {
        return jdbc.sql("""
                update certificate.certificate set state = 'REVOKED', revoked_at = :at, revoked_by = :by,
                    revocation_reason = :reason
                where id = :id and state = 'ISSUED'""")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("reason", reason)
                .update() == 1;
    }

    void supersede(UUID oldId, UUID newId) {
        jdbc.sql("update certificate.certificate set state = 'SUPERSEDED', superseded_by = :newId"
                        + " where id = :oldId and state = 'ISSUED'")
                .param("oldId", oldId)
                .param("newId", newId)
                .update();
    }

    private static StoredCertificate row(ResultSet rs, int row) throws SQLException {
        Timestamp revokedAt = rs.getTimestamp("revoked_at");
        return new StoredCertificate(
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                rs.getString("type"),
                rs.getString("type_name"),
                Holder.Kind.valueOf(rs.getString("holder_kind")),
                rs.getString("holder_identifier"),
                rs.getString("holder_name"),
                rs.getObject("department_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                StoredCertificate.State.valueOf(rs.getString("state")),
                rs.getString("document"),
                rs.getString("signer_sha256"),
                rs.getTimestamp("issued_at").toInstant(),
                revokedAt == null ? null : revokedAt.toInstant(),
                rs.getString("revocation_reason"),
                rs.getObject("supersedes", UUID.class),
                rs.getObject("superseded_by", UUID.class));
    }
}
