/**
 * 好差评: ratings of finished cases (by their applicant, once, on five levels with tags and a
 * comment) and of the 12345 hotline's return visits; the rectification (整改) a poor rating opens
 * for the responsible department, timed in working days through {@code deadline}; and the figures
 * per department, item and period that performance pages read through {@link
 * org.onewindow.rating.RatingFigures}. Listens to {@code hotline} and {@code deadline}; nothing
 * depends on this module.
 */
@ApplicationModule(allowedDependencies = {
    "casework", "hotline", "workflow", "catalog", "identity", "deadline", "audit", "platform", "shared"})
package org.onewindow.rating;

import org.springframework.modulith.ApplicationModule;
