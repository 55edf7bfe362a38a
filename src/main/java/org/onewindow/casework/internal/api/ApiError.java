package org.onewindow.casework.internal.api;

import java.util.Locale;
import org.springframework.http.HttpStatus;

/** The stable error codes of the applications API, each with its HTTP status. */
public enum ApiError {
    VALIDATION_FAILED(HttpStatus.UNPROCESSABLE_CONTENT),
    BODY_INVALID(HttpStatus.BAD_REQUEST),
    PARAMETER_INVALID(HttpStatus.BAD_REQUEST),
    PAGE_INVALID(HttpStatus.BAD_REQUEST),
    CURSOR_INVALID(HttpStatus.BAD_REQUEST),
    KIND_INVALID(HttpStatus.BAD_REQUEST),
    IF_MATCH_INVALID(HttpStatus.BAD_REQUEST),
    IDEMPOTENCY_KEY_INVALID(HttpStatus.BAD_REQUEST),
    IDEMPOTENCY_KEY_REQUIRED(HttpStatus.BAD_REQUEST),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT),
    MEDIA_TYPE_UNSUPPORTED(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    APPLICATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    DRAFT_NOT_FOUND(HttpStatus.NOT_FOUND),
    ITEM_NOT_FOUND(HttpStatus.NOT_FOUND),
    BUNDLE_NOT_FOUND(HttpStatus.NOT_FOUND),
    BUSINESS_NOT_FOUND(HttpStatus.NOT_FOUND),
    ITEM_WITHDRAWN(HttpStatus.GONE),
    WITHDRAW_NOT_ALLOWED(HttpStatus.CONFLICT),
    DRAFT_CHANGED(HttpStatus.CONFLICT),
    DRAFT_ALREADY_SUBMITTED(HttpStatus.CONFLICT);

    private final HttpStatus status;

    ApiError(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** The code as clients see it: {@code draft_not_found}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The exception that answers with this error. */
    public ApiException exception() {
        return new ApiException(this);
    }
}
