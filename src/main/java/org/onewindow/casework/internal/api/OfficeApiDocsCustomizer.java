package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.stream.Stream;
import org.onewindow.workflow.WorkflowError;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The office document's own parts: its title, tags and security (the office session and CSRF
 * header), the 401/403 answers every call can give, and only {@code /office/api/} paths.
 *
 * <p>Not a bean: a bean would be applied to the portal's document as well.
 */
class OfficeApiDocsCustomizer implements OpenApiCustomizer {

    static final String SESSION = "officeSession";
    static final String CSRF = "csrf";
    private static final String ERROR_REF = "#/components/schemas/Error";

    /** The document's title, tags and security schemes, on which springdoc adds the scanned paths. */
    static OpenAPI base() {
        return new OpenAPI()
                .info(new Info()
                        .title("OneWindow 一窗通办 office tasks API")
                        .version("1")
                        .description("""
                                The office desk as JSON, for department systems: the inbox, a task, claim and \
                                release, and every action. Office site only. Authenticates with the office \
                                session cookie (log in at /office/login with password and TOTP); every POST also \
                                sends the session's CSRF token from GET /office/api/csrf in the X-CSRF-TOKEN \
                                header. A task outside the officer's department, region or role answers 404. \
                                Errors are stable snake_case codes; see docs/api.md."""))
                .tags(List.of(
                        new Tag().name("Tasks").description("The officer's inbox and the actions on a task (办件)."),
                        new Tag().name("Session").description("The CSRF token that every POST sends in "
                                + "X-CSRF-TOKEN.")))
                .components(new Components()
                        .addSecuritySchemes(SESSION, new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE)
                                .name("OW_OFFICE_SESSION")
                                .description("The office session cookie, set by logging in at /office/login "
                                        + "(password, then TOTP)."))
                        .addSecuritySchemes(CSRF, new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER)
                                .name("X-CSRF-TOKEN")
                                .description("The session's CSRF token from GET /office/api/csrf; needed on POST.")));
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/office/api/"));
        describeErrorCodes(openApi.getComponents());
        openApi.getPaths().values().forEach(item -> item.readOperationsMap().forEach(OfficeApiDocsCustomizer::secure));
    }

    private static void describeErrorCodes(Components components) {
        if (components.getSchemas() != null && components.getSchemas().get("Error") instanceof Schema<?> error
                && error.getProperties() != null && error.getProperties().get("code") instanceof Schema<?> code) {
            code.setDescription("One of: " + String.join(", ", Stream.concat(
                    Stream.of(WorkflowError.values()).map(WorkflowError::code),
                    Stream.of("parameter_invalid", "login_required", "session_expired", "csrf_token_invalid"))
                    .toList()));
        }
    }

    private static void secure(PathItem.HttpMethod method, Operation operation) {
        boolean mutating = method != PathItem.HttpMethod.GET;
        SecurityRequirement requirement = new SecurityRequirement().addList(SESSION);
        if (mutating) {
            requirement.addList(CSRF);
        }
        operation.setSecurity(List.of(requirement));
        operation.getResponses().addApiResponse("401", new ApiResponse()
                .description("login_required (no office session) or session_expired")
                .content(json()));
        if (mutating) {
            operation.getResponses().addApiResponse("403", new ApiResponse()
                    .description("csrf_token_invalid: the X-CSRF-TOKEN header is missing or wrong")
                    .content(json()));
        }
    }

    private static Content json() {
        return new Content().addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(ERROR_REF)));
    }
}
