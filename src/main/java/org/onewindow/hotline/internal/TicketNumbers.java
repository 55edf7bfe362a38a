package org.onewindow.hotline.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.onewindow.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ticket numbers such as {@code 12345-2026-000001}, from one database sequence (gaps are harmless). */
@Component
class TicketNumbers {

    private final JdbcClient jdbc;

    TicketNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(Instant at) {
        int year = LocalDate.ofInstant(at, ChinaTime.ZONE).getYear();
        long number = jdbc.sql("select nextval('hotline.ticket_sequence')").query(Long.class).single();
        return "12345-%d-%06d".formatted(year, number);
    }
}
