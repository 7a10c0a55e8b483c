package org.mallcrm.adapters.http.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one reading of a date the API takes, in a body or a query: an ISO date {@code YYYY-MM-DD} and nothing else
 * (no integers, no date-times, no signed or five-digit years), between {@link #EARLIEST} and {@link #LATEST}; and
 * beside it the reading of a time of day and of an instant in a body. Blanks around the text are read past
 * ({@link String#strip}), as around an amount ({@code Decimals.parseScaled}): {@code " 2026-10-31"} is the day
 * {@code "2026-10-31"} is, as {@code " 100.50"} is the amount {@code "100.50"} is.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    /** The reason given for any date that is not one, in the contract's words. */
    public static final String REASON = "must be a date YYYY-MM-DD between " + EARLIEST + " and " + LATEST;
    /** The reason given for a time of day that is not one. */
    public static final String TIME_REASON = "must be a time HH:MM";
    /** The reason given for an instant that is not one. */
    public static final String INSTANT_REASON = "must be an instant with its offset, e.g. 2026-03-01T09:00:00+08:00";

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");

    private Dates() {
    }

    /** The date, or null when the text (blanks around it read past) is not a date in range. */
    public static LocalDate parseOrNull(String text) {
        return shaped(text, SHAPE, t -> {
            LocalDate d = LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)),
                    Integer.parseInt(t.substring(8, 10)));
            return d.isBefore(EARLIEST) || d.isAfter(LATEST) ? null : d;
        });
    }

    /**
     * The month, or null when the text (blanks around it read past) is not a month {@code YYYY-MM} whose days are
     * days the API takes (1900-01 to 2199-12): no signed or five-digit years, no {@code 2026-1}.
     */
    public static YearMonth monthOrNull(String text) {
        return shaped(text, MONTH, t -> {
            YearMonth m = YearMonth.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)));
            return m.isBefore(YearMonth.from(EARLIEST)) || m.isAfter(YearMonth.from(LATEST)) ? null : m;
        });
    }

    /** The date in {@code field}, or a 400 naming it; blank is null unless required. */
    public static LocalDate parse(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw ApiException.badParameter(field, "is required");
            }
            return null;
        }
        LocalDate d = parseOrNull(text);
        if (d == null) {
            throw ApiException.badParameter(field, refused(REASON, text));
        }
        return d;
    }

    /** A reason with the text as sent, quoted as a problem quotes a caller's value: {@code …, not '2026-02-30'}. */
    public static String refused(String reason, String text) {
        return reason + ", not " + Problems.quote(text);
    }

    /** A time of day {@code HH:MM} (or {@code HH:MM:SS}), or null when the text (blanks read past) is not one. */
    public static LocalTime timeOrNull(String text) {
        return shaped(text, TIME, LocalTime::parse);
    }

    /**
     * What {@code read} makes of the text, blanks around it read past, when it has the {@code shape}; null when it has
     * not, or is no such day, month or time ({@code read} throws a {@link DateTimeException} or answers null).
     */
    private static <T> T shaped(String text, Pattern shape, Function<String, T> read) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (!shape.matcher(t).matches()) {
            return null;
        }
        try {
            return read.apply(t);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * An ISO-8601 instant with its offset ({@code 2026-03-01T09:00:00+08:00}) whose day there is in range, or null
     * when the text (blanks read past) is not one.
     */
    public static OffsetDateTime instantOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            OffsetDateTime d = OffsetDateTime.parse(text.strip());
            return d.toLocalDate().isBefore(EARLIEST) || d.toLocalDate().isAfter(LATEST) ? null : d;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
