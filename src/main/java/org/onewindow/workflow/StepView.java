package org.onewindow.workflow;

/**
 * A step of a case's process, as the desk offers it (e.g. the earlier steps a task can be returned to).
 *
 * @param nodeId the step's id in the process definition, what {@link TaskAction.ReturnTo} names
 * @param kind what kind of step
 */
public record StepView(String nodeId, NodeKind kind) {}
