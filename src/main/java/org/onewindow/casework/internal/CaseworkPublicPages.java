package org.onewindow.casework.internal;

import org.onewindow.platform.PublicPortalPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The one public casework page: how to get wrong registry data corrected. */
@Controller
@Configuration(proxyBeanMethods = false)
class CaseworkPublicPages {

    @Bean
    PublicPortalPaths caseworkPublicPaths() {
        return new PublicPortalPaths("/registry-correction");
    }

    @GetMapping("/registry-correction")
    String registryCorrection() {
        return "casework/registry-correction";
    }
}
