/**
 * Electronic certificates (电子证照): a small certification authority with a platform root and one
 * signing certificate per department, issuing with a JCS-canonicalised signed JSON form and a
 * signed PDF, public verification, revocation, expiry, re-issue and the citizen's wallet. Listens
 * to nobody: {@code casework} asks it to issue through {@link org.onewindow.certificate.CertificateIssuing}.
 */
@ApplicationModule(allowedDependencies = {"catalog", "identity", "audit", "platform", "shared"})
package org.onewindow.certificate;

import org.springframework.modulith.ApplicationModule;
