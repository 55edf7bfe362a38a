package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.onewindow.catalog.FieldError;

/**
 * What every applications API error answers: a stable code and any field errors.
 *
 * @param code the stable snake_case error code
 * @param errors the field errors in form order; empty unless the code is {@code validation_failed}
 */
@Schema(name = "Error", description = "A stable snake_case error code; field errors for validation_failed.")
public record ErrorBody(
        @Schema(example = "draft_not_found") String code,
        List<FieldError> errors) {

    public ErrorBody {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static ErrorBody of(ApiError error) {
        return new ErrorBody(error.code(), List.of());
    }
}
