package org.mallcrm.cli.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.ExitCodes;

/**
 * An import file read as a header and a stream of rows: UTF-8 CSV (a BOM is tolerated) parsed by Commons
 * CSV, or the first sheet of an .xlsx workbook read by FastExcel. Line numbers count the header as line 1.
 * Rows are read lazily, so a file of any size is read in constant memory.
 */
public final class TabularFile implements AutoCloseable {

    /** A row whose shape is wrong (more or fewer fields than the header); reported like a bad value. */
    public record Malformed(int line, String reason) {
    }

    private final List<String> header;
    private final Iterator<Object> rows;
    private final AutoCloseable closer;
    private final CountingInputStream counter;
    private final long size;

    private TabularFile(List<String> header, Iterator<Object> rows, AutoCloseable closer,
            CountingInputStream counter, long size) {
        this.header = header;
        this.rows = rows;
        this.closer = closer;
        this.counter = counter;
        this.size = size;
    }

    /**
     * Opens a file; a missing or unreadable file is exit 66, an empty file or one without a header exit 65.
     */
    public static TabularFile open(Path file) {
        if (!Files.exists(file)) {
            throw new CliException(ExitCodes.NO_INPUT, "input file not found: " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CliException(ExitCodes.NO_INPUT, "input file is not a readable file: " + file);
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new CliException(ExitCodes.DATA_ERROR, file + " is empty: expected a header row");
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".xlsx") ? openXlsx(file, size) : openCsv(file, size);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.NO_INPUT, "input file not found: " + file);
        } catch (IOException e) {
            throw new CliException(ExitCodes.NO_INPUT, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static TabularFile openCsv(Path file, long size) throws IOException {
        CountingInputStream counter = new CountingInputStream(Files.newInputStream(file));
        InputStream in = new BufferedInputStream(counter, 1 << 16);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16);
        CSVParser parser = CSVFormat.RFC4180.builder()
                .setIgnoreEmptyLines(true)
                .get()
                .parse(reader);
        Iterator<CSVRecord> records = parser.iterator();
        List<String> header;
        try {
            if (!records.hasNext()) {
                parser.close();
                throw new CliException(ExitCodes.DATA_ERROR, file + " has no header row");
            }
            header = new ArrayList<>();
            for (String h : records.next()) {
                header.add(h.strip().toLowerCase(Locale.ROOT));
            }
        } catch (UncheckedIOException e) {
            parser.close();
            throw badCsv(file, e, 1);
        }
        List<String> cols = header;
        Iterator<Object> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw badCsv(file, e, parser.getCurrentLineNumber() + 1);
                }
            }

            @Override
            public Object next() {
                CSVRecord r;
                try {
                    r = records.next();
                } catch (UncheckedIOException e) {
                    throw badCsv(file, e, parser.getCurrentLineNumber() + 1);
                }
                int line = (int) parser.getCurrentLineNumber();
                if (r.size() != cols.size()) {
                    return new Malformed(line, "expected " + cols.size() + " fields as in the header, found "
                            + r.size());
                }
                Map<String, String> values = HashMap.newHashMap(cols.size());
                for (int i = 0; i < cols.size(); i++) {
                    values.put(cols.get(i), r.get(i));
                }
                return new ImportRow(line, values);
            }
        };
        return new TabularFile(header, rows, parser, counter, size);
    }

    private static CliException badCsv(Path file, UncheckedIOException e, long line) {
        String why = e.getCause() instanceof CharacterCodingException ? "is not valid UTF-8" : "is not valid CSV";
        return new CliException(ExitCodes.DATA_ERROR, file + " " + why + " near line " + line + ": "
                + e.getCause().getMessage());
    }

    private static TabularFile openXlsx(Path file, long size) throws IOException {
        ReadableWorkbook wb;
        try {
            wb = new ReadableWorkbook(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new CliException(ExitCodes.DATA_ERROR, file + " is not a readable .xlsx workbook: " + e.getMessage());
        }
        Sheet sheet = wb.getFirstSheet();
        Stream<Row> stream = sheet.openStream();
        Iterator<Row> it = stream.iterator();
        List<String> header = new ArrayList<>();
        if (!it.hasNext()) {
            stream.close();
            wb.close();
            throw new CliException(ExitCodes.DATA_ERROR, file + " has no header row in its first sheet");
        }
        Row first = it.next();
        for (int i = 0; i < first.getCellCount(); i++) {
            String h = text(first.getCell(i));
            header.add(h.strip().toLowerCase(Locale.ROOT));
        }
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
        List<String> cols = header;
        Iterator<Object> rows = new Iterator<>() {
            private Row pending = advance();

            private Row advance() {
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

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public Object next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                Row r = pending;
                pending = advance();
                for (int i = cols.size(); i < r.getCellCount(); i++) {
                    if (!text(r.getCell(i)).isBlank()) {
                        return new Malformed(r.getRowNum(), "a value in column " + (i + 1)
                                + ", beyond the header's " + cols.size() + " columns");
                    }
                }
                Map<String, String> values = HashMap.newHashMap(cols.size());
                for (int i = 0; i < cols.size(); i++) {
                    values.put(cols.get(i), i < r.getCellCount() ? text(r.getCell(i)) : "");
                }
                return new ImportRow(r.getRowNum(), values);
            }
        };
        return new TabularFile(header, rows, () -> {
            stream.close();
            wb.close();
        }, null, size);
    }

    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        String raw = c.getRawValue();
        return raw == null ? "" : raw;
    }

    public List<String> header() {
        return header;
    }

    /** Each next row: an {@link ImportRow}, or a {@link Malformed} row. */
    public Iterator<Object> rows() {
        return rows;
    }

    /** Bytes read so far (CSV), for progress; -1 when unknown. */
    public long position() {
        return counter == null ? -1 : counter.count();
    }

    public long size() {
        return size;
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            // reading is over; nothing to save
        }
    }
}
