package org.onewindow.hotline.internal;

import org.onewindow.platform.PublicPortalPaths;
import org.onewindow.platform.Zones;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The Open311 API on the portal: public reads, and posts authenticated by an API key instead of
 * a session. Its own stateless filter chain, ahead of the portal's, exempts exactly
 * {@code /open311/**} from CSRF: no cookie authenticates there, so a forged cross-site post
 * carries no authority a third party lacks (the API key must be in the request itself).
 */
@Configuration(proxyBeanMethods = false)
class Open311Security {

    private static final RequestMatcher OPEN311 = PathPatternRequestMatcher.withDefaults().matcher("/open311/**");

    @Bean
    PublicPortalPaths open311PublicPaths() {
        return new PublicPortalPaths("/open311/**");
    }

    @Bean
    @Order(0)
    SecurityFilterChain open311Chain(HttpSecurity http, Zones zones) throws Exception {
        http.securityMatcher(request -> !zones.isOffice(request) && OPEN311.matches(request))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }
}
