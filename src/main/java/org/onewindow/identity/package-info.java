/**
 * Who is acting: citizens proofed against the population registry, businesses represented by
 * their legal representative and delegated agents, staff with roles and a data scope,
 * departments and regions; login, second factor, sessions per zone and permissions.
 */
@ApplicationModule(allowedDependencies = {"registry", "audit", "platform", "shared"})
package org.onewindow.identity;

import org.springframework.modulith.ApplicationModule;
