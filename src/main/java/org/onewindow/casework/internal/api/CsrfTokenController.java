package org.onewindow.casework.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hands a JSON client the session's CSRF token.
 *
 * <p>The API authenticates by session cookie, so every POST and PUT must prove it comes from our
 * own client, as the portal's forms do.
 */
@RestController
@ApplicationsApi
@Tag(name = "Session")
class CsrfTokenController {

    @GetMapping(path = "/api/csrf", produces = "application/json")
    @Operation(operationId = "getCsrfToken", summary = "Get the CSRF token",
            description = "Public; the token belongs to the session (a session is started if there is none) and "
                    + "stays valid across the portal login. Same-origin only: no CORS.")
    ResponseEntity<CsrfTokenView> csrf(@Parameter(hidden = true) CsrfToken token) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new CsrfTokenView(token.getHeaderName(), token.getToken()));
    }
}
