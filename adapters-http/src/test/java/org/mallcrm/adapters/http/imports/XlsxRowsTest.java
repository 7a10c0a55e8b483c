package org.mallcrm.adapters.http.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.application.common.port.in.UnreadableFileException;

/** The .xlsx reader of every import: a workbook packed like a zip bomb is refused before anything is inflated. */
class XlsxRowsTest {

    @TempDir
    Path dir;

    /** A minimal workbook whose one sheet holds a header cell of {@code cell} characters and one data row. */
    private Path workbook(int cell) throws IOException {
        Path f = dir.resolve("w" + cell + ".xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"/>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships\"><sheets><sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            OutputStream out = zip;
            out.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                    + "2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>stall_no")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] a = new byte[1 << 16];
            java.util.Arrays.fill(a, (byte) 'A');
            for (int left = cell; left > 0; left -= a.length) {
                out.write(a, 0, Math.min(left, a.length));
            }
            out.write(("</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>1F-A-001</t></is></c></row>"
                    + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return f;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void a_workbook_whose_sheet_inflates_far_beyond_its_packed_size_is_refused_unread() throws IOException {
        // 8 MB of one letter packs to a few kilobytes: the shape of a 1 MB file that inflates to a 1 GB cell
        Path bomb = workbook(8 << 20);

        assertThatThrownBy(() -> ImportFile.open(bomb)).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("not a readable .xlsx workbook: its part 'xl/worksheets/sheet1.xml' inflates "
                        + "to ");
    }

    @Test
    void an_ordinary_workbook_reads() throws IOException {
        try (ImportFile rows = ImportFile.open(workbook(0))) {
            assertThat(rows.header()).containsExactly("stall_no");
            assertThat(rows.next()).isTrue();
            assertThat(rows.value(0)).isEqualTo("1F-A-001");
        }
    }

    @Test
    void a_file_named_xlsx_that_is_not_a_zip_is_unreadable_without_the_libraries_words() throws IOException {
        Path f = dir.resolve("text.xlsx");
        Files.writeString(f, "stall_no\n1F-A-001\n");

        assertThatThrownBy(() -> ImportFile.open(f)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("not a readable .xlsx workbook (it is not a zip archive)");
    }
}
