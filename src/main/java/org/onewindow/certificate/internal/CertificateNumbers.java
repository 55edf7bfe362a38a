package org.onewindow.certificate.internal;

import java.security.SecureRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Certificate numbers ({@code BL-2026-000123}, one sequence per prefix and year) and verification codes. */
@Component
class CertificateNumbers {

    /** No 0/O, 1/I or similar pairs, so that a code read off paper is typed right: 32 symbols, 5 bits each. */
    static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    CertificateNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the prefix in the year; safe on many nodes (one atomic upsert). */
    String next(String prefix, int year) {
        long value = jdbc.sql("""
                insert into certificate.number_sequence (prefix, year, last_value) values (:prefix, :year, 1)
                on conflict (prefix, year) do update set last_value = certificate.number_sequence.last_value + 1
                returning last_value""")
                .param("prefix", prefix)
                .param("year", year)
                .query(Long.class)
                .single();
        return "%s-%d-%06d".formatted(prefix, year, value);
    }

    /** A random verification code of {@value #CODE_LENGTH} symbols (50 bits). */
    static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** Normalises a typed code: upper case, no spaces or dashes. */
    static String normaliseCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Normalises a typed number: upper case, trimmed. */
    static String normaliseNumber(String number) {
        return number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
