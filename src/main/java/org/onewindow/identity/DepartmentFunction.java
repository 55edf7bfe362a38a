package org.onewindow.identity;

/** What a department does; items and tickets may name a function instead of a department. */
public enum DepartmentFunction {
    MARKET_REGULATION,
    TAX,
    HUMAN_RESOURCES_SOCIAL_SECURITY,
    PUBLIC_SECURITY,
    HOUSING_CONSTRUCTION,
    HEALTH,
    CIVIL_AFFAIRS,
    MEDICAL_SECURITY,
    HOUSING_PROVIDENT_FUND,
    HOTLINE_12345,
    GOVERNMENT_SERVICE,
    URBAN_MANAGEMENT,
    SOCIAL_SECURITY_SERVICE
}
