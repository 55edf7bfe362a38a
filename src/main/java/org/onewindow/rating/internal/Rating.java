package org.onewindow.rating.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.onewindow.rating.RatingLevel;
import org.onewindow.rating.SubjectKind;

/**
 * One rating as stored; never changed after it was recorded.
 *
 * @param subjectId the case or ticket id
 * @param subjectRef its receipt or ticket number, shown on pages
 * @param visitId for a ticket, the return visit it records; {@code null} for a case
 * @param raterId the rater's account: the case's applicant, or the ticket's reporter if they
 *     reported through the portal; {@code null} otherwise
 * @param departmentId the responsible department
 * @param itemCode the catalogue item (case) or hotline service (ticket)
 * @param solved for a ticket, whether the reporter said it was solved; {@code null} for a case
 * @param channel where the rating was given
 */
record Rating(
        UUID id,
        SubjectKind kind,
        UUID subjectId,
        String subjectRef,
        UUID visitId,
        UUID raterId,
        UUID departmentId,
        String itemCode,
        RatingLevel level,
        Set<RatingTag> tags,
        String comment,
        Boolean solved,
        Channel channel,
        Instant ratedAt) {

    /** Where a rating was given. */
    enum Channel {
        /** The applicant on the portal. */
        PORTAL,
        /** The 12345 centre's call back to the reporter. */
        RETURN_VISIT
    }

    /**
     * 差评 opens a rectification, except on a ticket the reporter says is not solved: the hotline
     * reopens that ticket with the same department and a supervision note instead.
     */
    boolean opensRectification() {
        return level.poor() && !Boolean.FALSE.equals(solved);
    }
}
