package org.mallcrm.adapters.http.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The one reading of a date the API takes, in a body or a query: an ISO date {@code YYYY-MM-DD} and nothing else
 * (no integers, no date-times, no signed or five-digit years), between {@link #EARLIEST} and {@link #LATEST}.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    /** The reason given for any date that is not one, in the contract's words. */
    public static final String REASON = "must be a date YYYY-MM-DD between " + EARLIEST + " and " + LATEST;

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Dates() {
    }

    /** The date, or null when the text is not a date in range. */
    public static LocalDate parseOrNull(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                    Integer.parseInt(text.substring(8, 10)));
            return d.isBefore(EARLIEST) || d.isAfter(LATEST) ? null : d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date in {@code field}, or a 400 naming it; blank is null unless required. */
    public static LocalDate parse(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw ApiException.badParameter(field, "is required");
            }
            return null;
        }
        LocalDate d = parseOrNull(text.strip());
        if (d == null) {
            throw ApiException.badParameter(field, REASON);
        }
        return d;
    }
}
