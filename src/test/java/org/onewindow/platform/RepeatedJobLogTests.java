package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class RepeatedJobLogTests {

    private final RepeatedJobLog runs = new RepeatedJobLog(LoggerFactory.getLogger(RepeatedJobLogTests.class),
            "Test sweeping");

    @Test
    void aFailureIsLoggedOncePerDistinctMessageAndTheRecoveryOnce(CapturedOutput output) {
        runs.succeeded();
        runs.failed(new IllegalStateException("database down"));
        runs.failed(new IllegalStateException("database down"));
        runs.failed(new IllegalStateException("disk full"));
        runs.succeeded();
        runs.succeeded();

        String out = output.getOut() + output.getErr();
        assertThat(out.split("Test sweeping failed: database down", -1)).hasSize(2);
        assertThat(out.split("Test sweeping failed: disk full", -1)).hasSize(2);
        assertThat(out.split("Test sweeping works again", -1)).hasSize(2);
    }
}
