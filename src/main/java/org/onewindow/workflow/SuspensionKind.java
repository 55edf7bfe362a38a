package org.onewindow.workflow;

/** The special procedures whose time does not count towards the limits (行政许可法 Art. 45). */
public enum SuspensionKind {
    HEARING,
    EXPERT_REVIEW,
    INSPECTION
}
