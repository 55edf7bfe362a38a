package org.onewindow.rating;

/** What was rated: a case (办件) or a hotline ticket (工单) at its return visit. */
public enum SubjectKind {
    CASE,
    TICKET
}
