package org.onewindow.hotline;

import java.util.Locale;

/**
 * Where a ticket stands (受理 → 派单 → 签收 → 办理 → 答复 → 回访 → 办结); each transition refuses
 * what the state does not allow.
 */
public enum TicketState {
    /** 受理: taken in by the centre, waiting for dispatch (or answered on the spot and closed). */
    ACCEPTED,
    /** 派单: sent to a department, waiting for it to sign for it. */
    DISPATCHED,
    /** 签收: the department has taken it. */
    SIGNED,
    /** 办理: the department is working on it. */
    HANDLING,
    /** 答复: the department has replied; waiting for the return visit. */
    REPLIED,
    /** 回访/评价: the reporter was called back and is satisfied that it is solved. */
    VISITED,
    /** 办结. */
    CLOSED,
    /** 退单: the department says it is not theirs; back to the dispatcher. */
    DISPUTED,
    /** Not solved at the return visit: back to the department with a supervision note. */
    REOPENED,
    /** A duplicate that follows its main ticket; closed with a pointer to it. */
    MERGED,
    /** An emergency handed to 110/119/120/122, not dispatched as a ticket. */
    TRANSFERRED;

    public TicketState dispatch() {
        return require(this == ACCEPTED || this == DISPUTED, DISPATCHED);
    }

    public TicketState signFor() {
        return require(this == DISPATCHED || this == REOPENED, SIGNED);
    }

    public TicketState startHandling() {
        return require(this == SIGNED, HANDLING);
    }

    public TicketState reply() {
        return require(this == SIGNED || this == HANDLING, REPLIED);
    }

    /**
     * 改派: the centre moves a ticket a department holds to another department, which starts
     * afresh by signing for it.
     */
    public TicketState reassign() {
        return require(heldByDepartment(), DISPATCHED);
    }

    /** Whether the holding department may ask for more time to reply: signed for, not yet replied. */
    public boolean mayAskForExtension() {
        return this == SIGNED || this == HANDLING;
    }

    /** A department may dispute a dispatch before it has replied. */
    public TicketState dispute() {
        return require(this == DISPATCHED || this == SIGNED, DISPUTED);
    }

    /** The return visit: solved goes on to closing, not solved goes back to the department. */
    public TicketState returnVisit(boolean solved) {
        return require(this == REPLIED, solved ? VISITED : REOPENED);
    }

    /** Closing after a satisfied visit, or at once for a consultation answered on the phone. */
    public TicketState close() {
        return require(this == VISITED || this == ACCEPTED, CLOSED);
    }

    /** A duplicate follows its main ticket, as long as no department has replied to it. */
    public TicketState mergeInto() {
        return require(this == ACCEPTED || this == DISPUTED || this == DISPATCHED, MERGED);
    }

    /** Whether work on the ticket is still going on. */
    public boolean isOpen() {
        return this != CLOSED && this != MERGED && this != TRANSFERRED;
    }

    /** Whether a department holds the ticket and may act on it. */
    public boolean heldByDepartment() {
        return this == DISPATCHED || this == SIGNED || this == HANDLING || this == REOPENED;
    }

    /** The GeoReport v2 status: {@code open} or {@code closed}. */
    public String open311Status() {
        return isOpen() ? "open" : "closed";
    }

    /** The key of the state's name in the messages, e.g. {@code hotline.state.signed}. */
    public String messageKey() {
        return "hotline.state." + name().toLowerCase(Locale.ROOT);
    }

    private TicketState require(boolean allowed, TicketState next) {
        if (!allowed) {
            throw new HotlineException(HotlineError.TICKET_STATE_CONFLICT);
        }
        return next;
    }
}
