package org.onewindow.certificate.internal;

/** How a verification reached us. */
enum Channel {
    /** The URL in the QR code. */
    QR,
    /** Number and code typed into the verification page. */
    FORM,
    /** The JSON API for machines. */
    API,
    /** An uploaded PDF or JSON file. */
    UPLOAD,
    /** Used in place of an application material (免提交), checked when the application was submitted. */
    APPLICATION
}
