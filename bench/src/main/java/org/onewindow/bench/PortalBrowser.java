package org.onewindow.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user's browser on the portal: its cookies (the session), its CSRF token and the requests the
 * pages and the applications API take, over a shared {@link HttpClient}.
 */
final class PortalBrowser {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private volatile String csrf;

    PortalBrowser(HttpClient http, int port) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port;
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
        return send(request(path).header("Accept", accept).GET());
    }

    /** A JSON request of the applications API, with the CSRF header; extra headers as name, value, … */
    Reply json(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrf)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    Reply postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
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
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
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
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
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

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
    }

    private Reply send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("set-cookie").forEach(this::remember);
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String name = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        if (value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
