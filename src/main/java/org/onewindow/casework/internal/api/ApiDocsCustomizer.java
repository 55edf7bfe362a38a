package org.onewindow.casework.internal.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.SearchHit;
import org.onewindow.catalog.ServiceItem;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Completes the OpenAPI document where annotations cannot.
 *
 * <p>It describes the catalogue endpoints (whose controller carries no annotations), adds the
 * security and the 401/403 answers every applications call can give, and drops anything outside
 * {@code /api/} in case a future controller matches by accident.
 */
@Component
class ApiDocsCustomizer implements OpenApiCustomizer {

    private static final String CATALOGUE = "Catalogue";
    private static final String ERROR_REF = "#/components/schemas/Error";
    private static final String CATALOG_ERROR_REF = "#/components/schemas/CatalogError";

    /** What the catalogue's operations do, and the error codes each may answer. */
    private record CatalogueOperation(
            String operationId, String summary, String description, String schema, Map<String, String> errors) {}

    private static final Map<String, CatalogueOperation> CATALOGUE_OPERATIONS = Map.of(
            "/api/catalog/items", new CatalogueOperation("listItems", "List service items",
                    "One page of item summaries (items, page, size, total, edition), optionally for one audience "
                            + "(citizen, business), life event or department.",
                    null, Map.of("400", "page_invalid (page < 0, size outside 1–100) or audience_unknown")),
            "/api/catalog/items/{code}", new CatalogueOperation("getItem", "Get a service item (办事指南)",
                    "Every field of the item's guide and form, as in GB/T 39046.",
                    "ServiceItem", Map.of("404", "item_not_found")),
            "/api/catalog/search", new CatalogueOperation("searchServices", "Search services",
                    "Full-text search (Lucene with smartcn and synonyms: 开公司, 开店, 办执照 …) over items and "
                            + "bundles, best first.",
                    null, Map.of("400", "query_required or page_invalid (limit outside 1–100)")),
            "/api/catalog/events", new CatalogueOperation("listLifeEvents", "List life events",
                    "Life events (出生, 开办企业, 退休 …).",
                    null, Map.of()),
            "/api/catalog/bundles", new CatalogueOperation("listBundles", "List bundles (一件事一次办)",
                    "Bundles that combine items into one merged form.", null, Map.of()),
            "/api/catalog/bundles/{code}", new CatalogueOperation("getBundle", "Get a bundle",
                    "A bundle with its items and merged form.", "Bundle", Map.of("404", "bundle_not_found")));

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
        addSchemas(openApi);
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/catalog/")) {
                describeCatalogue(path, item);
            } else if (path.startsWith("/api/applications")) {
                item.readOperationsMap().forEach((method, operation) -> secure(operation, method));
            }
        });
    }

    private static void addSchemas(OpenAPI openApi) {
        for (Class<?> type : List.of(ServiceItem.class, Bundle.class, SearchHit.class)) {
            ModelConverters.getInstance().readAll(new AnnotatedType(type)).forEach(openApi.getComponents()::addSchemas);
        }
        Schema<?> error = openApi.getComponents().getSchemas().get("Error");
        if (error != null && error.getProperties().get("code") instanceof Schema<?> code) {
            code.setDescription("One of: " + String.join(", ", Stream.concat(
                    Stream.of(ApiError.values()).map(ApiError::code),
                    Stream.of("login_required", "session_expired", "csrf_token_invalid", "permission_denied"))
                    .toList()));
        }
        openApi.getComponents().addSchemas("CatalogError", new ObjectSchema()
                .description("An error of the catalogue API: a stable snake_case code.")
                .addProperty("error", new StringSchema().example("item_not_found")));
    }

    private static void describeCatalogue(String path, PathItem item) {
        CatalogueOperation described = CATALOGUE_OPERATIONS.get(path);
        Operation operation = item.getGet();
        if (operation == null) {
            return;
        }
        operation.setTags(List.of(CATALOGUE));
        operation.setSecurity(List.of());
        if (described == null) {
            return;
        }
        operation.setOperationId(described.operationId());
        operation.setSummary(described.summary());
        operation.setDescription(described.description() + " Public, no login.");
        if (described.schema() != null) {
            operation.getResponses().addApiResponse("200", new ApiResponse().description("OK")
                    .content(json("#/components/schemas/" + described.schema())));
        }
        described.errors().forEach((status, codes) -> operation.getResponses()
                .addApiResponse(status, new ApiResponse().description(codes).content(json(CATALOG_ERROR_REF))));
    }

    private static void secure(Operation operation, PathItem.HttpMethod method) {
        boolean mutating = method != PathItem.HttpMethod.GET;
        SecurityRequirement requirement = new SecurityRequirement().addList(OpenApiConfiguration.SESSION);
        if (mutating) {
            requirement.addList(OpenApiConfiguration.CSRF);
        }
        operation.setSecurity(List.of(requirement));
        operation.getResponses().addApiResponse("401", new ApiResponse()
                .description("login_required (no session) or session_expired")
                .content(json(ERROR_REF)));
        if (mutating) {
            operation.getResponses().addApiResponse("403", new ApiResponse()
                    .description("csrf_token_invalid: the X-CSRF-TOKEN header is missing or wrong")
                    .content(json(ERROR_REF)));
        }
    }

    private static Content json(String ref) {
        Schema<?> schema = new Schema<>().$ref(ref);
        return new Content().addMediaType("application/json", new MediaType().schema(schema));
    }
}
