package org.onewindow.workflow;

import java.time.LocalDate;

/**
 * The head of the department extended the case's limit (once per case); the reason is told to the applicant.
 *
 * @param businessKey the case
 * @param days working days added (10, or 15 for a joint case)
 * @param reason why, as the officer gave it
 * @param promisedBy the case's new due date, or null while its clock is paused
 */
public record CaseExtended(String businessKey, int days, String reason, LocalDate promisedBy) {}
