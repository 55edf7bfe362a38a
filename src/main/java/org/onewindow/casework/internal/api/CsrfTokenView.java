package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The session's CSRF token and the header to send it in.
 *
 * @param headerName the request header that carries the token
 * @param token the token; valid until the session ends
 */
@Schema(description = "The session's CSRF token; send it in the named header on every POST and PUT.")
public record CsrfTokenView(@Schema(example = "X-CSRF-TOKEN") String headerName, String token) {}
