package org.onewindow.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TicketStateTests {

    @Test
    void followsTheStandardFlowFromAcceptanceToClosing() {
        TicketState state = TicketState.ACCEPTED.dispatch().signFor().startHandling().reply()
                .returnVisit(true).close();

        assertThat(state).isEqualTo(TicketState.CLOSED);
        assertThat(state.open311Status()).isEqualTo("closed");
    }

    @Test
    void aDisputeGoesBackToTheDispatcherWhoDispatchesAgain() {
        assertThat(TicketState.DISPATCHED.dispute()).isEqualTo(TicketState.DISPUTED);
        assertThat(TicketState.SIGNED.dispute().dispatch()).isEqualTo(TicketState.DISPATCHED);
        assertThatThrownBy(TicketState.REPLIED::dispute).isInstanceOf(HotlineException.class);
    }

    @Test
    void anUnsolvedReturnVisitReopensForTheDepartmentToSignAgain() {
        TicketState reopened = TicketState.REPLIED.returnVisit(false);

        assertThat(reopened).isEqualTo(TicketState.REOPENED);
        assertThat(reopened.heldByDepartment()).isTrue();
        assertThat(reopened.open311Status()).isEqualTo("open");
        assertThat(reopened.signFor()).isEqualTo(TicketState.SIGNED);
    }

    @Test
    void aTicketADepartmentHoldsMayBeReassignedAndTheNewDepartmentSignsForItAgain() {
        for (TicketState held : new TicketState[] {TicketState.DISPATCHED, TicketState.SIGNED, TicketState.HANDLING,
            TicketState.REOPENED}) {
            assertThat(held.reassign()).isEqualTo(TicketState.DISPATCHED);
        }
        assertThat(TicketState.HANDLING.reassign().signFor()).isEqualTo(TicketState.SIGNED);
        assertThatThrownBy(TicketState.ACCEPTED::reassign).isInstanceOf(HotlineException.class);
        assertThatThrownBy(TicketState.REPLIED::reassign).isInstanceOf(HotlineException.class);
        assertThatThrownBy(TicketState.CLOSED::reassign).isInstanceOf(HotlineException.class);
    }

    @Test
    void onlyASignedTicketNotYetRepliedToMayHaveItsReplyLimitExtended() {
        assertThat(TicketState.SIGNED.mayAskForExtension()).isTrue();
        assertThat(TicketState.HANDLING.mayAskForExtension()).isTrue();
        assertThat(TicketState.DISPATCHED.mayAskForExtension()).isFalse();
        assertThat(TicketState.REPLIED.mayAskForExtension()).isFalse();
        assertThat(TicketState.REOPENED.mayAskForExtension()).isFalse();
    }

    @Test
    void refusesSkippingSteps() {
        assertThatThrownBy(TicketState.ACCEPTED::signFor)
                .isInstanceOfSatisfying(HotlineException.class,
                        e -> assertThat(e.code()).isEqualTo("ticket_state_conflict"));
        assertThatThrownBy(TicketState.DISPATCHED::reply).isInstanceOf(HotlineException.class);
        assertThatThrownBy(() -> TicketState.SIGNED.returnVisit(true)).isInstanceOf(HotlineException.class);
        assertThatThrownBy(TicketState.REPLIED::close).isInstanceOf(HotlineException.class);
        assertThatThrownBy(TicketState.CLOSED::mergeInto).isInstanceOf(HotlineException.class);
        assertThatThrownBy(TicketState.TRANSFERRED::dispatch).isInstanceOf(HotlineException.class);
    }

    @Test
    void mergedAndTransferredTicketsAreClosedForOpen311() {
        assertThat(TicketState.ACCEPTED.mergeInto().open311Status()).isEqualTo("closed");
        assertThat(TicketState.TRANSFERRED.isOpen()).isFalse();
        assertThat(TicketState.ACCEPTED.close()).isEqualTo(TicketState.CLOSED);
    }
}
