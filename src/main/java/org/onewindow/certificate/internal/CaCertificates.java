package org.onewindow.certificate.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The CA certificates as published ({@code certificate.ca_certificate}): every node publishes
 * the same ones, and a node whose keystore disagrees with this table refuses to sign.
 */
@Component
class CaCertificates {

    /** One published certificate. */
    record Published(String alias, UUID departmentId, SigningAlgorithm algorithm, String sha256, String pem) {}

    private final JdbcClient jdbc;

    CaCertificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Published> byAlias(String alias) {
        return jdbc.sql("select alias, department_id, algorithm, sha256, pem from certificate.ca_certificate"
                        + " where alias = :alias")
                .param("alias", alias)
                .query(CaCertificates::row)
                .optional();
    }

    Optional<Published> bySha256(String sha256) {
        return jdbc.sql("select alias, department_id, algorithm, sha256, pem from certificate.ca_certificate"
                        + " where sha256 = :sha256")
                .param("sha256", sha256)
                .query(CaCertificates::row)
                .optional();
    }

    void insert(String alias, UUID departmentId, SigningAlgorithm algorithm, String sha256, String pem, Instant at) {
        jdbc.sql("""
                insert into certificate.ca_certificate (alias, department_id, algorithm, sha256, pem, created_at)
                values (:alias, :department, :algorithm, :sha256, :pem, :at)""")
                .param("alias", alias)
                .param("department", departmentId)
                .param("algorithm", algorithm.name())
                .param("sha256", sha256)
                .param("pem", pem)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static Published row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Published(rs.getString("alias"), rs.getObject("department_id", UUID.class),
                SigningAlgorithm.valueOf(rs.getString("algorithm")), rs.getString("sha256"), rs.getString("pem"));
    }
}
