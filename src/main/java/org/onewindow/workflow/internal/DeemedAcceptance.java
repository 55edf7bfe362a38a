package org.onewindow.workflow.internal;

import org.onewindow.deadline.DeadlinePassed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When the 5 working days to accept run out with nothing decided, the case is deemed accepted. */
@Component
class DeemedAcceptance {

    private final Engine engine;

    DeemedAcceptance(Engine engine) {
        this.engine = engine;
    }

    @ApplicationModuleListener
    void on(DeadlinePassed event) {
        if (Engine.ACCEPTANCE.equals(event.subjectType())) {
            engine.deemAccepted(event.subjectKey());
        }
    }
}
