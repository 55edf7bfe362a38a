package org.onewindow.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnchorFileTests {

    @TempDir
    Path directory;

    private static Anchor anchor(long seq) {
        return new Anchor(Instant.parse("2026-05-01T08:00:00Z").plusSeconds(seq), seq, "ab".repeat(32));
    }

    @Test
    void readsAppendedAnchorsBackInOrder() {
        AnchorFile file = new AnchorFile(directory.resolve("audit/anchors.log"));
        file.append(anchor(3));
        file.append(anchor(7));
        try (AnchorFile.Cursor cursor = file.open()) {
            assertThat(cursor.peek()).isEqualTo(anchor(3));
            assertThat(cursor.next()).isEqualTo(anchor(3));
            assertThat(cursor.next()).isEqualTo(anchor(7));
            assertThat(cursor.next()).isNull();
        }
    }

    @Test
    void aMissingFileHasNoAnchors() {
        try (AnchorFile.Cursor cursor = new AnchorFile(directory.resolve("none.log")).open()) {
            assertThat(cursor.peek()).isNull();
        }
    }

    @Test
    void ignoresWhatIsAppendedAfterOpeningAndAnUnfinishedLastLine() throws IOException {
        AnchorFile file = new AnchorFile(directory.resolve("anchors.log"));
        file.append(anchor(1));
        Files.writeString(file.path(), "2026-05-01T08:00:09Z chain_seq=9 chain_h", StandardOpenOption.APPEND);
        try (AnchorFile.Cursor cursor = file.open()) {
            file.append(anchor(2));
            assertThat(cursor.next()).isEqualTo(anchor(1));
            assertThat(cursor.next()).isNull();
        }
    }

    @Test
    void aDamagedLineIsReported() throws IOException {
        AnchorFile file = new AnchorFile(directory.resolve("anchors.log"));
        file.append(anchor(1));
        Files.writeString(file.path(), "edited by hand\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (AnchorFile.Cursor cursor = file.open()) {
            cursor.next();
            assertThatThrownBy(cursor::next)
                    .isInstanceOf(AnchorFile.MalformedAnchorException.class)
                    .hasMessageContaining("Line 2");
        }
    }

    @Test
    void lineFormatIsReadableByPeople() {
        assertThat(anchor(5).toLine())
                .isEqualTo("2026-05-01T08:00:05Z chain_seq=5 chain_hash=" + "ab".repeat(32));
        assertThat(Anchor.parse(anchor(5).toLine())).isEqualTo(anchor(5));
    }
}
