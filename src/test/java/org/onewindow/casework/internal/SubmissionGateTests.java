package org.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SubmissionGateTests {

    @Test
    void noMoreSubmissionsWorkAtOnceThanThePermitsAndEveryOneGetsItsTurn() throws Exception {
        SubmissionGate gate = new SubmissionGate(2);
        AtomicInteger working = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> submissions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            submissions.add(Thread.ofVirtual().start(() -> gate.through(() -> {
                most.accumulateAndGet(working.incrementAndGet(), Math::max);
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                working.decrementAndGet();
                return done.incrementAndGet();
            })));
        }
        while (working.get() < 2) {
            Thread.onSpinWait();
        }

        release.countDown();
        for (Thread submission : submissions) {
            submission.join();
        }

        assertThat(most.get()).isEqualTo(2);
        assertThat(done.get()).isEqualTo(6);
    }
}
