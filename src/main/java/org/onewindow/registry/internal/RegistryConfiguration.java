package org.onewindow.registry.internal;

import java.time.Clock;
import org.onewindow.shared.ChinaTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock that stamps registry reads, unless the application already provides one. */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return ChinaTime.clock();
    }
}
