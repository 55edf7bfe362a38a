package org.onewindow.audit.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The append-only file of anchors in the data directory, outside the database's reach.
 *
 * <p>Lines are only ever appended and forced to disk. Operators should also make the file
 * append-only at the file-system level ({@code chattr +a}) and ship the INFO log lines that
 * repeat each anchor to a log server.
 */
final class AnchorFile {

    private final Path path;

    AnchorFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    synchronized void append(Anchor anchor) {
        byte[] line = (anchor.toLine() + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(path.getParent());
            try (FileChannel channel = FileChannel.open(
                    path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append the audit anchor to " + path, e);
        }
    }

    /**
     * Opens the anchors written so far for reading in order; lines appended after this call, and
     * a last line still being written, are not read.
     */
    Cursor open() {
        try {
            if (!Files.exists(path)) {
                return new Cursor(InputStream.nullInputStream(), 0);
            }
            long size = Files.size(path);
            return new Cursor(new BufferedInputStream(Files.newInputStream(path)), size);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchors in " + path, e);
        }
    }

    /** Reads anchors one at a time, so that a long file is never held in memory. */
    static final class Cursor implements Closeable {

        private final InputStream in;
        private long remaining;
        private long lineNumber;
        private Anchor next;

        private Cursor(InputStream in, long size) {
            this.in = in;
            this.remaining = size;
        }

        /** The next anchor without consuming it, or {@code null} at the end. */
        Anchor peek() {
            if (next == null) {
                next = readNext();
            }
            return next;
        }

        Anchor next() {
            Anchor anchor = peek();
            next = null;
            return anchor;
        }

        private Anchor readNext() {
            String line;
            while ((line = readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    return Anchor.parse(line);
                } catch (RuntimeException e) {
                    throw new MalformedAnchorException(lineNumber);
                }
            }
            return null;
        }

        /** A complete line without its terminator, or {@code null} when no complete line is left. */
        private String readLine() {
            ByteArrayOutputStream line = new ByteArrayOutputStream(128);
            try {
                while (remaining > 0) {
                    int b = in.read();
                    if (b < 0) {
                        return null;
                    }
                    remaining--;
                    if (b == '\n') {
                        return line.toString(StandardCharsets.UTF_8);
                    }
                    line.write(b);
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the audit anchors", e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A line of the anchor file is not an anchor: the file was damaged or edited. */
    static final class MalformedAnchorException extends RuntimeException {

        private final long lineNumber;

        MalformedAnchorException(long lineNumber) {
            super("Line " + lineNumber + " of the anchor file is not an anchor");
            this.lineNumber = lineNumber;
        }

        long lineNumber() {
            return lineNumber;
        }
    }
}
