package org.onewindow.hotline.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.onewindow.hotline.HotlineError;

/** Small helpers the hotline's form controllers share. */
final class Forms {

    private Forms() {}

    /** Field errors as the layout's error summary expects them: field name to code. */
    static Map<String, String> codes(Map<String, HotlineError> errors) {
        Map<String, String> codes = new LinkedHashMap<>();
        errors.forEach((field, error) -> codes.put(field, error.code()));
        return codes;
    }

    /** The answers to a service's attributes, posted as {@code attribute_<code>} fields. */
    static Map<String, String> attributes(Map<String, String> posted) {
        Map<String, String> answers = new LinkedHashMap<>();
        posted.forEach((name, value) -> {
            if (name.startsWith("attribute_") && value != null && !value.isBlank()) {
                answers.put(name.substring("attribute_".length()), value.strip());
            }
        });
        return answers;
    }

    static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A refused photo's code for the forms, which speak of photos (JPG or PNG) rather than files. */
    static String photoError(org.onewindow.platform.UploadRejected rejected) {
        return rejected.code().replaceFirst("^file_(type_not_allowed|content_mismatch)$", "photo_$1");
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
