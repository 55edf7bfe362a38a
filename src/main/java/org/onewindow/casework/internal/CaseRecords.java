package org.onewindow.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.casework.ApplicationStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cases and their timelines in the casework schema. */
@Component
class CaseRecords {

    private static final String CONTEXT = "casework.application.values";

    /** A case as stored (values decrypted on demand). */
    record CaseRecord(
            UUID id,
            String receiptNumber,
            UUID draftId,
            String itemCode,
            UUID bundleSubmissionId,
            UUID applicantId,
            String applicantName,
            String businessCreditCode,
            String businessName,
            ApplicationStatus status,
            String valuesSealed,
            String placeCode,
            UUID acceptingDepartmentId,
            Instant submittedAt,
            Instant updatedAt,
            int version) {}

    /** One line of a case's timeline. */
    record TimelineEntry(Instant at, String kind, String actorName, String detail) {}

    private final JdbcClient jdbc;
    private final SealedJson sealed;

    CaseRecords(JdbcClient jdbc, SealedJson sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    void insert(CaseRecord record, Map<String, Object> values, String edition) {
        jdbc.sql("""
                insert into casework.application (id, receipt_number, draft_id, item_code, bundle_submission_id,
                    applicant_id, applicant_name, business_credit_code, business_name, status, values_enc, place_code,
                    accepting_department_id, catalog_edition, submitted_at, updated_at)
                values (:id, :receipt, :draft, :item, :bundle, :applicant, :name, :business, :businessName, :status,
                    :values, :place, :department, :edition, :at, :at)""")
                .param("id", record.id())
                .param("receipt", record.receiptNumber())
                .param("draft", record.draftId())
                .param("item", record.itemCode())
                .param("bundle", record.bundleSubmissionId())
                .param("applicant", record.applicantId())
                .param("name", record.applicantName())
                .param("business", record.businessCreditCode())
                .param("businessName", record.businessName())
                .param("status", record.status().name())
                .param("values", sealed.seal(CONTEXT, values))
                .param("place", record.placeCode())
                .param("department", record.acceptingDepartmentId())
                .param("edition", edition)
                .param("at", Timestamp.from(record.submittedAt()))
                .update();
    }

    UUID newBundleSubmission(String bundleCode, UUID applicantId, UUID draftId, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into casework.bundle_submission (id, bundle_code, applicant_id, draft_id, submitted_at)
                values (:id, :bundle, :applicant, :draft, :at)""")
                .param("id", id)
                .param("bundle", bundleCode)
                .param("applicant", applicantId)
                .param("draft", draftId)
                .param("at", Timestamp.from(now))
                .update();
        return id;
    }

    Map<String, Object> values(CaseRecord record) {
        return sealed.open(CONTEXT, record.valuesSealed());
    }

    /** The applicant's case, never anyone else's. */
    Optional<CaseRecord> mine(UUID applicantId, UUID caseId) {
        return jdbc.sql(SELECT + "where id = :id and applicant_id = :applicant")
                .param("id", caseId)
                .param("applicant", applicantId)
                .query(CaseRecords::map)
                .optional();
    }

    Optional<CaseRecord> byId(UUID caseId) {
        return jdbc.sql(SELECT + "where id = :id").param("id", caseId).query(CaseRecords::map).optional();
    }

    List<CaseRecord> ofDraft(UUID draftId) {
        return jdbc.sql(SELECT + "where draft_id = :draft order by item_code")
                .param("draft", draftId)
                .query(CaseRecords::map)
                .list();
    }

    List<CaseRecord> ofBundle(UUID bundleSubmissionId) {
        return jdbc.sql(SELECT + "where bundle_submission_id = :bundle order by receipt_number")
                .param("bundle", bundleSubmissionId)
                .query(CaseRecords::map)
                .list();
    }

    /** Newest first, keyset-paged on (submitted_at, id). */
    List<CaseRecord> mine(UUID applicantId, Instant beforeAt, UUID beforeId, int limit) {
        return jdbc.sql(SELECT + """
                        where applicant_id = :applicant
                          and (cast(:beforeAt as timestamptz) is null or (submitted_at, id) < (:beforeAt, :beforeId))
                        order by submitted_at desc, id desc limit :limit""")
                .param("applicant", applicantId)
                .param("beforeAt", beforeAt == null ? null : Timestamp.from(beforeAt))
                .param("beforeId", beforeId)
                .param("limit", limit)
                .query(CaseRecords::map)
                .list();
    }

    /**
     * What a move sets: the status, its time, the version, and the closing time if the move ends the
     * case. A move that does not end it leaves {@code closed_at} as it is (null), so that it changes no
     * indexed column and is a heap-only update (migration 50.2.3). Every move is from a status that is
     * not finished, so {@code closed_at} is set once.
     */
    private static final String MOVE = """
            update casework.application set status = :to, updated_at = :at, version = version + 1,
                closed_at = case when :closes then coalesce(closed_at, :at) else closed_at end""";

    /** Moves the case from one status to another; false if it was no longer in {@code from}. */
    boolean transition(UUID caseId, ApplicationStatus from, ApplicationStatus to, Instant now) {
        return jdbc.sql(MOVE + " where id = :id and status = :from")
                        .param("to", to.name())
                        .param("closes", to.finished())
                        .param("at", Timestamp.from(now))
                        .param("id", caseId)
                        .param("from", from.name())
                        .update()
                == 1;
    }

    /** Moves the case to {@code to} if it is in one of the {@code from} statuses; false if it was not. */
    boolean transition(UUID caseId, java.util.Set<ApplicationStatus> from, ApplicationStatus to, Instant now) {
        return jdbc.sql(MOVE + " where id = :id and status in (:from)")
                        .param("to", to.name())
                        .param("closes", to.finished())
                        .param("at", Timestamp.from(now))
                        .param("id", caseId)
                        .param("from", from.stream().map(Enum::name).toList())
                        .update()
                == 1;
    }

    /**
     * Adds a timeline line for an event once and, only if the line is new, moves the case to
     * {@code to} if it is in one of the {@code from} statuses: one statement.
     */
    void addTimelineOnceAndTransition(UUID caseId, String eventRef, Instant at, String kind, String actorName,
            String detail, java.util.Set<ApplicationStatus> from, ApplicationStatus to) {
        jdbc.sql("""
                with line as (
                    insert into casework.timeline (application_id, at, kind, actor_name, detail, event_ref)
                    values (:id, :at, :kind, :actor, :detail, :ref) on conflict do nothing
                    returning 1)
                """ + MOVE + " where id = :id and status in (:from) and exists (select 1 from line)")
                .paramSource(line(caseId, at, kind, actorName, detail, eventRef)
                        .addValue("to", to.name())
                        .addValue("closes", to.finished())
                        .addValue("from", from.stream().map(Enum::name).toList()))
                .update();
    }

    /** Adds a timeline line for an event once; false if that event was already recorded. */
    boolean addTimelineOnce(UUID caseId, String eventRef, Instant at, String kind, String actorName, String detail) {
        return jdbc.sql("""
                        insert into casework.timeline (application_id, at, kind, actor_name, detail, event_ref)
                        values (:id, :at, :kind, :actor, :detail, :ref) on conflict do nothing""")
                        .paramSource(line(caseId, at, kind, actorName, detail, eventRef))
                        .update()
                == 1;
    }

    void addTimeline(UUID caseId, Instant at, String kind, String actorName, String detail) {
        jdbc.sql("""
                insert into casework.timeline (application_id, at, kind, actor_name, detail)
                values (:id, :at, :kind, :actor, :detail)""")
                .paramSource(line(caseId, at, kind, actorName, detail, null))
                .update();
    }

    /** The parameters of a timeline line: {@code :id, :at, :kind, :actor, :detail, :ref}. */
    private static MapSqlParameterSource line(UUID caseId, Instant at, String kind, String actorName, String detail,
            String eventRef) {
        return new MapSqlParameterSource()
                .addValue("id", caseId)
                .addValue("at", Timestamp.from(at))
                .addValue("kind", kind)
                .addValue("actor", actorName)
                .addValue("detail", detail)
                .addValue("ref", eventRef);
    }

    /**
     * The lines casework recorded for the case, in the order written; the applicant's timeline
     * ({@link ApplicantTimeline}) adds the departments' reviews from the workflow's history.
     */
    List<TimelineEntry> recordedTimeline(UUID caseId) {
        return jdbc.sql("select at, kind, actor_name, detail from casework.timeline where application_id = :id order by id")
                .param("id", caseId)
                .query((rs, n) -> new TimelineEntry(
                        rs.getTimestamp("at").toInstant(), rs.getString("kind"), rs.getString("actor_name"),
                        rs.getString("detail")))
                .list();
    }

    private static final String SELECT = """
            select id, receipt_number, draft_id, item_code, bundle_submission_id, applicant_id, applicant_name,
                   business_credit_code, business_name, status, values_enc, place_code, accepting_department_id,
                   submitted_at, updated_at, version
            from casework.application
            """;

    private static CaseRecord map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CaseRecord(
                rs.getObject("id", UUID.class),
                rs.getString("receipt_number"),
                rs.getObject("draft_id", UUID.class),
                rs.getString("item_code"),
                rs.getObject("bundle_submission_id", UUID.class),
                rs.getObject("applicant_id", UUID.class),
                rs.getString("applicant_name"),
                rs.getString("business_credit_code"),
                rs.getString("business_name"),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("values_enc"),
                rs.getString("place_code"),
                rs.getObject("accepting_department_id", UUID.class),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
