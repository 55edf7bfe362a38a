package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The draft after a save, and the posted fields that were not taken.
 *
 * @param draft the draft as saved
 * @param ignored posted fields left out, each with why
 */
@Schema(description = "The draft as saved, and the posted fields that were not taken.")
public record SavedDraft(DraftView draft, List<Ignored> ignored) {

    /**
     * A posted field that was not taken.
     *
     * @param field the field name as posted
     * @param code {@code field_locked} (prefilled from a registry), {@code field_unknown} (not on the form),
     *     {@code field_attachment} (upload files through the portal page) or {@code field_type_invalid}
     *     (the JSON shape does not fit the field type)
     */
    @Schema(name = "IgnoredField")
    public record Ignored(
            String field,
            @Schema(allowableValues = {"field_locked", "field_unknown", "field_attachment", "field_type_invalid"})
            String code) {}
}
