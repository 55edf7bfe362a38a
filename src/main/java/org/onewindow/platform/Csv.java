package org.onewindow.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV files that Excel opens correctly: UTF-8 with a byte order mark (without it, Excel
 * reads Chinese text as GBK), CRLF line ends and RFC 4180 quoting. A text cell that a spreadsheet
 * would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return
 * first) is prefixed with an apostrophe (OWASP "CSV injection"); numbers such as {@code -3} or
 * {@code 66.67%} are left as they are.
 */
public final class Csv {

    /** The media type to answer with. */
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?%?");

    private Csv() {
    }

    /** The rows as a file: BOM, then each row's cells quoted where needed, CRLF after every row. */
    public static byte[] utf8WithBom(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(cell(row.get(i)));
            }
            text.append("\r\n");
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(body, 0, file, BOM.length, body.length);
        return file;
    }

    /** One cell: empty for {@code null}, guarded against formulas, quoted if it holds a comma, quote or line end. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = value;
        char first = value.charAt(0);
        if ((first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
                && !NUMBER.matcher(value).matches()) {
            safe = "'" + value;
        }
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || !safe.equals(safe.strip());
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
