package org.onewindow.hotline.internal;

import org.onewindow.platform.PublicPortalPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hotline's portal pages open without a login: anonymous reports and following a ticket. */
@Configuration(proxyBeanMethods = false)
class HotlinePublicPages {

    @Bean
    PublicPortalPaths hotlinePublicPaths() {
        return new PublicPortalPaths("/hotline/anonymous", "/hotline/anonymous/**", "/hotline/follow",
                "/hotline/follow/**");
    }
}
