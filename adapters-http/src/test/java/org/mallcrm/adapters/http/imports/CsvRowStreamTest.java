package org.mallcrm.adapters.http.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.application.common.port.in.UnreadableFileException;

/** The CSV reader of every import: exact line numbers for rows and for what makes a file unreadable. */
class CsvRowStreamTest {

    @TempDir
    Path dir;

    private Path file(byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p);
        }
        Path f = Files.createTempFile(dir, "t", ".csv");
        Files.write(f, out.toByteArray());
        return f;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Every row read as "line:malformed-or-values". */
    private static List<String> rows(Path f) {
        List<String> out = new ArrayList<>();
        try (CsvRowStream in = CsvRowStream.open(f)) {
            while (in.next()) {
                if (in.malformed() != null) {
                    out.add(in.line() + ":" + in.malformed());
                } else {
                    List<String> v = new ArrayList<>();
                    for (int i = 0; i < in.header().size(); i++) {
                        v.add(in.value(i));
                    }
                    out.add(in.line() + ":" + String.join("|", v));
                }
            }
        }
        return out;
    }

    private static String readFailure(Path f) {
        try {
            rows(f);
        } catch (UnreadableFileException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the file to be unreadable");
    }

    @Test
    void rows_are_numbered_by_their_first_physical_line_and_blank_lines_count() throws IOException {
        Path f = file(utf8("a,b\n1,2\n\n\"x\ny\",3\n4\n5,6\r\n7,\"8\"\n"));

        assertThat(rows(f)).containsExactly("2:1|2", "4:x\ny|3", "6:expected 2 fields as in the header, found 1",
                "7:5|6", "8:7|8");
    }

    @Test
    void a_short_row_spanning_lines_is_numbered_by_its_first_line() throws IOException {
        Path f = file(utf8("a,b,c\n1,2,3\n\"multi\nline\",2\n4,5,6\n"));

        assertThat(rows(f)).containsExactly("2:1|2|3", "3:expected 3 fields as in the header, found 2", "5:4|5|6");
    }

    @Test
    void a_bad_byte_is_reported_on_its_own_line_early_and_deep_in_a_file() throws IOException {
        for (int badLine : new int[] {2, 5, 20, 1_000, 150_001}) {
            StringBuilder before = new StringBuilder("a,b\n");
            for (int line = 2; line < badLine; line++) {
                before.append("row-").append(line).append(",值").append(line).append('\n');
            }
            Path f = file(utf8(before.toString()), utf8("x,"), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8("\n9,9\n"));

            assertThat(readFailure(f)).as("bad byte on line " + badLine)
                    .isEqualTo("not valid UTF-8: a byte on line " + badLine
                            + " is not part of a UTF-8 character (save the file as UTF-8)");
        }
    }

    @Test
    void a_bad_byte_in_the_header_or_inside_a_quoted_field_names_that_line() throws IOException {
        assertThatThrownBy(() -> CsvRowStream.open(file(utf8("a,"), new byte[] {(byte) 0xFF}, utf8(",b\n1,2,3\n"))))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("on line 1 ");
        Path f = file(utf8("a,b\n1,\"one\ntwo\nthr"), new byte[] {(byte) 0x80}, utf8("ee\"\n"));
        assertThat(readFailure(f)).contains("on line 4 ");
    }

    @Test
    void broken_quoting_names_its_line() throws IOException {
        assertThat(readFailure(file(utf8("a,b\n1,2\n3,4\n\"5\"x,6\n")))).isEqualTo("not valid CSV: on line 4 a quoted "
                + "field is followed by text before the next comma (a quote inside a quoted field is written \"\")");
        assertThat(readFailure(file(utf8("a,b\n1,2\n3,\"4\n5,6\n7,8\n"))))
                .isEqualTo("not valid CSV: the quoted field opened on line 3 never closes");
        // a quote left open swallows lines up to the next quote: both lines are named
        assertThat(readFailure(file(utf8("a,b\n1,\"2\n3,4\n5,\"6\"\n")))).isEqualTo("not valid CSV: on line 4 a quoted "
                + "field opened on line 2 is followed by text before the next comma (a quote inside a quoted field is "
                + "written \"\")");
    }

    @Test
    void a_file_without_a_header_is_unreadable() throws IOException {
        assertThatThrownBy(() -> CsvRowStream.open(file(utf8("\n\r\n\n"))))
                .isInstanceOf(UnreadableFileException.class).hasMessage("the file has no header row");
        assertThatThrownBy(() -> CsvRowStream.open(file()))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("empty");
    }

    @Test
    void a_byte_order_mark_and_four_byte_characters_read_as_text() throws IOException {
        Path f = file(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("a,b\n𠀀,x\n"));

        assertThat(rows(f)).containsExactly("2:𠀀|x");
    }

    @Test
    void a_value_longer_than_any_column_takes_makes_its_row_malformed_and_the_rest_is_read() throws IOException {
        String endless = "x".repeat(ImportFile.MAX_VALUE + 1);
        String quotes = "\"" + "\"\"".repeat(ImportFile.MAX_VALUE + 1) + "\"";
        Path f = file(utf8("a,b\n1,2\n" + endless + ",3\n4," + quotes + "\n" + "y".repeat(ImportFile.MAX_VALUE)
                + ",5\n6,7\n"));

        List<String> rows = rows(f);
        String overlong = "a value is longer than " + ImportFile.MAX_VALUE + " characters, more than any column takes";
        assertThat(rows).hasSize(5);
        assertThat(rows.subList(0, 3)).containsExactly("2:1|2", "3:" + overlong, "4:" + overlong);
        assertThat(rows.get(3)).startsWith("5:yyy").endsWith("|5").hasSize(2 + ImportFile.MAX_VALUE + 2);
        assertThat(rows.get(4)).isEqualTo("6:6|7");
    }

    @Test
    void a_row_of_more_fields_than_a_file_may_have_is_counted_not_kept() throws IOException {
        Path f = file(utf8("a,b\n" + ",".repeat(ImportFile.MAX_COLUMNS * 3) + "\n1,2\n"));

        assertThat(rows(f)).containsExactly("2:expected 2 fields as in the header, found "
                + (ImportFile.MAX_COLUMNS * 3 + 1), "3:1|2");
    }

    @Test
    void a_header_of_one_endless_value_or_too_many_fields_is_unreadable() throws IOException {
        // a sparse file of zero bytes is one line of one value: reported, not read into memory
        assertThat(readFailure(file(new byte[ImportFile.MAX_VALUE + 10]))).isEqualTo("not valid CSV: the header row "
                + "on line 1 has a value longer than " + ImportFile.MAX_VALUE + " characters");
        assertThat(readFailure(file(utf8("a" + ",b".repeat(ImportFile.MAX_COLUMNS) + "\n1\n"))))
                .isEqualTo("not valid CSV: the header row on line 1 has " + (ImportFile.MAX_COLUMNS + 1)
                        + " fields, more than the " + ImportFile.MAX_COLUMNS + " a file may have");
    }
}
