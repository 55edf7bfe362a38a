package org.onewindow.workflow;

/** The department refused to accept the case, for the reason given to the applicant. */
public record CaseNotAccepted(String businessKey, String reason) {}
