package org.mallcrm.application.common.port.in;

import java.util.Iterator;
import java.util.List;

/**
 * The rows of an import file as its reader finds them, one at a time, so that a file of any size is read in constant
 * memory. The values of the current row are valid until {@link #next()} is called again.
 *
 * <p>A reader reports what is wrong with the file's structure and leaves judging the values to the use case: a row
 * that cannot be read as the header's columns (another number of fields) is still a row, with {@link #malformed()}
 * saying why; a problem of the whole file (bytes that are not UTF-8, broken CSV quoting, a workbook that cannot be
 * opened) ends the reading with an {@link UnreadableFileException} thrown by {@link #next()} (or by whatever opened
 * the file). Every import use case takes its rows this way, so that it alone decides that nothing is written when
 * any of it is wrong, whoever read the file (the command line, a web upload).
 */
public interface RowStream {

    /** The column names, in file order. */
    List<String> header();

    /**
     * Moves to the next row; false at the end.
     *
     * @throws UnreadableFileException when the file cannot be read on (its line says where)
     */
    boolean next();

    /** The current row's line in the file (the header is line 1; a row spanning lines is numbered by its first). */
    int line();

    /** Why the current row cannot be read as columns (e.g. another number of fields than the header), or null. */
    String malformed();

    /** The raw text of the current row's column at {@code index} in the header. */
    String value(int index);

    /** Rows already read (each well formed), as a stream. */
    static RowStream of(List<String> header, List<ImportRow> rows) {
        List<String> columns = List.copyOf(header);
        Iterator<ImportRow> it = rows.iterator();
        return new RowStream() {
            private ImportRow current;

            @Override
            public List<String> header() {
                return columns;
            }

            @Override
            public boolean next() {
                current = it.hasNext() ? it.next() : null;
                return current != null;
            }

            @Override
            public int line() {
                return current.line();
            }

            @Override
            public String malformed() {
                return null;
            }

            @Override
            public String value(int index) {
                String v = current.values().get(columns.get(index));
                return v == null ? "" : v;
            }
        };
    }

    /**
     * Rows made in memory (a generator's, the demo's), each an array of raw values in the header's order; the i-th
     * row (from 0) stands on line i + 2, as below a header.
     */
    static RowStream ofArrays(List<String> header, List<String[]> rows) {
        List<String> columns = List.copyOf(header);
        return new RowStream() {
            private int i = -1;

            @Override
            public List<String> header() {
                return columns;
            }

            @Override
            public boolean next() {
                return ++i < rows.size();
            }

            @Override
            public int line() {
                return i + 2;
            }

            @Override
            public String malformed() {
                return null;
            }

            @Override
            public String value(int index) {
                return rows.get(i)[index];
            }
        };
    }
}
