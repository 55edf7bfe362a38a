package org.onewindow.workflow;

import java.time.LocalDate;

/**
 * A case has used the due-soon share of its promised limit (80 % by default); published once per
 * case and due date by the {@link TaskSweeper}, in the sweeping transaction.
 *
 * @param businessKey the case's business key
 * @param dueDate the date it is promised by
 */
public record CaseDueSoon(String businessKey, LocalDate dueDate) {}
