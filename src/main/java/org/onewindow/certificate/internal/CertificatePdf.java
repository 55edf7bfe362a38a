package org.onewindow.certificate.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.onewindow.certificate.Holder;
import org.springframework.stereotype.Component;

/**
 * Renders a certificate's PDF with the Chinese font: the business licence (营业执照) layout or the
 * generic one, each with the QR code and a visible note on how to verify. Signing comes after.
 */
@Component
class CertificatePdf {

    /** The document information key that carries the certificate number (covered by the signature). */
    static final String NUMBER_KEY = "OneWindowCertificateNumber";

    private static final Color FRAME = new Color(0xA4, 0x1E, 0x22);
    private static final Color INK = Color.BLACK;
    private static final Color MUTED = new Color(0x44, 0x44, 0x44);

    private final CertificateProperties properties;

    CertificatePdf(CertificateProperties properties) {
        this.properties = properties;
    }

    byte[] render(String type, PdfContent content) {
        if (!Files.isReadable(properties.font())) {
            throw new IllegalStateException("The Chinese PDF font is missing: install Debian's fonts-wqy-microhei ("
                    + properties.font() + ")");
        }
        try (PDDocument document = new PDDocument();
                TrueTypeCollection collection = new TrueTypeCollection(properties.font().toFile())) {
            TrueTypeFont ttf = collection.getFontByName("WenQuanYiMicroHei");
            PDType0Font font = PDType0Font.load(document, ttf, true);
            boolean licence = "business_licence".equals(type);
            PDPage page = new PDPage(licence ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                    : PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                PdfCanvas canvas = new PdfCanvas(document, stream, font);
                if (licence) {
                    businessLicence(canvas, page.getMediaBox(), content);
                } else {
                    generic(canvas, page.getMediaBox(), content);
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(content.typeName() + " " + content.number());
            info.setAuthor(content.departmentName());
            info.setCreator("一窗通办 OneWindow");
            info.setCustomMetadataValue(NUMBER_KEY, content.number());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate PDF could not be rendered", e);
        }
    }

    private static void businessLicence(PdfCanvas canvas, PDRectangle box, PdfContent content) throws IOException {
        float width = box.getWidth();
        float height = box.getHeight();
        canvas.frame(20, 20, width - 40, height - 40, FRAME, 3);
        canvas.frame(28, 28, width - 56, height - 56, FRAME, 1);
        canvas.colour(INK);
        canvas.text("统一社会信用代码", 11, 60, height - 70);
        canvas.text(content.holder().identifier(), 14, 60, height - 90);
        canvas.text("证照编号：" + content.number(), 10, 60, height - 108);
        canvas.colour(FRAME);
        canvas.centred("营 业 执 照", 40, width / 2, height - 110);
        canvas.colour(INK);
        canvas.centred("（电子营业执照）", 12, width / 2, height - 132);
        canvas.qr(content.verificationUrl(), width - 160, height - 170, 110);

        Map<String, String> fields = new LinkedHashMap<>(content.fields());
        String name = fields.remove("name");
        String[] left = {"companyType", "legalRepresentative", "businessScope"};
        String[] right = {"registeredCapital", "establishedOn", "operatingPeriod", "address"};
        float column = (width - 120) / 2;
        float y = height - 200;
        float leftY = row(canvas, "名称", name == null ? content.holder().name() : name, 60, y, column - 20);
        for (String key : left) {
            leftY = row(canvas, FieldLabels.label(key), fields.remove(key), 60, leftY, column - 20);
        }
        float rightY = y;
        for (String key : right) {
            String value = fields.remove(key);
            if ("operatingPeriod".equals(key) && value == null) {
                value = content.validity();
            }
            rightY = row(canvas, FieldLabels.label(key), value, 60 + column, rightY, column - 40);
        }
        float restY = Math.min(leftY, rightY);
        for (Map.Entry<String, String> extra : fields.entrySet()) {
            restY = row(canvas, FieldLabels.label(extra.getKey()), extra.getValue(), 60, restY, width - 160);
        }
        canvas.text("登记机关：" + content.departmentName(), 13, width - 340, 110);
        canvas.text(content.issuedOn(), 13, width - 340, 88);
        note(canvas, content, 60, 58, width - 120);
    }

    private static void generic(PdfCanvas canvas, PDRectangle box, PdfContent content) throws IOException {
        float width = box.getWidth();
        float height = box.getHeight();
        canvas.frame(24, 24, width - 48, height - 48, FRAME, 2);
        canvas.colour(FRAME);
        canvas.centred(content.typeName(), 30, width / 2, height - 100);
        canvas.colour(INK);
        canvas.centred("（电子证照）", 12, width / 2, height - 124);
        canvas.text("证照编号：" + content.number(), 11, 60, height - 160);
        float y = height - 200;
        Holder holder = content.holder();
        y = row(canvas, holder.kind() == Holder.Kind.PERSON ? "持证人" : "名称", holder.name(), 60, y, width - 260);
        y = row(canvas, holder.kind() == Holder.Kind.PERSON ? "公民身份号码" : "统一社会信用代码",
                holder.identifier(), 60, y, width - 260);
        for (Map.Entry<String, String> field : content.fields().entrySet()) {
            y = row(canvas, FieldLabels.label(field.getKey()), field.getValue(), 60, y, width - 260);
        }
        y = row(canvas, "有效期限", content.validity(), 60, y, width - 260);
        canvas.qr(content.verificationUrl(), width - 170, height - 300, 110);
        canvas.text("发证机关：" + content.departmentName(), 13, width - 330, 150);
        canvas.text("发证日期：" + content.issuedOn(), 13, width - 330, 128);
        note(canvas, content, 60, 80, width - 120);
    }

    /** A label and its value, wrapped beside the label; returns the y of the next row. */
    private static float row(PdfCanvas canvas, String label, String value, float x, float y, float width)
            throws IOException {
        if (value == null || value.isBlank()) {
            return y;
        }
        float labelWidth = 90;
        canvas.colour(MUTED);
        canvas.text(label, 12, x, y);
        canvas.colour(INK);
        List<String> lines = canvas.lines(value, 12, width - labelWidth);
        float line = y;
        for (String part : lines) {
            canvas.text(part, 12, x + labelWidth, line);
            line -= 18;
        }
        return line - 8;
    }

    private static void note(PdfCanvas canvas, PdfContent content, float x, float y, float width) throws IOException {
        canvas.colour(MUTED);
        canvas.wrapped(content.verificationNote(), 9, x, y, width, 13);
        canvas.colour(INK);
    }
}
