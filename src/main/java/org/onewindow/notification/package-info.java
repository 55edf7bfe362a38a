/**
 * Delivers messages: implements the {@code MessageGateway} port of {@code shared}. In demo mode
 * every SMS and e-mail lands in the office outbox page instead of a provider; a real SMTP
 * server is configurable. Tells applicants what happened to their cases (from casework and
 * workflow events), and office staff about supervision items (督办) for their department or, for
 * supervisors, their region. Nothing depends on this module.
 */
@ApplicationModule(allowedDependencies = {
    "casework", "workflow", "catalog", "deadline", "audit", "identity", "platform", "shared"})
package org.onewindow.notification;

import org.springframework.modulith.ApplicationModule;
