/**
 * The tamper-evident audit log: who did what, to which object, from where, with what result.
 * Entries carry a keyed MAC each and are chained in the background by keyed hashes, anchored
 * outside the database; a verify command finds the first edited, deleted or inserted entry.
 */
@ApplicationModule(allowedDependencies = {"platform"})
package org.onewindow.audit;

import org.springframework.modulith.ApplicationModule;
