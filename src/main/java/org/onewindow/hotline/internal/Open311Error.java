package org.onewindow.hotline.internal;

/**
 * A refusal as GeoReport v2 words it: a list of errors, each with the HTTP status as its
 * {@code code} and a {@code description} that starts with our stable snake_case code.
 */
final class Open311Error extends RuntimeException {

    private final int status;
    private final String code;

    Open311Error(int status, String code, String description) {
        super(code + ": " + description);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

}
