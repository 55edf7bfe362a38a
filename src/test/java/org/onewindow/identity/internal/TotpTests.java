package org.onewindow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTests {

    /** The RFC 6238 appendix B secret (SHA-1): ASCII "12345678901234567890". */
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfc6238TestVectors() {
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void acceptsTheNeighbouringStepForClockDriftButNotFurther() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String previous = Totp.codeAt(RFC_SECRET, now.minusSeconds(30));
        String twoBack = Totp.codeAt(RFC_SECRET, now.minusSeconds(60));
        assertThat(Totp.matchingStep(RFC_SECRET, previous, now, 0)).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, twoBack, now, 0)).isEmpty();
    }

    @Test
    void neverAcceptsTheSameStepTwice() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String code = Totp.codeAt(RFC_SECRET, now);
        long step = Totp.matchingStep(RFC_SECRET, code, now, 0).orElseThrow();
        assertThat(Totp.matchingStep(RFC_SECRET, code, now, step)).isEmpty();
    }

    @Test
    void rejectsMalformedCodes() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        assertThat(Totp.matchingStep(RFC_SECRET, "12345", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now, 0)).isEmpty();
    }

    @Test
    void base32RoundTripsSecrets() {
        String secret = Totp.newSecret();
        assertThat(Totp.base32(Totp.unbase32(secret))).isEqualTo(secret);
        assertThat(secret).matches("[A-Z2-7]{32}");
    }
}
