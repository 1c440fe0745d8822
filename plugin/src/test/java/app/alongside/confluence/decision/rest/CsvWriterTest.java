package app.alongside.confluence.decision.rest;

import org.junit.Test;

import java.io.StringWriter;
import java.util.List;

import static org.junit.Assert.assertEquals;

/** One CSV cell at a time: formula injection neutralised, RFC 4180 quoting. */
public class CsvWriterTest {

    @Test
    public void aCellStartingWithAnEqualsSignIsText() {
        assertEquals("'=1+1", CsvWriter.cell("=1+1"));
    }

    @Test
    public void aCellStartingWithAPlusSignIsText() {
        assertEquals("'+44 7700 900123", CsvWriter.cell("+44 7700 900123"));
    }

    @Test
    public void aCellStartingWithAMinusSignIsText() {
        assertEquals("'-2+3", CsvWriter.cell("-2+3"));
    }

    @Test
    public void aCellStartingWithAnAtSignIsText() {
        assertEquals("'@SUM(A1:A2)", CsvWriter.cell("@SUM(A1:A2)"));
    }

    @Test
    public void aCellStartingWithATabIsText() {
        assertEquals("'\t=1+1", CsvWriter.cell("\t=1+1"));
    }

    @Test
    public void aCellStartingWithACarriageReturnIsTextAndQuoted() {
        assertEquals("\"'\r=1+1\"", CsvWriter.cell("\r=1+1"));
    }

    @Test
    public void aFormulaWithCommasAndQuotesIsNeutralisedAndQuoted() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"",
                CsvWriter.cell("=HYPERLINK(\"http://evil.example\",\"Click\")"));
    }

    @Test
    public void formulaCharactersLaterInACellAreLeftAlone() {
        assertEquals("Pay 1=1 + travel @ cost - 5", CsvWriter.cell("Pay 1=1 + travel @ cost - 5"));
        assertEquals(" =1+1", CsvWriter.cell(" =1+1"));
    }

    @Test
    public void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"a, b\"", CsvWriter.cell("a, b"));
        assertEquals("\"say \"\"hello\"\"\"", CsvWriter.cell("say \"hello\""));
        assertEquals("\"line one\nline two\"", CsvWriter.cell("line one\nline two"));
        assertEquals("\"line one\r\nline two\"", CsvWriter.cell("line one\r\nline two"));
    }

    @Test
    public void plainTextEmptyAndNullCellsAreWrittenAsTheyAre() {
        assertEquals("Move the Tuesday session", CsvWriter.cell("Move the Tuesday session"));
        assertEquals("", CsvWriter.cell(""));
        assertEquals("", CsvWriter.cell(null));
        assertEquals("Zoë’s idea – 文字", CsvWriter.cell("Zoë’s idea – 文字"));
    }

    @Test
    public void otherControlCharactersAreDropped() {
        assertEquals("ab", CsvWriter.cell("a\u0000b"));
        assertEquals("'=1", CsvWriter.cell("\u0007=1"));
    }

    @Test
    public void recordsAreCommaSeparatedAndEndWithCrLfAfterAByteOrderMark() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);

        csv.startFile();
        csv.record(List.of("a", "=b", "c,d"));
        csv.record(List.of("", "e"));

        assertEquals("\uFEFFa,'=b,\"c,d\"\r\n,e\r\n", out.toString());
    }
}
