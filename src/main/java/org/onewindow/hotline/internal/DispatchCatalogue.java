package org.onewindow.hotline.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.deadline.TimeLimit;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The dispatch catalogue read from {@code hotline/catalogue.yml} at start-up; a mistake in the
 * file stops the start with the entry and the problem named.
 */
@Component
class DispatchCatalogue {

    static final String FILE = "hotline/catalogue.yml";

    /** A subject area such as urban management. */
    record Area(String code, String name, String nameEn) {}

    private final TimeLimit signFor;
    private final Map<String, TimeLimit> deadlineClasses;
    private final Map<String, Area> areas;
    private final Map<String, HotlineService> services;

    DispatchCatalogue() {
        this(load());
    }

    DispatchCatalogue(CatalogueReader.Content content) {
        this.signFor = content.signFor();
        this.deadlineClasses = content.deadlineClasses();
        this.areas = content.areas();
        this.services = content.services();
    }

    /** Reads and checks a catalogue; throws {@link IllegalStateException} naming the problem. */
    static DispatchCatalogue parse(InputStream yaml) {
        return new DispatchCatalogue(new CatalogueReader().read(yaml));
    }

    private static CatalogueReader.Content load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return new CatalogueReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }

    /** How long a department has to sign for a dispatched ticket. */
    TimeLimit signFor() {
        return signFor;
    }

    Map<String, TimeLimit> deadlineClasses() {
        return deadlineClasses;
    }

    List<Area> areas() {
        return List.copyOf(areas.values());
    }

    Optional<Area> area(String code) {
        return Optional.ofNullable(areas.get(code));
    }

    /** Every service in file order. */
    List<HotlineService> services() {
        return List.copyOf(services.values());
    }

    Optional<HotlineService> service(String code) {
        return Optional.ofNullable(code == null ? null : services.get(code));
    }
}
