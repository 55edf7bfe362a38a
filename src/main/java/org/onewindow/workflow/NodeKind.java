package org.onewindow.workflow;

/** The kinds of step a process definition is made of. */
public enum NodeKind {
    /** A window clerk accepts, refuses, or asks once for everything missing. */
    ACCEPT,
    /** One department reviews. */
    REVIEW,
    /** Several departments review at once; the join waits for all, or stops at the first rejection. */
    PARALLEL,
    /** The deciding officer approves or rejects. */
    DECIDE,
    /** The platform does something (e.g. asks for the result to be issued) and moves on. */
    SYSTEM
}
