package org.onewindow.certificate.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Drawing helpers for one page: text in the Chinese font, wrapped lines, frames and a QR code. */
final class PdfCanvas {

    private final PDDocument document;
    private final PDPageContentStream stream;
    private final PDType0Font font;

    PdfCanvas(PDDocument document, PDPageContentStream stream, PDType0Font font) {
        this.document = document;
        this.stream = stream;
        this.font = font;
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(printable(text)) / 1000 * size;
    }

    void text(String text, float size, float x, float y) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(printable(text));
        stream.endText();
    }

    void centred(String text, float size, float centre, float y) throws IOException {
        text(text, size, centre - width(text, size) / 2, y);
    }

    /** Draws text wrapped to the width, character by character (Chinese has no spaces); returns the next y. */
    float wrapped(String text, float size, float x, float y, float maxWidth, float leading) throws IOException {
        float line = y;
        for (String part : lines(text, size, maxWidth)) {
            text(part, size, x, line);
            line -= leading;
        }
        return line;
    }

    List<String> lines(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder current = new StringBuilder();
            int i = 0;
            while (i < paragraph.length()) {
                int codePoint = paragraph.codePointAt(i);
                String next = current + new String(Character.toChars(codePoint));
                if (!current.isEmpty() && width(next, size) > maxWidth) {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.appendCodePoint(codePoint);
                } else {
                    current.setLength(0);
                    current.append(next);
                }
                i += Character.charCount(codePoint);
            }
            lines.add(current.toString());
        }
        return lines;
    }

    void frame(float x, float y, float width, float height, Color colour, float lineWidth) throws IOException {
        stream.setStrokingColor(colour);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, width, height);
        stream.stroke();
    }

    void colour(Color colour) throws IOException {
        stream.setNonStrokingColor(colour);
    }

    /** A QR code of the content, {@code size} points square, with its lower left corner at x, y. */
    void qr(String content, float x, float y, float size) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 300, 300,
                    Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            PDImageXObject image = LosslessFactory.createFromImage(document, MatrixToImageWriter.toBufferedImage(matrix));
            stream.drawImage(image, x, y, size, size);
        } catch (WriterException e) {
            throw new IOException("Cannot encode the QR code", e);
        }
    }

    /** Replaces characters the font has no glyph for, so that a rare character never stops issuing. */
    private String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                out.append('\n');
                return;
            }
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
