package org.onewindow.casework;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Counts and lists cases per department and item for performance figures: ids, codes, statuses
 * and times only, never who applied.
 *
 * <p>A case belongs to its accepting department (the one that accepts and decides it). It is
 * received when it is submitted, and closed (办结) when a department ends it with a result
 * ({@link ApplicationStatus#closedWithResult()}); the time it reached that status is its closing
 * time, kept with the case when it finishes.
 */
public interface CaseFigures {

    /** How many cases each of the departments received in {@code [from, to)}, per item; zero counts are absent. */
    List<CaseCount> received(Collection<UUID> departmentIds, Instant from, Instant to);

    /** Every case of the departments closed with a result in {@code [from, to)}, with its closing time. */
    List<CaseLine> closed(Collection<UUID> departmentIds, Instant from, Instant to);

    /**
     * Every case of the departments that was accepted and is not finished yet (accepted or under
     * review): those whose promised limit is running. {@link CaseLine#at()} is the submission time.
     */
    List<CaseLine> inProgress(Collection<UUID> departmentIds);

    /**
     * A number of cases.
     *
     * @param departmentId the accepting department
     * @param itemCode the service item
     * @param count how many, at least one
     */
    record CaseCount(UUID departmentId, String itemCode, long count) {}

    /**
     * One case as performance figures see it.
     *
     * @param caseId the case, also the workflow's business key
     * @param departmentId the accepting department
     * @param itemCode the service item
     * @param status where it stands
     * @param at when it was closed ({@link #closed}), or submitted ({@link #inProgress})
     */
    record CaseLine(UUID caseId, UUID departmentId, String itemCode, ApplicationStatus status, Instant at) {}
}
