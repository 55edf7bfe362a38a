package org.onewindow.certificate;

import java.net.URI;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.onewindow.identity.DepartmentFunction;
import org.onewindow.platform.PersonalDataProtection;
import org.onewindow.shared.ChinaTime;
import org.onewindow.shared.CreditCode;
import org.onewindow.support.TestStaff;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issues certificates for tests and hands them back as the holder would have them: the PDF, the
 * JSON file and the verification code (read from the stored files, as a holder reads the QR code).
 */
public final class CertificateFixture {

    public static final String REGION = "350102";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An issued certificate with what the holder holds. */
    public record Issued(CertificateView view, String code, byte[] pdf, String json) {

        public String number() {
            return view.number();
        }
    }

    private final CertificateIssuing issuing;
    private final TestStaff staff;
    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;

    public CertificateFixture(CertificateIssuing issuing, TestStaff staff, JdbcClient jdbc,
            PersonalDataProtection protection) {
        this.issuing = issuing;
        this.staff = staff;
        this.jdbc = jdbc;
        this.protection = protection;
    }

    public UUID department() {
        return staff.department(DepartmentFunction.MARKET_REGULATION, REGION);
    }

    public static CreditCode randomCreditCode() {
        return CreditCode.withChecksum("91350102MA" + "%07d".formatted(RANDOM.nextInt(10_000_000)));
    }

    static Map<String, String> licenceFields(String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("companyType", "有限责任公司（自然人投资或控股）");
        fields.put("legalRepresentative", "张伟");
        fields.put("registeredCapital", "壹拾万元整");
        fields.put("establishedOn", LocalDate.now(ChinaTime.ZONE).toString());
        fields.put("businessScope", "餐饮服务；食品销售；外卖递送服务。（依法须经批准的项目，经相关部门批准后方可开展经营活动）");
        fields.put("address", "福建省福州市鼓楼区五四路 88 号");
        return fields;
    }

    /** A business licence for a new business, issued by the department. */
    public Issued businessLicence(UUID department) {
        return businessLicence(department, Holder.business(randomCreditCode(), "福州市鼓楼区榕树餐饮管理有限公司"),
                LocalDate.now(ChinaTime.ZONE), null);
    }

    public Issued businessLicence(UUID department, Holder holder, LocalDate from, LocalDate until) {
        return issue(IssueRequest.of(UUID.randomUUID(), "business_licence", holder, licenceFields(holder.name()),
                from, until, department));
    }

    Issued issue(IssueRequest request) {
        return files(issuing.issue(request));
    }

    public Issued files(CertificateView view) {
        Map<String, Object> row = jdbc.sql("select document, pdf from certificate.certificate where id = :id")
                .param("id", view.id())
                .query()
                .singleRow();
        String json = protection.decrypt("certificate.certificate.document", (String) row.get("document"));
        byte[] pdf = Base64.getDecoder()
                .decode(protection.decrypt("certificate.certificate.pdf", (String) row.get("pdf")));
        return new Issued(view, codeIn(json), pdf, json);
    }

    /** The verification code from the verification URL the JSON carries (the same URL as the QR code). */
    public static String codeIn(String json) {
        int at = json.indexOf("\"verificationUrl\":\"");
        String url = json.substring(at + 19, json.indexOf('"', at + 19));
        String query = URI.create(url).getQuery();
        for (String pair : query.split("&")) {
            if (pair.startsWith("c=")) {
                return pair.substring(2);
            }
        }
        throw new IllegalStateException("no code in " + url);
    }

    /** Forgets this JVM's verification hits, so that tests do not share the per-address budget. */
    public void forgetRateLimitHits() {
        jdbc.sql("delete from certificate.rate_limit_hit where bucket like 'verify:%'").update();
    }
}
