/**
 * Base registries (基础库): the population registry and the legal-entity registry. Read only
 * through purpose-bound queries; every read records reader, subject, purpose and time, and the
 * data subject can see who read their data.
 */
@ApplicationModule(allowedDependencies = {"audit", "platform", "shared"})
package org.onewindow.registry;

import org.springframework.modulith.ApplicationModule;
