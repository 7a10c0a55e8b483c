package org.mallcrm.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * A long list printed as CSV is the text Commons CSV writes for it, cell for cell, whether or not a record takes the
 * printer's way: records of plain cells are written straight, the others (a comma, a quote, a line break, a leading
 * or trailing blank, an empty cell, a leading #) through the printer.
 */
class OutputCsvTest {

    private static final List<String> FIELDS = List.of("a", "b", "c", "d");
    /** Characters a cell is made of: plain ones, and every one the printer may quote for, at any place. */
    private static final String CHARS = "aZ09-._:+/#!\"', \t\n\r\u3000王芳；\u0001";

    @Test
    void a_long_list_is_printed_as_the_csv_printer_prints_it() throws IOException {
        Random random = new Random(20261207);
        List<String[]> rows = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            String[] row = new String[FIELDS.size()];
            for (int i = 0; i < row.length; i++) {
                // mostly plain cells, so that whole records take the straight way too
                row[i] = random.nextInt(4) == 0 ? cell(random, CHARS) : cell(random, "abcXYZ0189-.:王芳");
            }
            if (random.nextInt(50) == 0) {
                row[random.nextInt(row.length)] = random.nextBoolean() ? null : "";
            }
            rows.add(row);
        }
        StringWriter printed = new StringWriter();
        PrintWriter out = new PrintWriter(printed);
        new Output(out, Format.CSV).list(rows, r -> r, FIELDS, FIELDS, r -> r);

        StringBuilder expected = new StringBuilder();
        CSVPrinter csv = new CSVPrinter(expected, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord(FIELDS);
        for (String[] r : rows) {
            for (String v : r) {
                csv.print(v == null ? "" : v);
            }
            csv.println();
        }
        csv.flush();
        assertThat(printed.toString()).isEqualTo(expected.toString());
        assertThat(rows.stream().filter(Output::plain).count()).as("records printed straight").isGreaterThan(1000);
        assertThat(rows.stream().filter(r -> !Output.plain(r)).count()).as("records through the printer")
                .isGreaterThan(1000);
    }

    private static String cell(Random random, String chars) {
        int length = random.nextInt(6);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(chars.charAt(random.nextInt(chars.length())));
        }
        return b.toString();
    }
}
