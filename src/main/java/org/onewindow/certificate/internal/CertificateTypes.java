package org.onewindow.certificate.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.ServiceItem;
import org.springframework.stereotype.Component;

/**
 * The certificate types the catalogue's items yield, with their names and number prefixes
 * ({@code business_licence} → 营业执照, {@code BL}).
 */
@Component
class CertificateTypes {

    /** A certificate type. */
    record Type(String code, String name, String prefix) {}

    private final Map<String, Type> types = new LinkedHashMap<>();

    CertificateTypes(Catalog catalog) {
        for (ServiceItem item : catalog.items()) {
            if (item.result() != null && item.result().yieldsCertificate()) {
                String code = item.result().certificateType();
                types.putIfAbsent(code, new Type(code, item.result().name(), prefix(code)));
            }
        }
    }

    Optional<Type> byCode(String code) {
        return Optional.ofNullable(types.get(code));
    }

    /** The initials of the type's words: {@code food_business_licence} → {@code FBL}. */
    static String prefix(String code) {
        StringBuilder prefix = new StringBuilder();
        for (String word : code.split("_")) {
            if (!word.isEmpty()) {
                prefix.append(word.charAt(0));
            }
        }
        return prefix.toString().toUpperCase(Locale.ROOT);
    }
}
