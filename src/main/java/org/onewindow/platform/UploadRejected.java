package org.onewindow.platform;

/** An upload refused, with a stable error code (file_type_not_allowed, file_too_large …). */
public class UploadRejected extends RuntimeException {

    private final String code;

    public UploadRejected(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
