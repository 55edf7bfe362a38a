package org.onewindow.casework.internal.api;

/**
 * A department as the applicant sees it.
 *
 * @param code the department's stable code
 * @param name its Chinese name
 * @param nameEn its English name
 */
public record DepartmentView(String code, String name, String nameEn) {}
