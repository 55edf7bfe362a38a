package org.onewindow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small HTTP client for one zone that keeps its own cookies, does not follow redirects and
 * fills in the CSRF token from the last page it loaded, as a browser would.
 */
public class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** A response as a test checks it. */
    public record Page(int status, String body, Map<String, List<String>> headers) {

        public Optional<String> location() {
            return Optional.ofNullable(headers.get("location")).map(List::getFirst);
        }
    }

    private final HttpClient http;
    private final int port;
    private final String host;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    public WebClient(int port) {
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        this.port = port;
        this.host = "localhost";
    }

    /**
     * A client sending from its own loopback address (e.g. {@code 127.0.5.9}), so that limits per
     * IP address count its requests apart from every other test's.
     */
    public WebClient(int port, String loopbackAddress) {
        try {
            this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .localAddress(java.net.InetAddress.getByName(loopbackAddress)).build();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
        this.port = port;
        this.host = "127.0.0.1";
    }

    public Page get(String path) {
        return get(path, "text/html");
    }

    public Page get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", accept));
    }

    /** Posts a form with the CSRF token of the last page loaded. */
    public Page post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.putIfAbsent("_csrf", csrf);
        }
        return postRaw(path, fields);
    }

    /** Posts fields given as name, value, name, value… (names may repeat) with the CSRF token. */
    public Page postPairs(String path, String... namesAndValues) {
        java.util.List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        if (csrf != null) {
            fields.add(Map.entry("_csrf", csrf));
        }
        return postEntries(path, fields);
    }

    /** Posts a JSON body with extra headers (name, value, …), as an API client would. */
    public Page postJson(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A file for a multipart post. */
    public record Upload(String field, String fileName, byte[] content) {}

    /** Posts a multipart form (fields as name, value pairs; names may repeat) with the CSRF token. */
    public Page postMultipart(String path, java.util.List<Upload> uploads, String... namesAndValues) {
        String boundary = "----onewindow" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.List<String> fields = new java.util.ArrayList<>(java.util.List.of(namesAndValues));
        if (csrf != null) {
            fields.add("_csrf");
            fields.add(csrf);
        }
        for (int i = 0; i < fields.size(); i += 2) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields.get(i) + "\"\r\n\r\n"
                    + fields.get(i + 1) + "\r\n");
        }
        for (Upload upload : uploads) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + upload.field()
                    + "\"; filename=\"" + upload.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(upload.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts exactly these fields, without adding a CSRF token. */
    public Page postRaw(String path, Map<String, String> fields) {
        return postEntries(path, java.util.List.copyOf(fields.entrySet()));
    }

    private Page postEntries(String path, java.util.List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public void clearCookies() {
        cookies.clear();
    }

    public int port() {
        return port;
    }

    /** The status of a request sent byte for byte, with no client-side normalisation of the path. */
    public int rawStatus(String path) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                line.append((char) c);
            }
            return Integer.parseInt(line.toString().split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://" + host + ":" + port + path);
    }

    private Page send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("set-cookie").forEach(this::remember);
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(response.statusCode(), response.body(), response.headers().map());
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
        boolean deleted = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || value.isEmpty();
        if (deleted) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }
}
