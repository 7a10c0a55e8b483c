package org.mallcrm.application.common.port.in;

import java.util.List;

/**
 * Why a row of an import file was refused: where (line, column), what was there, and the reason. The reason is
 * English, for the CLI, the API and logs; {@code code} names the kind of problem for machines and pages (which word
 * it in their own language), with {@code args} the parts of the reason a sentence needs (another line's number, the
 * stall overlapped …). A problem nobody has coded yet is {@link #INVALID}: the value was refused for the reason given.
 */
public record RowError(int line, String column, String value, String reason, String code, List<String> args)
        implements Comparable<RowError> {

    /** The value was refused; only the (English) reason says why. */
    public static final String INVALID = "invalid";
    /** A required cell is empty. */
    public static final String MISSING_VALUE = "missing-value";
    /** The value does not parse as its column's kind (number, date, outline …); the reason says how. */
    public static final String BAD_VALUE = "bad-value";
    /** The header names a column the file kind does not have; args: the columns it has. */
    public static final String UNKNOWN_COLUMN = "unknown-column";
    /** The header names a column twice. */
    public static final String DUPLICATE_COLUMN = "duplicate-column";
    /** A required column is not in the header. */
    public static final String MISSING_COLUMN = "missing-column";
    /** The line cannot be read as a row (quotes, cell count …). */
    public static final String MALFORMED_LINE = "malformed-line";
    /** The row's key is on another line of the file too; args: that line. */
    public static final String DUPLICATE_IN_FILE = "duplicate-in-file";
    /** The row's key is stored with other values and the import does not update; args: the columns that differ. */
    public static final String EXISTS_DIFFERENT = "exists-different";
    /** The phone is another buyer's in this mall; args: that buyer's id. */
    public static final String PHONE_TAKEN = "phone-taken";
    /** A channel code that names another stored trip; args: that trip's number. */
    public static final String CODE_TAKEN = "code-taken";
    /** A date that may not be later than the day of the import is; args: that day (ISO). */
    public static final String FUTURE_DATE = "future-date";
    /** The row names something the mall does not have (a lease, a channel …); args: what. */
    public static final String NOT_FOUND = "not-found";

    public RowError {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a row error needs its code");
        }
        args = List.copyOf(args);
    }

    /** A problem without a code of its own ({@link #INVALID}). */
    public RowError(int line, String column, String value, String reason) {
        this(line, column, value, reason, INVALID, List.of());
    }

    @Override
    public int compareTo(RowError o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : column.compareTo(o.column);
    }
}
