package org.onewindow.casework;

/** Where a case stands; the transitions that matter are methods here, not string comparisons. */
public enum ApplicationStatus {
    SUBMITTED,
    ACCEPTED,
    CORRECTION_REQUESTED,
    UNDER_REVIEW,
    APPROVED,
    REJECTED,
    NOT_ACCEPTED,
    WITHDRAWN,
    CLOSED;

    /** An applicant may withdraw only before a department has accepted the case. */
    public boolean canBeWithdrawn() {
        return this == SUBMITTED || this == CORRECTION_REQUESTED;
    }

    /**
     * 办结: a department ended the case with a result (approved, rejected, not accepted, closed);
     * a case the applicant withdrew before acceptance is finished but was never served.
     */
    public boolean closedWithResult() {
        return this == APPROVED || this == REJECTED || this == NOT_ACCEPTED || this == CLOSED;
    }

    /** A case that will not move any more. */
    public boolean finished() {
        return this == APPROVED || this == REJECTED || this == NOT_ACCEPTED || this == WITHDRAWN || this == CLOSED;
    }
}
