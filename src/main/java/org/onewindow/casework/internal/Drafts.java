package org.onewindow.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Drafts in the casework schema; a citizen only ever reaches their own. */
@Component
class Drafts {

    private static final String CONTEXT = "casework.draft.values";

    /** Whether a draft is for one item or a bundle. */
    enum Kind {
        ITEM,
        BUNDLE
    }

    /** A draft as stored, decrypted. */
    record Draft(
            UUID id,
            UUID applicantId,
            Kind kind,
            String code,
            String businessCreditCode,
            String placeCode,
            DraftContent content,
            String edition,
            Instant updatedAt,
            Instant submittedAt,
            int version) {

        boolean submitted() {
            return submittedAt != null;
        }
    }

    private final JdbcClient jdbc;
    private final SealedJson sealed;

    Drafts(JdbcClient jdbc, SealedJson sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    void create(Draft draft, Instant now) {
        insert(draft, now, null);
    }

    /**
     * Stores a draft that is submitted in the same transaction: the row {@link #create} followed by
     * {@link #markSubmitted} leaves, in one statement.
     */
    void createSubmitted(Draft draft, Instant createdAt, Instant submittedAt) {
        insert(draft, createdAt, submittedAt);
    }

    private void insert(Draft draft, Instant now, Instant submittedAt) {
        jdbc.sql("""
                insert into casework.draft (id, applicant_id, target_kind, target_code, business_credit_code,
                    place_code, values_enc, catalog_edition, created_at, updated_at, submitted_at, version)
                values (:id, :applicant, :kind, :code, :business, :place, :values, :edition, :now, :now, :submitted,
                    :version)""")
                .param("submitted", submittedAt == null ? null : Timestamp.from(submittedAt))
                .param("version", submittedAt == null ? 0 : 1)
                .param("id", draft.id())
                .param("applicant", draft.applicantId())
                .param("kind", draft.kind().name())
                .param("code", draft.code())
                .param("business", draft.businessCreditCode())
                .param("place", draft.placeCode())
                .param("values", seal(draft.content()))
                .param("edition", draft.edition())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The applicant's draft, never anyone else's. */
    Optional<Draft> mine(UUID applicantId, UUID draftId) {
        return jdbc.sql(SELECT + "where id = :id and applicant_id = :applicant and discarded_at is null")
                .param("id", draftId)
                .param("applicant", applicantId)
                .query(this::map)
                .optional();
    }

    /** Locks the draft row for a submission, so two concurrent submits are serialised. */
    Optional<Draft> mineForUpdate(UUID applicantId, UUID draftId) {
        return jdbc.sql(SELECT + "where id = :id and applicant_id = :applicant and discarded_at is null for update")
                .param("id", draftId)
                .param("applicant", applicantId)
                .query(this::map)
                .optional();
    }

    List<Draft> openOf(UUID applicantId) {
        return jdbc.sql(SELECT + "where applicant_id = :applicant and submitted_at is null and discarded_at is null "
                        + "order by updated_at desc limit 50")
                .param("applicant", applicantId)
                .query(this::map)
                .list();
    }

    /** Saves the content if nobody saved since {@code version}; false on a stale save. */
    boolean save(Draft draft, DraftContent content, Instant now) {
        return jdbc.sql("""
                        update casework.draft set values_enc = :values, updated_at = :now, version = version + 1
                        where id = :id and version = :version and submitted_at is null""")
                        .param("values", seal(content))
                        .param("now", Timestamp.from(now))
                        .param("id", draft.id())
                        .param("version", draft.version())
                        .update()
                == 1;
    }

    void markSubmitted(UUID draftId, Instant now) {
        jdbc.sql("update casework.draft set submitted_at = :now, version = version + 1 where id = :id")
                .param("now", Timestamp.from(now))
                .param("id", draftId)
                .update();
    }

    void discard(UUID draftId, Instant now) {
        jdbc.sql("update casework.draft set discarded_at = :now where id = :id and submitted_at is null")
                .param("now", Timestamp.from(now))
                .param("id", draftId)
                .update();
    }

    private static final String SELECT = """
            select id, applicant_id, target_kind, target_code, business_credit_code, place_code, values_enc,
                   catalog_edition,
                   updated_at, submitted_at, version
            from casework.draft
            """;

    private String seal(DraftContent content) {
        return sealed.seal(CONTEXT, Map.of("values", content.values(), "locked", List.copyOf(content.locked())));
    }

    @SuppressWarnings("unchecked")
    private Draft map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Map<String, Object> stored = sealed.open(CONTEXT, rs.getString("values_enc"));
        Set<String> locked = ((Collection<Object>) stored.getOrDefault("locked", List.of())).stream()
                .map(String::valueOf)
                .collect(Collectors.toSet());
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Draft(
                rs.getObject("id", UUID.class),
                rs.getObject("applicant_id", UUID.class),
                Kind.valueOf(rs.getString("target_kind")),
                rs.getString("target_code"),
                rs.getString("business_credit_code"),
                rs.getString("place_code"),
                new DraftContent((Map<String, Object>) stored.getOrDefault("values", Map.of()), locked),
                rs.getString("catalog_edition"),
                rs.getTimestamp("updated_at").toInstant(),
                submitted == null ? null : submitted.toInstant(),
                rs.getInt("version"));
    }
}
