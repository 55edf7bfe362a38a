package org.onewindow.rating;

/** A rating or rectification step that was refused; nothing was changed. */
public class RatingException extends RuntimeException {

    private final RatingError error;

    public RatingException(RatingError error) {
        super(error.code());
        this.error = error;
    }

    public RatingError error() {
        return error;
    }

    public String code() {
        return error.code();
    }
}
