package org.onewindow.deadline;

/**
 * What a time limit is for, named by the owning module: e.g. {@code ("hotline.reply", "<ticket id>")}.
 *
 * <p>Both parts are stored, logged and carried in events in clear text: use ids and codes, never
 * personal data.
 *
 * @param type the kind of subject, at most {@value #MAX_TYPE_LENGTH} characters
 * @param key the subject's id within its type, at most {@value #MAX_KEY_LENGTH} characters
 */
public record DeadlineSubject(String type, String key) {

    public static final int MAX_TYPE_LENGTH = 100;
    public static final int MAX_KEY_LENGTH = 200;

    public DeadlineSubject {
        require("type", type, MAX_TYPE_LENGTH);
        require("key", key, MAX_KEY_LENGTH);
    }

    public static DeadlineSubject of(String type, String key) {
        return new DeadlineSubject(type, key);
    }

    private static void require(String name, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("a subject " + name + " needs 1 to " + max + " characters");
        }
    }

    @Override
    public String toString() {
        return type + "/" + key;
    }
}
