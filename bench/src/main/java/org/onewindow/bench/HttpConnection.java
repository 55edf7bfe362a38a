package org.onewindow.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One keep-alive HTTP/1.1 connection from a given local address, used by one browser at a time:
 * writes a request, reads the response (Content-Length or chunked), and reconnects when the server
 * closed the connection in between.
 *
 * <p>The load generator shares the machine with the application, so it has to be cheap: this is
 * a few buffer copies per request, where {@code java.net.http.HttpClient} took about a seventh of
 * the JVM's CPU in the submission benchmark (selector thread, futures, header objects).
 */
final class HttpConnection implements AutoCloseable {

    /** A response: status, headers by lower-case name, body as UTF-8 text. */
    record Response(int status, Map<String, List<String>> headers, String body) {}

    private static final int TIMEOUT_MILLIS = 60_000;

    private final InetAddress local;
    private final InetSocketAddress server;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    HttpConnection(InetAddress local, int port) {
        this.local = local;
        this.server = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    /** Sends the request (head ends with an empty line; body may be empty) and reads the response. */
    synchronized Response exchange(byte[] head, byte[] body) throws IOException {
        boolean reused = socket != null;
        try {
            return send(head, body);
        } catch (IOException e) {
            close();
            if (!reused) {
                throw e;
            }
            // The server closed an idle keep-alive connection: once more on a new one.
            return send(head, body);
        }
    }

    private Response send(byte[] head, byte[] body) throws IOException {
        if (socket == null) {
            connect();
        }
        out.write(head);
        if (body.length > 0) {
            out.write(body);
        }
        out.flush();
        Response response = read();
        if (response.headers().getOrDefault("connection", List.of()).contains("close")) {
            close();
        }
        return response;
    }

    private void connect() throws IOException {
        Socket connected = new Socket();
        connected.setTcpNoDelay(true);
        connected.setSoTimeout(TIMEOUT_MILLIS);
        connected.bind(new InetSocketAddress(local, 0));
        connected.connect(server, 10_000);
        socket = connected;
        in = new BufferedInputStream(connected.getInputStream(), 16 * 1024);
        out = connected.getOutputStream();
    }

    private Response read() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            headers.computeIfAbsent(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), n -> new ArrayList<>(1))
                    .add(header.substring(colon + 1).strip());
        }
        byte[] body;
        List<String> length = headers.get("content-length");
        if (length != null) {
            body = in.readNBytes(Integer.parseInt(length.getFirst()));
        } else if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = chunked();
        } else {
            body = new byte[0];
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(in.readNBytes(size));
            line();
        }
        for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
            // trailers are not used
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Integer.parseInt(extension < 0 ? size.strip() : size.substring(0, extension).strip(), 16);
    }

    /** One header line (ISO-8859-1), without its CRLF. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public synchronized void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
