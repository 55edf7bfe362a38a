package org.onewindow.certificate;

/** A refusal of the certificate module, carrying its stable error code. */
public class CertificateException extends RuntimeException {

    private final CertificateError error;

    public CertificateException(CertificateError error, String message) {
        super(message);
        this.error = error;
    }

    public CertificateError error() {
        return error;
    }
}
