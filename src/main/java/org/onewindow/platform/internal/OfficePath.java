package org.onewindow.platform.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/** Decides whether a path, in any spelling a client may try, points into the office surface. */
final class OfficePath {

    private static final int MAX_DECODING_ROUNDS = 4;

    private OfficePath() {}

    static boolean matches(String path) {
        if (path == null) {
            return false;
        }
        String first = firstSegment(normalise(path));
        return first.equals("office");
    }

    /** Assets both zones serve: the stylesheet, scripts, images and the error page. */
    static boolean isCommonAsset(String path) {
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.equals("/favicon.ico")
                || path.equals("/error");
    }

    static String normalise(String path) {
        String current = path;
        for (int round = 0; round < MAX_DECODING_ROUNDS; round++) {
            String next;
            try {
                next = URLDecoder.decode(current.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                break;
            }
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        current = current.replace('\\', '/').toLowerCase(Locale.ROOT);
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : current.split("/")) {
            int parameters = segment.indexOf(';');
            String clean = (parameters >= 0 ? segment.substring(0, parameters) : segment).strip();
            if (clean.isEmpty() || clean.equals(".")) {
                continue;
            }
            if (clean.equals("..")) {
                segments.pollLast();
                continue;
            }
            segments.addLast(clean);
        }
        return "/" + String.join("/", segments);
    }

    private static String firstSegment(String normalised) {
        int end = normalised.indexOf('/', 1);
        String first = end < 0 ? normalised.substring(1) : normalised.substring(1, end);
        while (first.endsWith(".")) {
            first = first.substring(0, first.length() - 1);
        }
        return first;
    }
}
