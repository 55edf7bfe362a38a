package org.onewindow.casework.internal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.onewindow.platform.RequiresPermission;
import org.springdoc.core.customizers.SpringDocCustomizers;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.SpringDocProviders;
import org.springdoc.core.service.AbstractRequestService;
import org.springdoc.core.service.GenericResponseService;
import org.springdoc.core.service.OpenAPIService;
import org.springdoc.core.service.OperationService;
import org.springdoc.core.service.SecurityService;
import org.springdoc.core.utils.PropertyResolverUtils;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office tasks API's OpenAPI document, {@code /office/api-docs}: on the office site only,
 * for staff who may work the desk.
 *
 * <p>Not a springdoc group: a group is listed in the portal's Swagger UI and served under the
 * portal's {@code /v3/api-docs/{group}}. This document is built by springdoc parts of its own (a
 * resource that is not a bean, so it maps no URL, and a document service, so it shares no cache
 * with the portal's) that scan only {@code /office/api/**}; the zone filter keeps {@code /office/**}
 * off the portal, and the office security chain asks for a staff login. Only in a web application, where
 * springdoc is configured (the benchmarks start the product without one).
 */
@Hidden
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OfficeApiDocs {

    /** Not ending in {@code /v3/api-docs}: springdoc would take {@code /office} for the portal's path prefix. */
    static final String PATH = "/office/api-docs";

    private final OpenApiWebMvcResource office;

    OfficeApiDocs(
            ApplicationContext context,
            SecurityService security,
            PropertyResolverUtils properties,
            AbstractRequestService requests,
            GenericResponseService responses,
            OperationService operations,
            SpringDocProviders providers) {
        SpringDocConfigProperties scope = new SpringDocConfigProperties();
        scope.setPathsToMatch(List.of("/office/api/**"));
        scope.setPackagesToScan(List.of(OfficeApiDocs.class.getPackageName()));
        scope.setWriterWithOrderByKeys(true);
        SpringDocCustomizers customizers = new SpringDocCustomizers(
                Optional.of(Set.of(new OfficeApiDocsCustomizer())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        OpenAPIService document = new OpenAPIService(Optional.of(OfficeApiDocsCustomizer.base()), security, scope,
                properties, Optional.empty(), Optional.empty(), Optional.empty());
        document.setApplicationContext(context);
        this.office = new OpenApiWebMvcResource(() -> document, requests, responses, operations, scope, providers,
                customizers);
    }

    @GetMapping(path = PATH, produces = "application/json")
    @RequiresPermission("desk.work")
    ResponseEntity<byte[]> document(HttpServletRequest request, Locale locale) throws JsonProcessingException {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(office.openapiJson(request, PATH, locale));
    }
}
