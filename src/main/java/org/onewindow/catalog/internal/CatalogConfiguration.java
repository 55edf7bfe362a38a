package org.onewindow.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onewindow.identity.Departments;
import org.onewindow.platform.PublicPortalPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Loads the catalogue from {@code classpath:catalog/**}{@code /*.yml} at start-up; a bad file stops start-up. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    static final String LOCATION = "classpath*:catalog/**/*.yml";
    private static final Logger log = LoggerFactory.getLogger(CatalogConfiguration.class);

    @Bean
    InMemoryCatalog catalog(Departments departments) {
        CatalogData data = CatalogLoader.load(sources());
        log.info("Service catalogue {}: {} items, {} life events, {} bundles, {} departments", data.edition(),
                data.items().size(), data.lifeEvents().size(), data.bundles().size(), data.departments().size());
        return new InMemoryCatalog(data, departments);
    }

    @Bean
    PublicPortalPaths catalogPublicPaths() {
        return new PublicPortalPaths("/services", "/services/**", "/api/catalog/**");
    }

    static List<CatalogSource> sources() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<CatalogSource> sources = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    sources.add(new CatalogSource(name(resource), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            sources.sort(Comparator.comparing(CatalogSource::name));
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalogue files", e);
        }
    }

    private static String name(Resource resource) throws IOException {
        String uri = resource.getURI().toString();
        int at = uri.lastIndexOf("/catalog/");
        return at < 0 ? uri : uri.substring(at + 1);
    }
}
