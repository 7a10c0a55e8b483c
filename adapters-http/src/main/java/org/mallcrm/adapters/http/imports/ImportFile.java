package org.mallcrm.adapters.http.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.common.port.in.UnreadableFileException;

/**
 * An import file opened for reading as a stream of rows: UTF-8 CSV ({@link CsvRowStream}) or the first sheet of an
 * .xlsx workbook ({@link XlsxRows}). A missing or unreadable file is an {@link InputFileException} here (exit 66 on the command line); everything wrong inside the file
 * is reported through the {@link RowStream} (a malformed row, or an {@link UnreadableFileException}) for the import
 * use case to decide on.
 */
public interface ImportFile extends RowStream, AutoCloseable {

    /**
     * The longest value a cell may hold, in characters: more than any column takes (an outline in WKT, the longest,
     * is held to 200,000). A longer value makes its row malformed and is not kept in memory.
     */
    int MAX_VALUE = 1 << 20;
    /** The most fields a row may have (the widest import has a dozen columns); more are counted, not kept. */
    int MAX_COLUMNS = 1000;

    /** Bytes read so far (for progress), or -1 when unknown. */
    long position();

    /** The file's size in bytes. */
    long size();

    @Override
    void close();

    /**
     * Opens a file by its name: {@code .xlsx} is a workbook, anything else CSV.
     *
     * @throws InputFileException when the file is missing or cannot be opened
     * @throws UnreadableFileException when it is empty, has no header or cannot be read as its kind
     */
    static ImportFile open(Path file) {
        return open(file, file.getFileName().toString());
    }

    /**
     * Opens a file whose name as its user knows it is {@code name} (an upload kept under another name): a name ending
     * in {@code .xlsx} is a workbook, anything else CSV.
     */
    static ImportFile open(Path file, String name) {
        requireReadable(file);
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XlsxRows.open(file) : CsvRowStream.open(file);
    }

    /** An {@link InputFileException} unless {@code file} is a readable regular file; an empty one is unreadable as data. */
    static long requireReadable(Path file) {
        return requireReadable(file, "a header row");
    }

    /** {@link #requireReadable(Path)} for a file whose first content is {@code expected} ("a header row"). */
    static long requireReadable(Path file, String expected) {
        if (!Files.exists(file)) {
            throw new InputFileException("input file not found: " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InputFileException("input file is not a readable file: " + file);
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableFileException("the file is empty: expected " + expected);
            }
            return size;
        } catch (IOException e) {
            throw new InputFileException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
