/**
 * Runtime infrastructure every module stands on: the embedded or external PostgreSQL,
 * the two zones (public portal and office) and their ports, the key ring and the
 * protection of personal data at rest (encryption and blind indexes), the batching of concurrent
 * work into one transaction or statement ({@code GroupCommit}, {@code BatchedTransactions}; event
 * publications are completed that way), and the plain helpers pages share: server-rendered SVG bar
 * charts and CSV files for Excel.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package org.onewindow.platform;

import org.springframework.modulith.ApplicationModule;
