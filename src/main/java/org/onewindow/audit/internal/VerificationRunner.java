package org.onewindow.audit.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.onewindow.audit.AuditVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * With {@code --onewindow.audit.verify=true} the process verifies the audit log, prints the
 * report to standard output and exits: 0 if intact, 1 if broken.
 */
@Component
@ConditionalOnProperty(name = "onewindow.audit.verify", havingValue = "true")
class VerificationRunner implements ApplicationRunner {

    /** Standard output, opened once: the report is the one thing this application prints. */
    private static final PrintStream STDOUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    private final AuditVerification verification;
    private final ConfigurableApplicationContext context;

    VerificationRunner(AuditVerification verification, ConfigurableApplicationContext context) {
        this.verification = verification;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int code = new VerificationCommand(verification, STDOUT).run();
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
