package org.onewindow.workflow;

/**
 * A late task as the supervisor sees it.
 *
 * @param task the task (its department, holder and due date)
 * @param workingDaysOverdue working days past its due date, 0 if not yet due
 * @param caseOverdue whether the case's promised limit has passed too
 * @param notices how many supervision items the task has had
 */
public record SupervisedTask(TaskView task, int workingDaysOverdue, boolean caseOverdue, int notices) {}
