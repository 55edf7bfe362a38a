package org.onewindow.hotline.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onewindow.platform.FileKind;
import org.onewindow.platform.UploadRejected;
import org.onewindow.platform.Uploads;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Photos of a ticket: JPEG or PNG, checked by the platform's {@link Uploads} like an application's
 * materials (extension and content, size), at most {@code onewindow.hotline.max-photos} a ticket.
 */
@Component
class TicketPhotos {

    static final Set<FileKind> KINDS = Set.of(FileKind.JPEG, FileKind.PNG);

    /** A stored photo as pages show it; the stored name stays here. */
    record Photo(UUID id, UUID ticketId, String fileName, String contentType, long size, String sha256,
            Instant uploadedAt) {}

    /** A photo posted with a report, before it is checked. */
    record PhotoUpload(String originalName, InputStreamSource content) {}

    private final JdbcClient jdbc;
    private final Uploads uploads;
    private final HotlineProperties properties;
    private final Clock clock;

    TicketPhotos(JdbcClient jdbc, Uploads uploads, HotlineProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.uploads = uploads;
        this.properties = properties;
        this.clock = clock;
    }

    /** Refuses more photos than a ticket may hold, before anything is read. */
    void checkCount(int count) {
        if (count > properties.maxPhotos()) {
            throw new UploadRejected("too_many_files");
        }
    }

    /** Checks and stores the photos in the caller's transaction; a refusal stores none of them. */
    List<Photo> add(UUID ticketId, List<PhotoUpload> photos) {
        checkCount(photos.size());
        return photos.stream().map(photo -> store(ticketId, photo)).toList();
    }

    List<Photo> of(UUID ticketId) {
        return jdbc.sql(SELECT + " where ticket_id = :ticket order by uploaded_at, id").param("ticket", ticketId)
                .query(TicketPhotos::map).list();
    }

    Optional<Photo> find(UUID ticketId, UUID photoId) {
        return jdbc.sql(SELECT + " where ticket_id = :ticket and id = :id").param("ticket", ticketId)
                .param("id", photoId).query(TicketPhotos::map).optional();
    }

    Optional<Photo> find(UUID photoId) {
        return jdbc.sql(SELECT + " where id = :id").param("id", photoId).query(TicketPhotos::map).optional();
    }

    /** The first photo of each of these tickets that has one, in one query. */
    Map<UUID, Photo> firstOf(Collection<UUID> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select distinct on (ticket_id) id, ticket_id, file_name, content_type, size_bytes, sha256,"
                        + " uploaded_at from hotline.ticket_photo where ticket_id in (:tickets)"
                        + " order by ticket_id, uploaded_at, id")
                .param("tickets", ticketIds)
                .query(TicketPhotos::map).list().stream()
                .collect(Collectors.toMap(Photo::ticketId, photo -> photo));
    }

    InputStream open(Photo photo) {
        String storedName = jdbc.sql("select stored_name from hotline.ticket_photo where id = :id")
                .param("id", photo.id()).query(String.class).single();
        return uploads.open(storedName);
    }

    private Photo store(UUID ticketId, PhotoUpload photo) {
        Uploads.StoredUpload stored;
        try (InputStream content = photo.content().getInputStream()) {
            stored = uploads.store(photo.originalName(), content, KINDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into hotline.ticket_photo (id, ticket_id, file_name, content_type, size_bytes, sha256,
                    stored_name, uploaded_at)
                values (:id, :ticket, :name, :type, :size, :sha, :stored, :at)""")
                .param("id", id)
                .param("ticket", ticketId)
                .param("name", stored.fileName())
                .param("type", stored.kind().contentType())
                .param("size", stored.size())
                .param("sha", stored.sha256())
                .param("stored", stored.storedName())
                .param("at", Timestamp.from(now))
                .update();
        return new Photo(id, ticketId, stored.fileName(), stored.kind().contentType(), stored.size(),
                stored.sha256(), now);
    }

    private static final String SELECT =
            "select id, ticket_id, file_name, content_type, size_bytes, sha256, uploaded_at from hotline.ticket_photo";

    private static Photo map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Photo(rs.getObject("id", UUID.class), rs.getObject("ticket_id", UUID.class),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
