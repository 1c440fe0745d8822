package app.alongside.confluence.decision.rest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV that opens safely in a spreadsheet: RFC 4180 (comma separated, CRLF between records, a field quoted when it
 * holds a comma, a double quote, CR or LF, with inner quotes doubled), and no formula injection: a cell that starts
 * with {@code = + - @}, a tab or a carriage return gets a leading single quote, so Excel, LibreOffice and Google
 * Sheets show it as text instead of running it. Other control characters are dropped.
 */
public final class CsvWriter {

    /** Written first so that Excel reads the file as UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void startFile() throws IOException {
        out.write(BYTE_ORDER_MARK);
    }

    public void record(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One field, neutralised and quoted as needed. */
    public static String cell(String value) {
        String text = value == null ? "" : dropControlCharacters(value);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String dropControlCharacters(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || !Character.isISOControl(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
