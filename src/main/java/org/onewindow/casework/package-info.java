/**
 * Applications (cases): drafts, once-only prefill from the base registries, attachments,
 * idempotent submission with a receipt, "my applications" with a timeline, withdrawal, and
 * bundles that create one linked case per item. The workflow issue adds processing.
 */
@ApplicationModule(allowedDependencies = {"workflow", "certificate", "catalog", "registry", "identity", "audit", "platform", "shared"})
package org.onewindow.casework;

import org.springframework.modulith.ApplicationModule;
