package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A draft with its values; the locked fields were filled from the base registries.
 *
 * @param id the draft id
 * @param kind {@code item} or {@code bundle}
 * @param code the item's or bundle's code
 * @param name its name
 * @param businessCreditCode the business applied for, or null
 * @param version increases with every save; send it back as {@code If-Match} to avoid lost updates
 * @param updatedAt when it was last saved
 * @param submittedAt when it was submitted, or null
 * @param values every field's value, by field name
 * @param locked the fields prefilled from a registry, which a save never changes
 * @param form where the catalogue API describes the form's fields
 */
@Schema(description = "A draft with its values; locked fields come from the base registries.")
public record DraftView(
        UUID id,
        @Schema(allowableValues = {"item", "bundle"}) String kind,
        @Schema(example = "unemployment-registration") String code,
        String name,
        String businessCreditCode,
        int version,
        Instant updatedAt,
        Instant submittedAt,
        Map<String, Object> values,
        List<String> locked,
        @Schema(example = "/api/catalog/items/unemployment-registration") String form) {}
