package org.onewindow.casework.internal.api;

import org.onewindow.casework.internal.Applying;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Answers every failure of an {@link ApplicationsApi} controller with a stable code, never free text. */
@RestControllerAdvice(annotations = ApplicationsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ErrorBody> api(ApiException e) {
        return answer(e.error());
    }

    @ExceptionHandler(Applying.ItemWithdrawn.class)
    ResponseEntity<ErrorBody> itemWithdrawn() {
        return answer(ApiError.ITEM_WITHDRAWN);
    }

    @ExceptionHandler(Applying.DraftNotFound.class)
    ResponseEntity<ErrorBody> draftNotFound() {
        return answer(ApiError.DRAFT_NOT_FOUND);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable() {
        return answer(ApiError.BODY_INVALID);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorBody> mediaType() {
        return answer(ApiError.MEDIA_TYPE_UNSUPPORTED);
    }

    /** An id that is not a UUID names nothing: not found, as for any id that is not the caller's. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> mismatch(MethodArgumentTypeMismatchException e) {
        return answer(switch (e.getName()) {
            case "applicationId" -> ApiError.APPLICATION_NOT_FOUND;
            case "draftId" -> ApiError.DRAFT_NOT_FOUND;
            default -> ApiError.PARAMETER_INVALID;
        });
    }

    @ExceptionHandler(MissingRequestValueException.class)
    ResponseEntity<ErrorBody> missing() {
        return answer(ApiError.PARAMETER_INVALID);
    }

    static ResponseEntity<ErrorBody> answer(ApiError error) {
        return ResponseEntity.status(error.status()).body(ErrorBody.of(error));
    }
}
