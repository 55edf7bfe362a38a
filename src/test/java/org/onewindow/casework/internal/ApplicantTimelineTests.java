package org.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.internal.CaseRecords.TimelineEntry;
import org.onewindow.workflow.HistoryView;
import org.onewindow.workflow.NodeKind;

class ApplicantTimelineTests {

    private static final Instant T = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void linesAreMergedByTimeEachListInItsOrderCaseworksFirstAtEqualTimes() {
        List<TimelineEntry> recorded = List.of(line(0, "SUBMITTED"), line(10, "ACCEPTED"), line(30, "DECIDED_APPROVED"));
        List<TimelineEntry> reviews = List.of(line(10, "REVIEWED_APPROVED"), line(20, "REVIEWED_REJECTED"));

        assertThat(ApplicantTimeline.merged(recorded, reviews)).extracting(TimelineEntry::kind)
                .containsExactly("SUBMITTED", "ACCEPTED", "REVIEWED_APPROVED", "REVIEWED_REJECTED", "DECIDED_APPROVED");
        assertThat(ApplicantTimeline.merged(recorded, List.of())).isEqualTo(recorded);
        assertThat(ApplicantTimeline.merged(List.of(), reviews)).isEqualTo(reviews);
    }

    @Test
    void aReviewIsAnApprovalOrRejectionAtAStepOtherThanTheDecision() {
        assertThat(ApplicantTimeline.isReview(history("APPROVE", NodeKind.PARALLEL))).isTrue();
        assertThat(ApplicantTimeline.isReview(history("REJECT", NodeKind.REVIEW))).isTrue();
        assertThat(ApplicantTimeline.isReview(history("APPROVE", NodeKind.DECIDE))).as("a decision").isFalse();
        assertThat(ApplicantTimeline.isReview(history("RETURN", NodeKind.REVIEW))).isFalse();
        assertThat(ApplicantTimeline.isReview(history("CLAIMED", NodeKind.REVIEW))).isFalse();
        assertThat(ApplicantTimeline.isReview(history("ENDED", null))).isFalse();
    }

    private static TimelineEntry line(int seconds, String kind) {
        return new TimelineEntry(T.plusSeconds(seconds), kind, null, null);
    }

    private static HistoryView history(String action, NodeKind kind) {
        return new HistoryView(T, "review", action, "某某", UUID.randomUUID(), null, kind);
    }
}
