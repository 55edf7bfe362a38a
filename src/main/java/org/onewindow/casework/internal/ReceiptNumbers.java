package org.onewindow.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Receipt numbers that encode the year and the item: {@code 2026-0100112001-00000042} is case 42
 * of the platform, for item basic code 0100112001, submitted in 2026. The number comes from one
 * database sequence, so concurrent submissions never wait on a counter row (a rolled-back
 * submission leaves a gap, which is harmless).
 */
@Component
class ReceiptNumbers {

    private final JdbcClient jdbc;

    ReceiptNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(ServiceItem item, Instant at) {
        int year = LocalDate.ofInstant(at, ChinaTime.ZONE).getYear();
        long number = jdbc.sql("select nextval('casework.receipt_sequence')").query(Long.class).single();
        return "%d-%s-%08d".formatted(year, item.basicCode(), number);
    }
}
