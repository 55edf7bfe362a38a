package org.onewindow.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onewindow.casework.internal.ApplyingInOneCall.Upload;

/**
 * A SHA-256 of what a one-call submission asks for, the same however its JSON was spelt (member
 * order, white space): what to apply for, for whom, every value, every file's field, name and
 * content. Two requests with one Idempotency-Key are the same request only if this matches.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static String of(String kind, String code, String business, Map<String, ?> values, List<Upload> uploads) {
        MessageDigest digest = sha256();
        StringBuilder text = new StringBuilder();
        canonical(text, kind);
        canonical(text, code);
        canonical(text, business);
        canonical(text, values);
        update(digest, text.toString());
        for (Upload upload : uploads) {
            StringBuilder name = new StringBuilder("|file");
            canonical(name, upload.field());
            canonical(name, upload.fileName());
            update(digest, name.toString());
            try (InputStream content = upload.content().getInputStream()) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = content.read(buffer)) != -1; ) {
                    digest.update(buffer, 0, read);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** JSON-like text with object members sorted by name; strings quoted, so "1" and 1 differ. */
    private static void canonical(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> object -> {
                out.append('{');
                stringKeys(object).forEach((name, inner) -> {
                    canonical(out, name);
                    out.append(':');
                    canonical(out, inner);
                    out.append(',');
                });
                out.append('}');
            }
            case Collection<?> list -> {
                out.append('[');
                list.forEach(element -> {
                    canonical(out, element);
                    out.append(',');
                });
                out.append(']');
            }
            case String string -> out.append('"').append(string.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            default -> out.append(value);
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> object) {
        Map<String, Object> keys = new TreeMap<>();
        object.forEach((name, inner) -> keys.put(String.valueOf(name), inner));
        return keys;
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
