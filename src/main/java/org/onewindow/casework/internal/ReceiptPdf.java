package org.onewindow.casework.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.onewindow.casework.internal.CaseRecords.CaseRecord;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.identity.Department;
import org.onewindow.shared.ChinaTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The receipt (受理回执) as a PDF with the Chinese font from Debian's fonts-wqy-microhei. */
@Component
class ReceiptPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ChinaTime.ZONE);

    private final Path fontFile;

    ReceiptPdf(@Value("${onewindow.pdf.font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") Path fontFile) {
        this.fontFile = fontFile;
    }

    byte[] render(CaseRecord record, String itemName, Department department, ServiceItem item) {
        if (!Files.isReadable(fontFile)) {
            throw new IllegalStateException("The Chinese PDF font is missing: install Debian's fonts-wqy-microhei ("
                    + fontFile + ")");
        }
        try (PDDocument document = new PDDocument();
                TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile())) {
            TrueTypeFont ttf = collection.getFontByName("WenQuanYiMicroHei");
            PDType0Font font = PDType0Font.load(document, ttf, true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                float y = 770;
                y = line(text, font, 20, 70, y, "一窗通办 · 申请受理回执");
                y -= 10;
                y = line(text, font, 12, 70, y, "回执编号：" + record.receiptNumber());
                y = line(text, font, 12, 70, y, "申请事项：" + itemName);
                y = line(text, font, 12, 70, y, "申请人：" + record.applicantName()
                        + (record.businessName() == null ? "" : "（代表 " + record.businessName() + "）"));
                y = line(text, font, 12, 70, y, "提交时间：" + WHEN.format(record.submittedAt()));
                y = line(text, font, 12, 70, y, "受理部门：" + (department == null ? "待分派" : department.name()));
                if (item != null) {
                    y = line(text, font, 12, 70, y, "承诺办结时限：" + limit(item.promisedLimit()) + "（法定 "
                            + limit(item.statutoryLimit()) + "）");
                }
                y -= 10;
                y = line(text, font, 10, 70, y, "您的申请已提交，受理部门将在 5 个工作日内作出受理、不予受理或一次性告知补正的决定。");
                line(text, font, 10, 70, y, "可登录一窗通办“我的申请”随时查询办理进度。咨询投诉请拨打 12345。");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The receipt could not be rendered", e);
        }
    }

    private static String limit(org.onewindow.catalog.TimeLimit limit) {
        if (limit.value() == 0) {
            return "即办";
        }
        return limit.value() + (limit.unit() == org.onewindow.catalog.TimeLimit.Unit.CALENDAR_DAYS ? " 日（自然日）" : " 个工作日");
    }

    private static float line(PDPageContentStream text, PDType0Font font, float size, float x, float y, String content)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(x, y);
        text.showText(content);
        text.endText();
        return y - size * 1.9f;
    }
}
