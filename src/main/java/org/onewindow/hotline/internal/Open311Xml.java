package org.onewindow.hotline.internal;

import java.util.List;
import java.util.Map;

/**
 * Writes GeoReport v2 answers as XML: the same maps and lists as the JSON, with the element
 * names of the specification ({@code services/service}, {@code service_requests/request},
 * {@code errors/error}, …).
 */
final class Open311Xml {

    private static final Map<String, String> ITEMS = Map.of(
            "attributes", "attribute", "values", "value", "endpoints", "endpoint", "formats", "format");

    private Open311Xml() {}

    /** The document: a list as {@code <root><item>…</item></root>}, a map as {@code <root>…</root>}. */
    static String document(String root, String item, Object body) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        if (body instanceof List<?> list) {
            xml.append('<').append(root).append('>');
            list.forEach(element -> element(xml, item, element));
            xml.append("</").append(root).append(">\n");
        } else {
            element(xml, root, body);
            xml.append('\n');
        }
        return xml.toString();
    }

    private static void element(StringBuilder xml, String name, Object value) {
        if (value == null) {
            xml.append('<').append(name).append("/>");
            return;
        }
        xml.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> element(xml, String.valueOf(key), inner));
        } else if (value instanceof List<?> list) {
            String item = ITEMS.getOrDefault(name, "item");
            list.forEach(inner -> element(xml, item, inner));
        } else {
            escape(xml, String.valueOf(value));
        }
        xml.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        xml.append(c);
                    }
                }
            }
        }
    }
}
