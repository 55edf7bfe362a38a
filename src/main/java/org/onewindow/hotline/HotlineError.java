package org.onewindow.hotline;

import java.util.Locale;

/** Why a hotline operation was refused, as a stable snake_case code with its HTTP status. */
public enum HotlineError {
    TICKET_NOT_FOUND(404),
    TICKET_STATE_CONFLICT(409),
    TICKET_VERSION_CONFLICT(409),
    NOT_HOLDING_DEPARTMENT(403),
    SERVICE_UNKNOWN(400),
    DESCRIPTION_REQUIRED(400),
    LOCATION_REQUIRED(400),
    DISTRICT_UNKNOWN(400),
    CONTACT_MOBILE_INVALID(400),
    DEPARTMENT_NOT_FOUND(400),
    REASON_REQUIRED(400),
    REPLY_REQUIRED(400),
    SATISFACTION_INVALID(400),
    MERGE_INVALID(400),
    ATTRIBUTE_INVALID(400),
    EMERGENCY_SERVICE_INVALID(400),
    /** Too many anonymous reports from one network address. */
    REPORT_LIMIT_IP(429),
    /** Too many anonymous reports with one verified mobile number. */
    REPORT_LIMIT_NUMBER(429),
    /** A reassignment to the department that already holds the ticket. */
    REASSIGN_SAME_DEPARTMENT(400),
    /** An extension of no time, or of more than the limit itself. */
    EXTENSION_INVALID(400),
    /** An extension request while another one waits for the centre. */
    EXTENSION_PENDING(409),
    /** A second extension of the same round: one is allowed per dispatch. */
    EXTENSION_ALREADY_GRANTED(409),
    /** A decision on a request that is not (or no longer) pending. */
    EXTENSION_NOT_PENDING(409);

    private final int status;

    HotlineError(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The code as it appears in pages and APIs, e.g. {@code ticket_not_found}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
