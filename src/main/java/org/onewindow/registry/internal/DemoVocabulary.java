package org.onewindow.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The words demo people and businesses are made of, from {@code registry/demo-vocabulary.properties}.
 *
 * @param surnames surnames, repeated to weight them
 * @param maleGiven characters of men's given names
 * @param femaleGiven characters of women's given names
 * @param streets real streets per district code
 * @param brands trade names (字号)
 * @param trades lines of business of companies
 * @param firmKinds endings of sole proprietorships' names
 * @param shopKinds kinds of individual businesses' shops
 */
record DemoVocabulary(
        List<String> surnames,
        List<String> maleGiven,
        List<String> femaleGiven,
        Map<String, List<String>> streets,
        List<String> brands,
        List<String> trades,
        List<String> firmKinds,
        List<String> shopKinds) {

    private static final String RESOURCE = "/registry/demo-vocabulary.properties";

    static DemoVocabulary load() {
        Properties words = new Properties();
        try (InputStream in = DemoVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoVocabulary(
                list(words, "surnames"),
                list(words, "given.male"),
                list(words, "given.female"),
                Map.of(
                        DemoHouseholds.GULOU, list(words, "streets." + DemoHouseholds.GULOU),
                        DemoHouseholds.TAIJIANG, list(words, "streets." + DemoHouseholds.TAIJIANG),
                        DemoHouseholds.CANGSHAN, list(words, "streets." + DemoHouseholds.CANGSHAN)),
                list(words, "brands"),
                list(words, "trades"),
                list(words, "firm.kinds"),
                list(words, "shop.kinds"));
    }

    private static List<String> list(Properties words, String key) {
        String value = words.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + " has no " + key);
        }
        return List.of(value.strip().split("\\s+"));
    }
}
