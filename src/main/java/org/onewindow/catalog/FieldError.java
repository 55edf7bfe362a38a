package org.onewindow.catalog;

/**
 * A field-level validation error with a stable snake_case code.
 *
 * @param field the field's path: {@code companyName}, {@code address.division} or {@code shareholders[1].idNumber}
 * @param code e.g. {@code field_required}, {@code id_number_invalid_checksum}
 */
public record FieldError(String field, String code) {}
