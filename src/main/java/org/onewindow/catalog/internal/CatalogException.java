package org.onewindow.catalog.internal;

import java.util.List;

/** The catalogue does not load: every problem found, each naming the file, line and field. */
public class CatalogException extends RuntimeException {

    private final List<Problem> problems;

    CatalogException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        StringBuilder text = new StringBuilder("The service catalogue has ")
                .append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
        problems.forEach(p -> text.append("\n  ").append(p));
        return text.toString();
    }

    /**
     * One problem in a catalogue file.
     *
     * @param file the file, e.g. {@code catalog/items/amr.yml}
     * @param line the line, counting from 1
     * @param field the field's path in the file, e.g. {@code items[2].promisedLimit}
     * @param message what is wrong
     */
    public record Problem(String file, int line, String field, String message) {

        @Override
        public String toString() {
            return file + ":" + line + ": " + field + ": " + message;
        }
    }
}
