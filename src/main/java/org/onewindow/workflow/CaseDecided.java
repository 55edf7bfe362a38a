package org.onewindow.workflow;

/** The deciding officer decided: approved, or rejected for the reason and legal basis given. */
public record CaseDecided(String businessKey, String itemCode, boolean approved, String reason) {}
