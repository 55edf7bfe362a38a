package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.onewindow.platform.PublicPortalPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's OpenAPI document ({@code /v3/api-docs}) and its UI ({@code /api-docs-ui}), both public.
 *
 * <p>springdoc only looks at {@code /api/**} (application.yml), so nothing of the office zone appears.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String SESSION = "session";
    static final String CSRF = "csrf";

    @Bean
    PublicPortalPaths openApiPublicPaths() {
        return new PublicPortalPaths("/v3/api-docs", "/v3/api-docs/**", "/api-docs-ui", "/swagger-ui.html",
                "/swagger-ui/**", "/api/csrf");
    }

    @Bean
    OpenAPI oneWindowOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("OneWindow 一窗通办 portal API")
                        .version("1")
                        .description("""
                                The public service catalogue (no login) and the logged-in citizen's applications.
                                The applications API authenticates with the portal session cookie \
                                (log in at /login); every POST and PUT also sends the session's CSRF token \
                                from GET /api/csrf in the X-CSRF-TOKEN header. Errors are stable snake_case \
                                codes; see docs/api.md."""))
                .tags(List.of(
                        new Tag().name("Catalogue").description("The public service catalogue: items (办事指南), "
                                + "life events, bundles and search. No login."),
                        new Tag().name("Drafts").description("Applying: a draft prefilled from the base registries, "
                                + "saved, then submitted once."),
                        new Tag().name("Applications").description("The logged-in citizen's cases (办件): status, "
                                + "timeline, withdrawal."),
                        new Tag().name("Session").description("The CSRF token that every POST and PUT sends in "
                                + "X-CSRF-TOKEN.")))
                .components(new Components()
                        .addSecuritySchemes(SESSION, new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE)
                                .name("OW_PORTAL_SESSION")
                                .description("The portal session cookie, set by logging in at /login."))
                        .addSecuritySchemes(CSRF, new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER)
                                .name("X-CSRF-TOKEN")
                                .description("The session's CSRF token from GET /api/csrf; needed on POST and PUT.")));
    }
}
