package org.onewindow.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.platform.SequenceBlock;
import org.onewindow.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Receipt numbers that encode the year and the item: {@code 2026-0100112001-00000042} is case 42
 * of the platform, for item basic code 0100112001, submitted in 2026. The number comes from one
 * database sequence, so concurrent submissions never wait on a counter row (a rolled-back
 * submission leaves a gap, which is harmless); the values are fetched a few at a time
 * ({@link SequenceBlock}), so numbers a stopped process had fetched but not used are gaps too.
 */
@Component
class ReceiptNumbers {

    private final SequenceBlock numbers;

    ReceiptNumbers(JdbcClient jdbc) {
        this.numbers = new SequenceBlock(jdbc, "casework.receipt_sequence", 16);
    }

    String next(ServiceItem item, Instant at) {
        int year = LocalDate.ofInstant(at, ChinaTime.ZONE).getYear();
        long number = numbers.next();
        return "%d-%s-%08d".formatted(year, item.basicCode(), number);
    }
}
