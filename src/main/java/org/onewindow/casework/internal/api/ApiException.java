package org.onewindow.casework.internal.api;

/** Ends an applications API request with one of the stable error codes. */
public class ApiException extends RuntimeException {

    private final ApiError error;

    ApiException(ApiError error) {
        super(error.code(), null, false, false);
        this.error = error;
    }

    public ApiError error() {
        return error;
    }
}
