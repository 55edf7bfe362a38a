package org.onewindow.catalog;

/** One step of an item's procedure (办理流程) as told to the applicant. */
public record ProcedureStep(String name, String description) {}
