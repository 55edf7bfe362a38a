package org.onewindow.identity.internal.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.platform.PublicPortalPaths;
import org.onewindow.platform.Zones;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains, one per zone. Everything not listed as public needs a login of the zone's
 * own kind: staff in the office, citizens on the portal.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The portal's JSON API, whose clients get status codes and JSON, never pages or redirects. */
    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /** The office's JSON API, whose refusals are JSON codes as well. */
    private static final RequestMatcher OFFICE_API = PathPatternRequestMatcher.withDefaults().matcher("/office/api/**");

    private static final String[] COMMON_PUBLIC = {"/css/**", "/js/**", "/img/**", "/favicon.ico", "/error"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** No framework-made users or generated passwords: every login goes through our own pages. */
    @Bean
    UserDetailsService noFrameworkLogins() {
        return username -> {
            throw new UsernameNotFoundException("OneWindow logs users in through its own login pages");
        };
    }

    /**
     * No Spring Security observations: they would wrap each of the ~15 filters of every request in
     * an observation that nobody reads (the HTTP server metrics stay). Stronger than switching them
     * off by name ({@code management.observations.enable.spring.security}), which still wraps.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain officeChain(
            HttpSecurity http, Zones zones, ZoneSessionGuard guard, SecurityContextRepository contexts,
            AuditingAccessDeniedHandler denied, AuditingLogoutHandler logout)
            throws Exception {
        http.securityMatcher(zones::isOffice)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(COMMON_PUBLIC)
                        .permitAll()
                        .requestMatchers(
                                "/office/login",
                                "/office/totp",
                                "/office/totp/enrol",
                                "/office/actuator/health",
                                "/office/actuator/health/**",
                                "/office/actuator/prometheus")
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(Authorities.STAFF))
                .securityContext(context -> context.securityContextRepository(contexts))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new ExpiringLoginEntryPoint("/office/login"))
                        .accessDeniedHandler(jsonDeniedHandler(OFFICE_API, denied)))
                .logout(out -> out.logoutUrl("/office/logout")
                        .addLogoutHandler(logout)
                        .logoutSuccessUrl("/office/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .addFilterAfter(guard, SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalChain(
            HttpSecurity http, ZoneSessionGuard guard, SecurityContextRepository contexts,
            AuditingAccessDeniedHandler denied, AuditingLogoutHandler logout,
            ObjectProvider<PublicPortalPaths> publicPaths)
            throws Exception {
        List<String> open = new ArrayList<>(List.of(COMMON_PUBLIC));
        open.addAll(List.of("/", "/login", "/login/**", "/register", "/register/**", "/lang"));
        publicPaths.orderedStream().forEach(paths -> open.addAll(paths.patterns()));
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(open.toArray(String[]::new))
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(Authorities.CITIZEN))
                .securityContext(context -> context.securityContextRepository(contexts))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(portalEntryPoint(new ExpiringLoginEntryPoint("/login")))
                        .accessDeniedHandler(jsonDeniedHandler(API, denied)))
                .logout(out -> out.logoutUrl("/logout").addLogoutHandler(logout).logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .addFilterAfter(guard, SecurityContextHolderFilter.class);
        return http.build();
    }

    /** The JSON API ({@code /api/**}) always answers 401 with a code; pages redirect to the login page. */
    private static AuthenticationEntryPoint portalEntryPoint(AuthenticationEntryPoint pages) {
        return (request, response, e) -> {
            if (API.matches(request)) {
                boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
                JsonErrorResponse.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                        expired ? "session_expired" : "login_required");
            } else {
                pages.commence(request, response, e);
            }
        };
    }

    /** Refusals of a JSON API (a missing CSRF token above all) are audited as usual and answered as JSON codes. */
    private static AccessDeniedHandler jsonDeniedHandler(RequestMatcher api, AccessDeniedHandler denied) {
        return (request, response, e) -> denied.handle(request,
                api.matches(request) ? new JsonErrorResponse(response) : response, e);
    }

    /** Turns the denied handler's error and login redirect into the API's {@code {"code":…}} answers. */
    private static final class JsonErrorResponse extends HttpServletResponseWrapper {

        JsonErrorResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            write((HttpServletResponse) getResponse(), status,
                    message != null && message.matches("[a-z_]+") ? message : "permission_denied");
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            write((HttpServletResponse) getResponse(), HttpServletResponse.SC_UNAUTHORIZED, "session_expired");
        }

        static void write(HttpServletResponse response, int status, String code) throws IOException {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"code\":\"" + code + "\",\"errors\":[]}");
        }
    }
}
