/**
 * The service catalogue (事项目录): service items with their GB/T 39046 fields, materials,
 * forms, life events, "一件事" bundles and processing hints, parsed from versioned YAML at
 * start-up and exposed read-only; search over it; and the pure form validation that casework
 * calls on every submission.
 */
@ApplicationModule(allowedDependencies = {"identity", "audit", "platform", "shared"})
package org.onewindow.catalog;

import org.springframework.modulith.ApplicationModule;
