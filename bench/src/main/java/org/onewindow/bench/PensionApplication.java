package org.onewindow.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a citizen types into the form of {@code pension-approval} (退休人员基本养老金核定): the
 * benchmark's item, chosen because its form has 13 fields with show-if conditions, a repeating
 * group and three fields prefilled from the population registry, and a PDF material
 * ({@code special_job_proof}) that only some applicants need.
 *
 * <p>Typed: retirement date, employer, retirement type, two rows of work history (from, to,
 * employer, position). Prefilled and locked: name, identity number, mobile. An applicant retiring
 * from a special job also types the years worked in it and uploads the proof, a 200 KB PDF: one
 * submission in ten.
 */
final class PensionApplication {

    static final String ITEM = "pension-approval";
    static final String MATERIAL = "special_job_proof";
    /** The attachment field whose material is {@link #MATERIAL}. */
    static final String ATTACHMENT_FIELD = "specialJobFile";
    static final int PDF_BYTES = 200 * 1024;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String[] EMPLOYERS = {"福州第一纺织厂", "福建省建工集团有限公司", "福州市鼓楼区第二小学",
        "马尾造船厂", "福州闽江化工有限公司"};
    private static final String[] POSITIONS = {"车间工人", "技术员", "教师", "焊工", "班组长"};

    private final String retirementDate;
    private final String firstFrom;
    private final String firstTo;
    private final String secondFrom;
    private final String secondTo;
    private final String firstEmployer;
    private final String secondEmployer;
    private final String firstPosition;
    private final String secondPosition;
    private final boolean specialJob;
    private final long number;

    private PensionApplication(int applicant, long submission, boolean specialJob) {
        this.number = submission;
        Random random = new Random(applicant * 1_000_003L + submission);
        LocalDate today = LocalDate.now(CHINA);
        LocalDate retirement = today.minusDays(1 + random.nextInt(300));
        LocalDate start = LocalDate.of(1985 + random.nextInt(8), 1 + random.nextInt(12), 1);
        LocalDate change = start.plusYears(8 + random.nextInt(10));
        this.retirementDate = retirement.toString();
        this.firstFrom = start.toString();
        this.firstTo = change.minusDays(1).toString();
        this.secondFrom = change.toString();
        this.secondTo = retirement.minusDays(1).toString();
        this.firstEmployer = EMPLOYERS[random.nextInt(EMPLOYERS.length)];
        this.secondEmployer = EMPLOYERS[random.nextInt(EMPLOYERS.length)];
        this.firstPosition = POSITIONS[random.nextInt(POSITIONS.length)];
        this.secondPosition = POSITIONS[random.nextInt(POSITIONS.length)];
        this.specialJob = specialJob;
    }

    /** The form of one submission; every tenth carries the special-job proof. */
    static PensionApplication of(int applicant, long submission) {
        return new PensionApplication(applicant, submission, submission % 10 == 9);
    }

    /** The submission's number in this run, unique: the client's Idempotency-Key is made of it. */
    long number() {
        return number;
    }

    boolean withAttachment() {
        return specialJob;
    }

    /** The typed values as the applications API's {@code PUT …/values} takes them. */
    String json() {
        return "{\"retirementDate\":\"" + retirementDate + "\",\"employerName\":\"" + secondEmployer + "\","
                + "\"retirementType\":\"" + (specialJob ? "special_job\",\"specialJobYears\":12" : "normal\"") + ","
                + "\"workHistory\":["
                + row(firstFrom, firstTo, firstEmployer, firstPosition) + ","
                + row(secondFrom, secondTo, secondEmployer, secondPosition) + "]}";
    }

    /** The whole application as {@code POST /api/applications} takes it: the item and the typed values. */
    String application() {
        return "{\"kind\":\"item\",\"code\":\"" + ITEM + "\",\"values\":" + json() + "}";
    }

    /** The typed values as the draft page posts them (name, value, …). */
    List<String> formFields() {
        List<String> fields = new ArrayList<>(List.of("retirementDate", retirementDate, "employerName", secondEmployer,
                "retirementType", specialJob ? "special_job" : "normal"));
        if (specialJob) {
            fields.addAll(List.of("specialJobYears", "12"));
        }
        addRow(fields, 0, firstFrom, firstTo, firstEmployer, firstPosition);
        addRow(fields, 1, secondFrom, secondTo, secondEmployer, secondPosition);
        return fields;
    }

    private static String row(String from, String to, String employer, String position) {
        return "{\"fromDate\":\"" + from + "\",\"toDate\":\"" + to + "\",\"employer\":\"" + employer
                + "\",\"position\":\"" + position + "\"}";
    }

    private static void addRow(List<String> fields, int i, String from, String to, String employer, String position) {
        String prefix = "workHistory[" + i + "].";
        fields.addAll(List.of(prefix + "fromDate", from, prefix + "toDate", to, prefix + "employer", employer,
                prefix + "position", position));
    }

    /** A well-formed PDF of exactly {@link #PDF_BYTES} bytes: one page and a filler stream. */
    static byte[] pdf() {
        String head = "%%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                + "4 0 obj << /Length %010d >>\nstream\n";
        String tail = "\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        int fixed = head.formatted(0).length() + tail.length();
        int length = PDF_BYTES - fixed;
        byte[] filler = new byte[length];
        new Random(42).nextBytes(filler);
        byte[] pdf = new byte[PDF_BYTES];
        byte[] start = head.formatted(length).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, pdf, 0, start.length);
        System.arraycopy(filler, 0, pdf, start.length, length);
        byte[] end = tail.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(end, 0, pdf, start.length + length, end.length);
        return pdf;
    }
}
