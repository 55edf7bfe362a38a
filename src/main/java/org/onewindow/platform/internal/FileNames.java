package org.onewindow.platform.internal;

/** Cleans the name an uploader's browser sent: no directories, no control characters, not too long. */
final class FileNames {

    static final int MAX_LENGTH = 100;

    private FileNames() {}

    /** The cleaned name, or null if nothing usable is left. */
    static String clean(String original) {
        if (original == null) {
            return null;
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        StringBuilder cleaned = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != ':' && c != '*' && c != '?' && c != '"' && c != '<'
                        && c != '>' && c != '|')
                .forEach(cleaned::appendCodePoint);
        String result = cleaned.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.isEmpty()) {
            return null;
        }
        if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 ? result.substring(dot) : "";
            result = result.substring(0, result.offsetByCodePoints(0, MAX_LENGTH - extension.length())) + extension;
        }
        return result;
    }
}
