package org.onewindow.rating.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onewindow.rating.RatingLevel;
import org.onewindow.rating.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ratings and their tags in the rating schema; insert only (the database refuses changes). */
@Component
class RatingRecords {

    private final JdbcClient jdbc;

    RatingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the rating and its tags; false (and nothing stored) if its case is rated already or
     * its return visit was recorded already.
     */
    boolean insert(Rating rating) {
        int inserted = jdbc.sql("""
                insert into rating.rating (id, subject_kind, subject_id, subject_ref, visit_id, rater_id, department_id,
                    item_code, level, comment, solved, channel, rated_at)
                values (:id, :kind, :subject, :ref, :visit, :rater, :department, :item, :level, :comment, :solved,
                    :channel, :at)
                on conflict do nothing""")
                .param("id", rating.id())
                .param("kind", rating.kind().name())
                .param("subject", rating.subjectId())
                .param("ref", rating.subjectRef())
                .param("visit", rating.visitId())
                .param("rater", rating.raterId())
                .param("department", rating.departmentId())
                .param("item", rating.itemCode())
                .param("level", rating.level().value())
                .param("comment", rating.comment())
                .param("solved", rating.solved())
                .param("channel", rating.channel().name())
                .param("at", Timestamp.from(rating.ratedAt()))
                .update();
        if (inserted == 0) {
            return false;
        }
        for (RatingTag tag : rating.tags()) {
            jdbc.sql("insert into rating.rating_tag (rating_id, tag) values (:id, :tag)")
                    .param("id", rating.id())
                    .param("tag", tag.code())
                    .update();
        }
        return true;
    }

    Optional<Rating> byId(UUID id) {
        return withTags(jdbc.sql(SELECT + "where id = :id").param("id", id).query(RatingRecords::map).list())
                .stream().findFirst();
    }

    Optional<Rating> ofCase(UUID caseId) {
        return withTags(jdbc.sql(SELECT + "where subject_kind = 'CASE' and subject_id = :id")
                .param("id", caseId).query(RatingRecords::map).list()).stream().findFirst();
    }

    /** The rater's ratings, newest first, keyset-paged on (rated_at, id). */
    List<Rating> ofRater(UUID raterId, Instant beforeAt, UUID beforeId, int limit) {
        return withTags(jdbc.sql(SELECT + """
                        where rater_id = :rater
                          and (cast(:beforeAt as timestamptz) is null or (rated_at, id) < (:beforeAt, :beforeId))
                        order by rated_at desc, id desc limit :limit""")
                .param("rater", raterId)
                .param("beforeAt", beforeAt == null ? null : Timestamp.from(beforeAt))
                .param("beforeId", beforeId)
                .param("limit", limit)
                .query(RatingRecords::map)
                .list());
    }

    List<Rating> byIds(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withTags(jdbc.sql(SELECT + "where id in (:ids)").param("ids", ids).query(RatingRecords::map).list());
    }

    private List<Rating> withTags(List<Rating> ratings) {
        if (ratings.isEmpty()) {
            return ratings;
        }
        Map<UUID, Set<RatingTag>> tags = jdbc.sql("select rating_id, tag from rating.rating_tag where rating_id in (:ids)")
                .param("ids", ratings.stream().map(Rating::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject("rating_id", UUID.class), rs.getString("tag")))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(
                        e -> RatingTag.ofCode(e.getValue()).orElseThrow(),
                        Collectors.toCollection(() -> EnumSet.noneOf(RatingTag.class)))));
        return ratings.stream()
                .map(r -> new Rating(r.id(), r.kind(), r.subjectId(), r.subjectRef(), r.visitId(), r.raterId(),
                        r.departmentId(), r.itemCode(), r.level(), tags.getOrDefault(r.id(), Set.of()), r.comment(),
                        r.solved(), r.channel(), r.ratedAt()))
                .toList();
    }

    private static final String SELECT = """
            select id, subject_kind, subject_id, subject_ref, visit_id, rater_id, department_id, item_code, level,
                   comment, solved, channel, rated_at
            from rating.rating
            """;

    private static Rating map(ResultSet rs, int row) throws SQLException {
        return new Rating(
                rs.getObject("id", UUID.class),
                SubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getObject("subject_id", UUID.class),
                rs.getString("subject_ref"),
                rs.getObject("visit_id", UUID.class),
                rs.getObject("rater_id", UUID.class),
                rs.getObject("department_id", UUID.class),
                rs.getString("item_code"),
                RatingLevel.of(rs.getInt("level")).orElseThrow(),
                Set.of(),
                rs.getString("comment"),
                rs.getObject("solved", Boolean.class),
                Rating.Channel.valueOf(rs.getString("channel")),
                rs.getTimestamp("rated_at").toInstant());
    }
}
