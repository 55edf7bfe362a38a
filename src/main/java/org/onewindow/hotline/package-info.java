/**
 * The 12345 hotline: tickets from the web, the phone and the Open311 GeoReport v2 API, the
 * dispatch catalogue, dispatch to the responsible department by service and district, sign-for,
 * reply, dispute, return visit, reopening, merging of duplicates and supervision. Each step is
 * timed through {@code deadline}.
 */
@ApplicationModule(allowedDependencies = {"identity", "deadline", "audit", "platform", "shared"})
package org.onewindow.hotline;

import org.springframework.modulith.ApplicationModule;
