package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * A whole application in one request: what to apply for and every value the applicant types.
 *
 * @param kind {@code item} (one service item) or {@code bundle} (a "一件事" bundle)
 * @param code the item's or bundle's code in the catalogue
 * @param business the unified social credit code of a business the citizen acts for, or null to apply in person
 * @param values field name to value, in the shapes of {@code PUT …/drafts/{id}/values}; not the fields the
 *     registries fill in, nor attachments (those are parts of a multipart request)
 */
@Schema(description = "A whole application: what to apply for, and the values the registries do not know.")
public record NewApplication(
        @Schema(allowableValues = {"item", "bundle"}, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
        @Schema(example = "unemployment-registration", requiredMode = Schema.RequiredMode.REQUIRED) String code,
        @Schema(example = "91350102MA2Y0A0B1C") String business,
        @Schema(example = "{\"separationDate\":\"2026-04-30\",\"separationReason\":\"contract_end\","
                + "\"education\":\"bachelor\"}") Map<String, Object> values) {

    public NewApplication {
        values = values == null ? Map.of() : values;
    }
}
