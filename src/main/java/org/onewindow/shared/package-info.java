/**
 * Value types every module shares: identity numbers, unified social credit codes,
 * mobile numbers and division codes with their masking, the working-day calendar
 * with the State Council's holidays, and the port through which messages leave.
 * Pure Java without Spring types, so that any module may depend on it.
 */
@ApplicationModule(allowedDependencies = {})
package org.onewindow.shared;

import org.springframework.modulith.ApplicationModule;
