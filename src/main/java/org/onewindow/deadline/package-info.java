/**
 * Time limits for anything another module names by an opaque key: due dates in working days
 * (the State Council's holiday calendar, China time), calendar days or clock hours; pause and
 * resume, extension, completion; a sweeper that any number of nodes may run at once and that
 * publishes {@link org.onewindow.deadline.DeadlineApproaching} and
 * {@link org.onewindow.deadline.DeadlinePassed} once per limit.
 */
@ApplicationModule(allowedDependencies = {"audit", "platform", "shared"})
package org.onewindow.deadline;

import org.springframework.modulith.ApplicationModule;
