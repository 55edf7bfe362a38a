package org.onewindow.certificate.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.onewindow.certificate.Holder;
import org.onewindow.shared.ChinaTime;

/**
 * What a certificate's PDF shows.
 *
 * @param number the certificate number
 * @param code the verification code
 * @param typeName e.g. 营业执照
 * @param holder the holder, shown unmasked: the PDF is the holder's own document
 * @param fields the certificate's fields in order
 * @param validFrom the first day of validity
 * @param validUntil the last day, or {@code null} for long-term
 * @param departmentName the issuing department
 * @param issuedAt when it was issued
 * @param verificationUrl the URL the QR code carries
 * @param verifyPage the verification page, printed for people who type
 */
record PdfContent(
        String number,
        String code,
        String typeName,
        Holder holder,
        Map<String, String> fields,
        LocalDate validFrom,
        LocalDate validUntil,
        String departmentName,
        Instant issuedAt,
        String verificationUrl,
        String verifyPage) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    String validity() {
        return DAY.format(validFrom) + " 至 " + (validUntil == null ? "长期" : DAY.format(validUntil));
    }

    String issuedOn() {
        return DAY.format(issuedAt.atZone(ChinaTime.ZONE).toLocalDate());
    }

    String verificationNote() {
        return "核验方法：用手机扫描二维码，或访问 " + verifyPage + " 输入证照编号 " + number + " 和验证码 " + code
                + "；也可上传本文件核验电子签名。任何改动都会使签名失效。";
    }
}
