/**
 * Our own small workflow engine: process definitions compiled from the catalogue's templates and
 * versioned by content hash, process instances keyed by an opaque business key, tasks for a
 * department and role within a region, actions with optimistic concurrency, history, audit, time
 * limits and events ({@code CaseAccepted}, {@code CorrectionRequested}, {@code CaseDecided} …).
 */
@ApplicationModule(allowedDependencies = {"catalog", "identity", "deadline", "audit", "platform", "shared"})
package org.onewindow.workflow;

import org.springframework.modulith.ApplicationModule;
