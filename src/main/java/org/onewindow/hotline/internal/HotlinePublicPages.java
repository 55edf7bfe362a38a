package org.onewindow.hotline.internal;

import org.onewindow.platform.PublicPortalPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hotline's portal pages open without a login: anonymous reports, following a ticket, and the
 * public monthly summary.
 */
@Configuration(proxyBeanMethods = false)
class HotlinePublicPages {

    @Bean
    PublicPortalPaths hotlinePublicPaths() {
        return new PublicPortalPaths("/hotline/anonymous", "/hotline/anonymous/**", "/hotline/follow",
                "/hotline/follow/**", "/hotline/figures");
    }
}
