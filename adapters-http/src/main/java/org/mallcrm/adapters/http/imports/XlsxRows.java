package org.mallcrm.adapters.http.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.application.common.port.in.UnreadableFileException;

/**
 * The first sheet of an .xlsx workbook as rows (read by FastExcel, row by row): the first non-blank row is the
 * header; blank rows are skipped; a row is numbered by its row number in the sheet. A value beyond the header's
 * columns makes the row malformed.
 *
 * <p>FastExcel holds a cell's text whole, so a workbook is first checked from its zip directory, without inflating
 * anything: a part that inflates to more than {@link #MAX_PART} bytes, or over {@link #MAX_RATIO} times its packed size
 * (a 1 MB file of one 1 GB cell), is refused as unreadable instead of filling the memory.
 */
public final class XlsxRows implements ImportFile {

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> it;
    private final List<String> header;
    private final long size;
    private final String[] values;
    private int line;
    private String malformed;

    private XlsxRows(ReadableWorkbook workbook, Stream<Row> stream, Iterator<Row> it, List<String> header, long size) {
        this.workbook = workbook;
        this.stream = stream;
        this.it = it;
        this.header = header;
        this.size = size;
        this.values = new String[header.size()];
    }

    /** The most a part of the workbook (a sheet, the shared strings) may inflate to: 2 GiB. */
    static final long MAX_PART = 2L << 30;
    /** How many times its packed size a part of over a megabyte may inflate to (spreadsheet XML packs 5–30 times). */
    static final long MAX_RATIO = 100;

    static XlsxRows open(Path file) {
        long size = ImportFile.requireReadable(file);
        checkInflation(file);
        ReadableWorkbook wb;
        Stream<Row> stream;
        Iterator<Row> it;
        Row first;
        try {
            wb = new ReadableWorkbook(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("not a readable .xlsx workbook (" + e.getMessage() + ")", e);
        }
        try {
            Sheet sheet = wb.getFirstSheet();
            stream = sheet.openStream();
            it = stream.iterator();
            first = nextNonBlank(it);
        } catch (IOException | RuntimeException e) {
            close(wb);
            throw new UnreadableFileException("not a readable .xlsx workbook (" + e.getMessage() + ")", e);
        }
        if (first == null) {
            stream.close();
            close(wb);
            throw new UnreadableFileException("the first sheet has no header row");
        }
        List<String> header = new ArrayList<>();
        for (int i = 0; i < first.getCellCount(); i++) {
            header.add(text(first.getCell(i)).strip().toLowerCase(Locale.ROOT));
        }
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
        return new XlsxRows(wb, stream, it, List.copyOf(header), size);
    }

    /** Refuses a workbook whose zip directory declares a part too large or packed too tightly to be a sheet. */
    static void checkInflation(Path file) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                java.util.zip.ZipEntry e = entries.nextElement();
                long inflated = e.getSize();
                long packed = e.getCompressedSize();
                boolean tight = inflated > 1 << 20 && packed >= 0 && inflated > MAX_RATIO * Math.max(1, packed);
                if (inflated > MAX_PART || tight) {
                    throw new UnreadableFileException("not a readable .xlsx workbook: its part " + Problems.quote(
                            e.getName()) + " inflates to " + inflated + " bytes from " + packed + ", more than a "
                            + "sheet does (save the sheet again, or as CSV)");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFileException u) {
                throw u;
            }
            throw new UnreadableFileException("not a readable .xlsx workbook (it is not a zip archive)", e);
        }
    }

    private static Row nextNonBlank(Iterator<Row> it) {
        while (it.hasNext()) {
            Row r = it.next();
            for (int i = 0; i < r.getCellCount(); i++) {
                if (!text(r.getCell(i)).isBlank()) {
                    return r;
                }
            }
        }
        return null;
    }

    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        String raw = c.getRawValue();
        return raw == null ? "" : raw;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean next() {
        Row r;
        try {
            r = nextNonBlank(it);
        } catch (RuntimeException e) {
            throw new UnreadableFileException("not a readable .xlsx workbook after row " + line + " ("
                    + e.getMessage() + ")", e);
        }
        if (r == null) {
            return false;
        }
        line = r.getRowNum();
        malformed = null;
        for (int i = header.size(); i < r.getCellCount(); i++) {
            if (!text(r.getCell(i)).isBlank()) {
                malformed = "a value in column " + (i + 1) + ", beyond the header's " + header.size() + " columns";
                break;
            }
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = malformed == null && i < r.getCellCount() ? text(r.getCell(i)) : "";
        }
        return true;
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public String malformed() {
        return malformed;
    }

    @Override
    public String value(int index) {
        return values[index];
    }

    @Override
    public long position() {
        return -1;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() {
        stream.close();
        close(workbook);
    }

    private static void close(ReadableWorkbook wb) {
        try {
            wb.close();
        } catch (IOException ignored) {
            // reading is over
        }
    }
}
