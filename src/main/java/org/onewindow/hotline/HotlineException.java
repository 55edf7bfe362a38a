package org.onewindow.hotline;

/** A hotline operation that was refused; nothing was changed. */
public class HotlineException extends RuntimeException {

    private final HotlineError error;

    public HotlineException(HotlineError error) {
        super(error.code());
        this.error = error;
    }

    public HotlineError error() {
        return error;
    }

    public String code() {
        return error.code();
    }
}
