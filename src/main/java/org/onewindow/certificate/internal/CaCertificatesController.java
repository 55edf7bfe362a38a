package org.onewindow.certificate.internal;

import org.onewindow.identity.Departments;
import org.onewindow.platform.PublicPortalPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the CA's certificates as PEM, so that a verifier needs nothing else: the root at
 * {@code /certificates/ca/root.pem} and each department's at {@code /certificates/ca/{code}.pem}.
 */
@RestController
@Configuration(proxyBeanMethods = false)
class CaCertificatesController {

    private static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

    private final CertificateAuthority authority;
    private final Departments departments;

    CaCertificatesController(CertificateAuthority authority, Departments departments) {
        this.authority = authority;
        this.departments = departments;
    }

    @Bean
    static PublicPortalPaths certificatePublicPaths() {
        return new PublicPortalPaths("/certificates/ca/**", "/verify", "/verify/**", "/api/verify", "/api/verify/**");
    }

    @GetMapping("/certificates/ca/{file}")
    ResponseEntity<String> certificate(@PathVariable String file) {
        if (!file.endsWith(".pem")) {
            return ResponseEntity.notFound().build();
        }
        String name = file.substring(0, file.length() - ".pem".length());
        var pem = "root".equals(name)
                ? java.util.Optional.of(authority.rootPem())
                : departments.byCode(name).flatMap(department -> authority.publishedPem(department.id()));
        return pem.map(body -> ResponseEntity.ok()
                        .contentType(PEM)
                        .cacheControl(CacheControl.noCache())
                        .header("Content-Disposition", "inline; filename=\"" + name + ".pem\"")
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
