package org.onewindow.audit.internal;

import org.onewindow.platform.KeyPurpose;
import org.onewindow.platform.KeyRing;
import org.onewindow.platform.OneWindowProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the audit log's key and anchor file. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    EntryMac auditEntryMac(KeyRing keyRing) {
        return new EntryMac(keyRing.key(KeyPurpose.AUDIT_CHAIN));
    }

    @Bean
    AnchorFile auditAnchorFile(OneWindowProperties properties) {
        return new AnchorFile(properties.dataDir().resolve("audit").resolve("anchors.log"));
    }
}
