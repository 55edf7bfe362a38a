package org.onewindow.hotline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onewindow.deadline.Deadlines;
import org.onewindow.identity.Department;
import org.onewindow.identity.Departments;
import org.onewindow.shared.ChinaTime;
import org.springframework.stereotype.Component;

/**
 * Reads tickets as GeoReport v2 service requests. Without dates the window is the last 90 days,
 * and an answer holds at most the newest {@value #CAP} requests, as the specification allows.
 */
@Component
class Open311Requests {

    static final int CAP = 1000;
    static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final TicketRecords records;
    private final DispatchCatalogue catalogue;
    private final Departments departments;
    private final Deadlines deadlines;
    private final TicketPhotos photos;
    private final Clock clock;

    Open311Requests(TicketRecords records, DispatchCatalogue catalogue, Departments departments,
            Deadlines deadlines, TicketPhotos photos, Clock clock) {
        this.records = records;
        this.catalogue = catalogue;
        this.departments = departments;
        this.deadlines = deadlines;
        this.photos = photos;
        this.clock = clock;
    }

    /** Builds the query from the request parameters, refusing malformed ones. */
    Open311Query query(String ids, String serviceCodes, String startDate, String endDate, String status) {
        Instant end = endDate == null || endDate.isBlank() ? clock.instant().plusSeconds(1) : date("end_date", endDate);
        Instant start = startDate == null || startDate.isBlank() ? end.minus(DEFAULT_WINDOW)
                : date("start_date", startDate);
        if (!start.isBefore(end)) {
            throw new Open311Error(400, "date_range_invalid", "start_date must be before end_date");
        }
        String wanted = status == null || status.isBlank() ? null : status.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted != null && !List.of("open", "closed", "open,closed", "closed,open").contains(wanted)) {
            throw new Open311Error(400, "status_invalid", "status must be open or closed");
        }
        return new Open311Query(split(ids), split(serviceCodes), start, end,
                wanted == null || wanted.contains(",") ? null : wanted);
    }

    List<ServiceRequest> find(Open311Query query, String mediaBase) {
        return render(records.search(query, CAP), mediaBase);
    }

    /**
     * The tickets as service requests; {@code mediaBase} is the absolute address photos are served
     * under ({@code …/open311/v2/media/}), to which a photo's id is appended.
     */
    List<ServiceRequest> render(List<Ticket> tickets, String mediaBase) {
        // Only the due times of the running reply limits, from the index on active limits alone.
        Map<String, Instant> due = deadlines.runningDueTimes(TicketClock.REPLY, tickets.stream()
                .filter(t -> t.state().heldByDepartment()).map(t -> t.id().toString()).toList());
        Map<java.util.UUID, TicketPhotos.Photo> firstPhotos = photos.firstOf(
                tickets.stream().filter(t -> !t.confidential()).map(Ticket::id).toList());
        Map<java.util.UUID, String> agencies = tickets.stream().anyMatch(t -> t.departmentId() != null)
                ? departments.all().stream().collect(Collectors.toMap(Department::id, Department::name))
                : Map.of();
        return tickets.stream().map(ticket -> request(ticket, due.get(ticket.id().toString()), agencies,
                media(ticket, firstPhotos.get(ticket.id()), mediaBase))).toList();
    }

    /** The first photo, else the client's own link; nothing for a confidential ticket. */
    private static String media(Ticket ticket, TicketPhotos.Photo photo, String mediaBase) {
        if (ticket.confidential()) {
            return null;
        }
        return photo != null ? mediaBase + photo.id() : ticket.mediaUrl();
    }

    /**
     * The request; {@code expected_datetime} is the reply deadline while a department holds the
     * ticket and its reply limit runs (a paused limit has no due time).
     */
    private ServiceRequest request(Ticket ticket, Instant replyDue, Map<java.util.UUID, String> agencies,
            String mediaUrl) {
        return new ServiceRequest(ticket.number(), ticket.state().open311Status(), notes(ticket),
                catalogue.service(ticket.serviceCode()).map(HotlineService::name).orElse(ticket.serviceCode()),
                ticket.serviceCode(), ticket.confidential() ? null : ticket.description(),
                ticket.departmentId() == null ? null : agencies.get(ticket.departmentId()), null,
                format(ticket.createdAt()), format(ticket.updatedAt()),
                replyDue == null || !ticket.state().heldByDepartment() ? null : format(replyDue),
                ticket.address(), null, null, ticket.lat(), ticket.lng(), mediaUrl);
    }

    private String notes(Ticket ticket) {
        return switch (ticket.state()) {
            case MERGED -> "merged";
            case CLOSED, VISITED, REPLIED -> ticket.reply();
            case DISPUTED -> "redispatching";
            default -> ticket.state().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /**
     * ISO 8601 in China time to the second, e.g. {@code 2026-11-22T10:52:53+08:00}: what
     * {@code ISO_OFFSET_DATE_TIME} writes, without its general machinery (an answer holds up to
     * 3,000 dates).
     */
    static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        java.time.ZoneOffset offset = ChinaTime.ZONE.getRules().getOffset(instant);
        java.time.LocalDateTime time = java.time.LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, offset);
        if (time.getYear() < 1000 || time.getYear() > 9999) {
            return ISO.format(time.atOffset(offset));
        }
        StringBuilder text = new StringBuilder(25).append(time.getYear()).append('-');
        two(text, time.getMonthValue()).append('-');
        two(text, time.getDayOfMonth()).append('T');
        two(text, time.getHour()).append(':');
        two(text, time.getMinute()).append(':');
        two(text, time.getSecond());
        return text.append(offset.getId()).toString();
    }

    private static StringBuilder two(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static Instant date(String name, String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Error(400, "date_invalid", name + " must be an ISO 8601 date and time with offset");
        }
    }

    private static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
