package org.mallcrm.adapters.http.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mallcrm.application.common.port.in.UnreadableFileException;

/**
 * A UTF-8 CSV file (RFC 4180; a BOM is tolerated; blank lines are skipped) read one row at a time into a reused
 * array of fields: the reader of every CSV import, for files of millions of rows, in constant memory and without an
 * object per row beyond its field strings. Line numbers are physical lines, the header being line 1; a row whose
 * quoted field spans lines is numbered by its first line.
 *
 * <p>A row with another number of fields than the header is malformed (the use case reports it with its line), and so
 * is a row with a value longer than {@link ImportFile#MAX_VALUE} characters: what is beyond is skipped, not held, so
 * that a file of one endless line (a 2 GB file of zero bytes) is reported, not read into memory. What makes the rest
 * of the file unreadable is an {@link UnreadableFileException} naming the exact line: a byte that is not UTF-8, a
 * quoted field that never closes, text between a closing quote and the next comma, a header row with such a value
 * or with more than {@link ImportFile#MAX_COLUMNS} fields.
 */
public final class CsvRowStream implements ImportFile {

    private final CountingInputStream counter;
    private final long size;
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private final StringBuilder field = new StringBuilder(64);
    private final List<String> header;
    private String[] values;
    private final List<String> scratch = new ArrayList<>(16);
    private int physicalLine = 1;
    private int line;
    private String malformed;
    /** The fields of the record read last (those beyond {@link ImportFile#MAX_COLUMNS} counted, not kept). */
    private long fields;
    /** Whether a value of the record read last was longer than {@link ImportFile#MAX_VALUE} (and cut). */
    private boolean overlong;

    private CsvRowStream(CountingInputStream counter, Reader in, long size) {
        this.counter = counter;
        this.in = in;
        this.size = size;
        boolean any;
        try {
            any = readRecord();
        } catch (IOException e) {
            throw bad(e);
        }
        if (!any) {
            throw new UnreadableFileException("the file has no header row");
        }
        if (overlong) {
            throw new UnreadableFileException("not valid CSV: the header row on line " + line + " has a value longer "
                    + "than " + ImportFile.MAX_VALUE + " characters");
        }
        if (fields > ImportFile.MAX_COLUMNS) {
            throw new UnreadableFileException("not valid CSV: the header row on line " + line + " has " + fields
                    + " fields, more than the " + ImportFile.MAX_COLUMNS + " a file may have");
        }
        List<String> h = new ArrayList<>();
        for (String s : scratch) {
            h.add(s.strip().toLowerCase(Locale.ROOT));
        }
        header = List.copyOf(h);
        values = new String[header.size()];
    }

    /**
     * Opens a CSV file.
     *
     * @throws InputFileException when it is missing or cannot be opened
     * @throws UnreadableFileException when it is empty, has no header row, or its header cannot be read
     */
    public static CsvRowStream open(Path file) {
        long size = ImportFile.requireReadable(file);
        InputStream raw = null;
        try {
            CountingInputStream counter = new CountingInputStream(Files.newInputStream(file));
            raw = new BufferedInputStream(counter, 1 << 16);
            raw.mark(3);
            byte[] bom = raw.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                raw.reset();
            }
            return new CsvRowStream(counter, new Utf8Reader(raw), size);
        } catch (IOException e) {
            closeQuietly(raw);
            throw new InputFileException("cannot read " + file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(raw);
            throw e;
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // failing anyway
            }
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean next() {
        try {
            if (!readRecord()) {
                return false;
            }
        } catch (IOException e) {
            throw bad(e);
        }
        if (overlong || fields != header.size()) {
            malformed = overlong ? "a value is longer than " + ImportFile.MAX_VALUE + " characters, more than any "
                    + "column takes" : "expected " + header.size() + " fields as in the header, found " + fields;
            java.util.Arrays.fill(values, "");
        } else {
            malformed = null;
            for (int i = 0; i < values.length; i++) {
                values[i] = scratch.get(i);
            }
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
        return counter.count();
    }

    @Override
    public long size() {
        return size;
    }

    private RuntimeException bad(IOException e) {
        if (e instanceof CharacterCodingException) {
            return new UnreadableFileException("not valid UTF-8: a byte on line " + physicalLine
                    + " is not part of a UTF-8 character (save the file as UTF-8)", e);
        }
        return new InputFileException("cannot read the file on line " + physicalLine + ": "
                + e.getMessage());
    }

    private int read() throws IOException {
        if (pos == len) {
            if (eof) {
                return -1;
            }
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                eof = true;
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    private void unread() {
        pos--;
    }

    /** Reads the next non-blank record's fields into {@link #scratch}; false at the end of the file. */
    private boolean readRecord() throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                return false;
            }
            if (c == '\n') {
                physicalLine++;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            unread();
            break;
        }
        scratch.clear();
        fields = 0;
        overlong = false;
        line = physicalLine;
        while (true) {
            field.setLength(0);
            int c = read();
            if (c == '"') {
                int opened = physicalLine;
                while (true) {
                    c = read();
                    if (c == -1) {
                        throw new UnreadableFileException("not valid CSV: the quoted field opened on line " + line
                                + " never closes");
                    }
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            append('"');
                            continue;
                        }
                        if (d != -1) {
                            unread();
                        }
                        break;
                    }
                    if (c == '\n') {
                        physicalLine++;
                    }
                    append(c);
                }
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    throw new UnreadableFileException("not valid CSV: on line " + physicalLine + " a quoted field "
                            + (opened == physicalLine ? "" : "opened on line " + opened + " ")
                            + "is followed by text before the next comma (a quote inside a quoted field is written "
                            + "\"\")");
                }
            } else if (c != -1) {
                // the usual case: an unquoted field, cut straight out of the buffer when it lies within it
                int start = pos - 1;
                int i = start;
                while (i < len) {
                    char ch = buf[i];
                    if (ch == ',' || ch == '\n' || ch == '\r') {
                        break;
                    }
                    i++;
                }
                if (i < len) {
                    addField(new String(buf, start, i - start));
                    pos = i + 1;
                    c = buf[i];
                    if (c == ',') {
                        continue;
                    }
                    endOfRecord(c);
                    return true;
                }
                while (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    append(c);
                    c = read();
                }
            }
            addField(field.toString());
            if (c == ',') {
                continue;
            }
            endOfRecord(c);
            return true;
        }
    }

    /** One more character of the field being read; beyond {@link ImportFile#MAX_VALUE} it is skipped. */
    private void append(int c) {
        if (field.length() < ImportFile.MAX_VALUE) {
            field.append((char) c);
        } else {
            overlong = true;
        }
    }

    /** One more field of the record; beyond {@link ImportFile#MAX_COLUMNS} it is counted, not kept. */
    private void addField(String value) {
        fields++;
        if (scratch.size() < ImportFile.MAX_COLUMNS) {
            scratch.add(value);
        }
    }

    /** After the last field of a record: a CR may be followed by LF; counts the line. */
    private void endOfRecord(int c) throws IOException {
        if (c == '\r') {
            int d = read();
            if (d != '\n' && d != -1) {
                unread();
            }
        }
        if (c != -1) {
            physicalLine++;
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // reading is over
        }
    }
}
