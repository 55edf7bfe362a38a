package org.onewindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The modules' message bundles share one namespace: a key defined in two bundles is answered by
 * whichever comes first in {@code spring.messages.basename}, so one module's page would show the
 * other's words. Each key may therefore stand in only one bundle per language.
 */
class MessageBundlesTests {

    @ParameterizedTest
    @ValueSource(strings = {"", "_en"})
    void noKeyIsDefinedInTwoBundles(String language) throws IOException {
        Map<String, List<String>> bundlesByKey = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> isBundle(f.getFileName().toString(), language)).sorted().toList()) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (String key : properties.stringPropertyNames()) {
                    bundlesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(file.getFileName().toString());
                }
            }
        }
        assertThat(bundlesByKey).as("keys defined in more than one bundle")
                .allSatisfy((key, bundles) -> assertThat(bundles).as(key).hasSize(1));
    }

    private static boolean isBundle(String name, String language) {
        if (!name.startsWith("messages") || !name.endsWith(".properties")) {
            return false;
        }
        boolean english = name.endsWith("_en.properties");
        return language.isEmpty() ? !english : english;
    }
}
