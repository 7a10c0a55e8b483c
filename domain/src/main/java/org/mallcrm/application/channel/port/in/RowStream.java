package org.mallcrm.application.channel.port.in;

import java.util.List;

/**
 * The rows of a big import file, one at a time, so that a file of any size is read in constant memory. The
 * values of the current row are valid until {@link #next()} is called again.
 */
public interface RowStream {

    /** The column names, in file order. */
    List<String> header();

    /** Moves to the next row; false at the end. */
    boolean next();

    /** The current row's line in the file (the header is line 1). */
    int line();

    /** Why the current row cannot be read as columns (e.g. another number of fields than the header), or null. */
    String malformed();

    /** The raw text of the current row's column at {@code index} in the header. */
    String value(int index);
}
