package org.onewindow.casework.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A JSON client of the portal API for tests: sends the session cookie a portal login left, and
 * the CSRF token from {@code GET /api/csrf} on mutating calls unless told not to.
 */
class ApiClient {

    /** A response as a test checks it. */
    record Answer(int status, JsonNode body, HttpResponse<String> raw) {

        String code() {
            return body.get("code").asString();
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final ObjectMapper json;
    private String sessionCookie;
    private String csrf;

    ApiClient(int port, ObjectMapper json, String sessionCookie) {
        this.port = port;
        this.json = json;
        this.sessionCookie = sessionCookie;
    }

    Answer get(String path) {
        return send(request(path, Map.of()).GET());
    }

    Answer post(String path, Object body) {
        return post(path, body, Map.of());
    }

    Answer post(String path, Object body, Map<String, String> headers) {
        return send(request(path, withCsrf(headers)).POST(publisher(body)));
    }

    Answer put(String path, Object body, Map<String, String> headers) {
        return send(request(path, withCsrf(headers)).PUT(publisher(body)));
    }

    /** A file part of a multipart request. */
    record FilePart(String name, String fileName, String contentType, byte[] content) {}

    /** A multipart POST: the JSON as the part {@code jsonPart} (application/json), then the files. */
    Answer postMultipart(String path, String jsonPart, Object json, List<FilePart> files, Map<String, String> headers) {
        String boundary = "----apiclient" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + jsonPart
                + "\"\r\nContent-Type: application/json\r\n\r\n" + this.json.writeValueAsString(json) + "\r\n");
        for (FilePart file : files) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(request(path, withCsrf(headers))
                .setHeader("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A POST without the CSRF header, as a forged cross-site request would come. */
    Answer postWithoutCsrf(String path, Object body) {
        return send(request(path, Map.of()).POST(publisher(body)));
    }

    Answer putWithoutCsrf(String path, Object body) {
        return send(request(path, Map.of()).PUT(publisher(body)));
    }

    private Map<String, String> withCsrf(Map<String, String> headers) {
        if (csrf == null) {
            Answer token = get("/api/csrf");
            csrf = token.body().get("token").asString();
        }
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("X-CSRF-TOKEN", csrf);
        return all;
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        if (sessionCookie != null) {
            request.header("Cookie", "OW_PORTAL_SESSION=" + sessionCookie);
        }
        headers.forEach(request::header);
        return request;
    }

    private HttpRequest.BodyPublisher publisher(Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : json.writeValueAsString(body));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("set-cookie").stream()
                    .filter(cookie -> cookie.startsWith("OW_PORTAL_SESSION="))
                    .forEach(cookie -> sessionCookie = cookie.substring("OW_PORTAL_SESSION=".length()).split(";")[0]);
            JsonNode body = response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
            return new Answer(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
