package org.onewindow.identity.internal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login, session and anti-automation settings ({@code onewindow.identity.*}); defaults per
 * STANDARDS.md. {@code sessionTouchInterval} is how stale a session's stored last access may get
 * before a request writes it again ({@link LazilyTouchedSessions}); keep it well below the
 * shortest idle timeout.
 */
@ConfigurationProperties("onewindow.identity")
public record IdentityProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("30m") Duration citizenIdleTimeout,
        @DefaultValue("12h") Duration absoluteTimeout,
        @DefaultValue("30m") Duration staffIdleTimeout,
        @DefaultValue("15m") Duration administratorIdleTimeout,
        @DefaultValue("5m") Duration codeValidity,
        @DefaultValue("5") int codeMaxAttempts,
        @DefaultValue("1") int codesPerNumberPerMinute,
        @DefaultValue("10") int codesPerNumberPerDay,
        @DefaultValue("20") int codesPerIpPerHour,
        @DefaultValue("30") int loginsPerIpPerMinute,
        @DefaultValue("10") int loginsPerAccountPerMinute,
        @DefaultValue("10") int registrationsPerIpPerHour,
        @DefaultValue("60s") Duration sessionTouchInterval) {}
