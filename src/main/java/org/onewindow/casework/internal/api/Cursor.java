package org.onewindow.casework.internal.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position in the list of cases: the last case seen, as an opaque URL-safe string.
 *
 * @param submittedAt the last case's submission time
 * @param id the last case's id
 */
public record Cursor(Instant submittedAt, UUID id) {

    /** The cursor as clients pass it back. */
    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((submittedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a client passed back; {@code cursor_invalid} if it is not one of ours. */
    public static Cursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 2) {
                throw ApiError.CURSOR_INVALID.exception();
            }
            return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw ApiError.CURSOR_INVALID.exception();
        }
    }
}
