package org.onewindow.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user's browser on the portal: its cookies (the session), its CSRF token and the requests the
 * pages and the applications API take, over its own keep-alive {@link HttpConnection} from its
 * loopback address. A browser makes one request at a time.
 */
final class PortalBrowser {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpConnection connection;
    private final String host;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private volatile String csrf;

    PortalBrowser(InetAddress local, int port) {
        this.connection = new HttpConnection(local, port);
        this.host = "127.0.0.1:" + port;
    }

    /** A response as the benchmark checks it. */
    record Reply(int status, String body, Map<String, List<String>> headers) {

        Optional<String> location() {
            return Optional.ofNullable(headers.get("location")).map(List::getFirst);
        }

        /** This reply, or an exception naming the request if its status is not the expected one. */
        Reply expect(int expected, String what) {
            if (status != expected) {
                String text = body.length() > 300 ? body.substring(0, 300) + "…" : body;
                throw new IllegalStateException(what + ": expected " + expected + ", got " + status + " " + text);
            }
            return this;
        }
    }

    /** Logs in through the portal's form, as the login page does, and keeps the session's CSRF token. */
    void logIn(String idNumber, String password) {
        refreshCsrf();
        Reply done = postForm("/login", Map.of("idNumber", idNumber, "password", password, "_csrf", csrf));
        if (done.status() != 302 || !done.location().orElse("").endsWith("/account")) {
            throw new IllegalStateException("Login failed: " + done.status() + " " + done.location().orElse(""));
        }
        refreshCsrf();
    }

    /** Reads the session's CSRF token from {@code GET /api/csrf}. */
    void refreshCsrf() {
        Matcher token = TOKEN.matcher(get("/api/csrf", "application/json").expect(200, "GET /api/csrf").body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token in /api/csrf");
        }
        csrf = token.group(1);
    }

    boolean loggedIn() {
        return cookies.containsKey("OW_PORTAL_SESSION") && csrf != null;
    }

    Reply get(String path, String accept) {
        return send("GET", path, null, new byte[0], "Accept", accept);
    }

    /** A JSON request of the applications API, with the CSRF header; extra headers as name, value, … */
    Reply json(String method, String path, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Accept", "application/json", "X-CSRF-TOKEN", csrf));
        all.addAll(List.of(headers));
        return send(method, path, body == null ? null : "application/json",
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), all.toArray(String[]::new));
    }

    Reply postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8),
                "Accept", "text/html");
    }

    /** A file in a multipart post. */
    record Upload(String field, String fileName, String contentType, byte[] content) {}

    /** Posts a multipart form as the draft page does (fields as name, value pairs, with {@code _csrf}). */
    Reply postMultipart(String path, List<String> namesAndValues, List<Upload> uploads) {
        String boundary = "----onewindowbench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < namesAndValues.size(); i += 2) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + namesAndValues.get(i)
                    + "\"\r\n\r\n" + namesAndValues.get(i + 1) + "\r\n");
        }
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
        uploads(body, boundary, uploads);
        return send("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), "Accept",
                "text/html");
    }

    /**
     * A multipart request of the applications API: a JSON part, the files, the CSRF header; extra
     * headers as name, value, …
     */
    Reply postJsonAndFiles(String path, String jsonPart, String json, List<Upload> uploads, String... headers) {
        String boundary = "----onewindowbench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + jsonPart
                + "\"\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n");
        uploads(body, boundary, uploads);
        List<String> all = new ArrayList<>(List.of("Accept", "application/json", "X-CSRF-TOKEN", csrf));
        all.addAll(List.of(headers));
        return send("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(),
                all.toArray(String[]::new));
    }

    private static void uploads(ByteArrayOutputStream body, String boundary, List<Upload> uploads) {
        for (Upload upload : uploads) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + upload.field()
                    + "\"; filename=\"" + upload.fileName() + "\"\r\nContent-Type: " + upload.contentType()
                    + "\r\n\r\n");
            body.writeBytes(upload.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
    }

    /** One request with the cookies; headers as name, value, … */
    private Reply send(String method, String path, String contentType, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(512)
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(host).append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (contentType != null || !method.equals("GET")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (!cookies.isEmpty()) {
            head.append("Cookie: ").append(cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "))).append("\r\n");
        }
        head.append("\r\n");
        try {
            HttpConnection.Response response =
                    connection.exchange(head.toString().getBytes(StandardCharsets.UTF_8), body);
            response.headers().getOrDefault("set-cookie", List.of()).forEach(this::remember);
            return new Reply(response.status(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String name = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        if (value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
