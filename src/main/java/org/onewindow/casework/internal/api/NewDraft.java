package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What to apply for.
 *
 * @param kind {@code item} (one service item) or {@code bundle} (a "一件事" bundle)
 * @param code the item's or bundle's code in the catalogue
 * @param business the unified social credit code of a business the citizen acts for, or null to apply in person
 */
@Schema(description = "What to apply for, and optionally for which business.")
public record NewDraft(
        @Schema(allowableValues = {"item", "bundle"}, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
        @Schema(example = "unemployment-registration", requiredMode = Schema.RequiredMode.REQUIRED) String code,
        @Schema(example = "91350102MA2Y0A0B1C") String business) {}
