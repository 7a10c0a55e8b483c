package org.mallcrm.application.common.service;

import java.util.List;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.RowError;

/**
 * Reading one import row's cells, the same way for every kind of file: a required cell that is empty is a
 * {@link RowError#MISSING_VALUE}, a cell its parser refuses a {@link RowError#BAD_VALUE} with the parser's reason, so
 * that pages can word each problem in their own language.
 */
public final class ImportCells {

    /** Reads a cell's text as its kind; throws {@link IllegalArgumentException} with the reason when it cannot. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String value);
    }

    /**
     * A parser's refusal that knows its kind of problem: a {@link RowError} code other than {@link RowError#BAD_VALUE}
     * and the parts of the reason a page's sentence needs, so that no page words it as a badly written value.
     */
    public static final class CodedRefusal extends IllegalArgumentException {

        private final String code;
        private final List<String> args;

        public CodedRefusal(String code, List<String> args, String reason) {
            super(reason);
            this.code = code;
            this.args = List.copyOf(args);
        }

        public String code() {
            return code;
        }

        public List<String> args() {
            return args;
        }
    }

    private ImportCells() {
    }

    /** A date after {@code today} where only today or earlier is allowed: {@link RowError#FUTURE_DATE}. */
    public static CodedRefusal futureDate(java.time.LocalDate today) {
        return new CodedRefusal(RowError.FUTURE_DATE, List.of(today.toString()),
                "is in the future (today is " + today + ")");
    }

    /** The cell read by {@code parser}; null, with an error added, when it is empty or refused. */
    public static <T> T required(ImportRow row, String column, List<RowError> errors, Parser<T> parser) {
        if (row.get(column).isEmpty()) {
            errors.add(missing(row.line(), column));
            return null;
        }
        return optional(row, column, errors, parser);
    }

    /** The cell read by {@code parser}; null when it is empty, or (with an error added) when it is refused. */
    public static <T> T optional(ImportRow row, String column, List<RowError> errors, Parser<T> parser) {
        String raw = row.get(column);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return parser.parse(raw);
        } catch (CodedRefusal e) {
            errors.add(new RowError(row.line(), column, raw, e.getMessage(), e.code(), e.args()));
            return null;
        } catch (IllegalArgumentException e) {
            errors.add(badValue(row.line(), column, raw, e.getMessage()));
            return null;
        }
    }

    /** A required cell left empty. */
    public static RowError missing(int line, String column) {
        return new RowError(line, column, "", "required value is missing", RowError.MISSING_VALUE, List.of());
    }

    /** A cell that does not read as its kind, and why. */
    public static RowError badValue(int line, String column, String raw, String reason) {
        return new RowError(line, column, raw, reason, RowError.BAD_VALUE, List.of());
    }

    /** A cell a row reader refused, with the reader's reason: a {@link RowError#MISSING_VALUE} when it was empty. */
    public static RowError refused(int line, String column, String value, String reason, boolean missing) {
        return new RowError(line, column, value, reason, missing ? RowError.MISSING_VALUE : RowError.BAD_VALUE,
                List.of());
    }

    /** The row's key {@code value} in {@code column} was on {@code earlierLine} already ({@code what}: "stall number"). */
    public static RowError duplicateInFile(int line, String column, String value, String what, int earlierLine) {
        return new RowError(line, column, value, what + " also on line " + earlierLine, RowError.DUPLICATE_IN_FILE,
                List.of(String.valueOf(earlierLine)));
    }

    /** The row's key is stored with other values ({@code what}: "stall"; {@code differences}: which). */
    public static RowError existsDifferent(int line, String column, String value, String what, String differences) {
        return new RowError(line, column, value, what + " exists with different values (" + differences
                + "); use --update to change it", RowError.EXISTS_DIFFERENT, List.of(differences));
    }
}
