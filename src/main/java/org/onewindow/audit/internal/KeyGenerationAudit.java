package org.onewindow.audit.internal;

import java.util.stream.Collectors;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.platform.KeyRing;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records in the audit log that keys were generated at start-up (names only, never key material). */
@Component
class KeyGenerationAudit {

    private final KeyRing keys;
    private final AuditLog audit;

    KeyGenerationAudit(KeyRing keys, AuditLog audit) {
        this.keys = keys;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordGeneratedKeys() {
        if (!keys.generatedAtStart().isEmpty()) {
            audit.recordIndependently(AuditRecord.of(AuditEvent.KEY_GENERATED, Actor.system("key-ring"), AuditResult.SUCCESS)
                    .withObject("key-file", null)
                    .withDetail("generated: " + keys.generatedAtStart().stream()
                            .map(Enum::name)
                            .sorted()
                            .collect(Collectors.joining(", "))));
        }
    }
}
