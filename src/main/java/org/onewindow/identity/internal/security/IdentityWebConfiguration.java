package org.onewindow.identity.internal.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Plugs the permission check into MVC; the zone guard runs only inside the security chains. */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    private final PermissionInterceptor permissions;

    IdentityWebConfiguration(PermissionInterceptor permissions) {
        this.permissions = permissions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(permissions);
    }

    @Bean
    FilterRegistrationBean<ZoneSessionGuard> zoneSessionGuardRegistration(ZoneSessionGuard guard) {
        FilterRegistrationBean<ZoneSessionGuard> registration = new FilterRegistrationBean<>(guard);
        registration.setEnabled(false);
        return registration;
    }
}
