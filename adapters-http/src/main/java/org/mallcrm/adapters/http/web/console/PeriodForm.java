package org.mallcrm.adapters.http.web.console;

import java.time.LocalDate;
import java.util.Optional;
import org.mallcrm.adapters.http.common.Dates;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebExchange;

/**
 * The period a page's form sends ({@code from}, {@code to} as ISO days), read alike on every page that has one
 * ({@code /trips}, {@code /buyers/stats}): a day that is not a date the API takes ({@link Dates#parseOrNull}, so
 * also a day before 1900 or after 2199), an end before the start or a period longer than the page allows is not a
 * 400 but a sentence on the page itself, above the form that keeps what was typed, so the person corrects it where
 * they are.
 *
 * @param fromText what the form's {@code from} holds: the day read, or the text typed when it is not a date
 * @param toText   the same for {@code to}
 * @param from     the first day, when the period is usable (null also when it is left open)
 * @param to       the last day, when the period is usable (null also when it is left open)
 * @param error    what is wrong with the period, in the page's language; null when it is usable
 */
public record PeriodForm(String fromText, String toText, LocalDate from, LocalDate to, String error) {

    /** Whether the period can be shown (else {@link #error} says why). */
    public boolean usable() {
        return error == null;
    }

    /**
     * Reads {@code from} and {@code to} of the request; a missing one is its default. The end may not come before the
     * start, nor more than {@code maxDays} days after it.
     */
    public static PeriodForm read(WebExchange x, Viewer v, LocalDate defaultFrom, LocalDate defaultTo, int maxDays) {
        return readPeriod(x, v, defaultFrom, defaultTo, maxDays);
    }

    /**
     * Reads a period either end of which may be left open ({@code /buyers/stats}): a missing day is null, and neither
     * is the whole of time. A day typed must be a date, and the end, when both are given, may not come before the
     * start; there is no longest period.
     */
    public static PeriodForm readOpen(WebExchange x, Viewer v) {
        return readPeriod(x, v, null, null, null);
    }

    private static PeriodForm readPeriod(WebExchange x, Viewer v, LocalDate defaultFrom, LocalDate defaultTo,
            Integer maxDays) {
        Optional<String> fromText = x.query("from");
        Optional<String> toText = x.query("to");
        LocalDate from = fromText.isPresent() ? Dates.parseOrNull(fromText.get()) : defaultFrom;
        LocalDate to = toText.isPresent() ? Dates.parseOrNull(toText.get()) : defaultTo;
        boolean badFrom = fromText.isPresent() && from == null;
        boolean badTo = toText.isPresent() && to == null;
        String shownFrom = badFrom ? fromText.get() : from == null ? "" : from.toString();
        String shownTo = badTo ? toText.get() : to == null ? "" : to.toString();
        String error = null;
        if (badFrom) {
            error = v.t("list.period.bad_from", fromText.get());
        } else if (badTo) {
            error = v.t("list.period.bad_to", toText.get());
        } else if (from != null && to != null && to.isBefore(from)) {
            error = v.t("list.period.reversed");
        } else if (from != null && to != null && maxDays != null && from.plusDays(maxDays).isBefore(to)) {
            error = v.t("list.period.too_long", maxDays);
        }
        return error == null ? new PeriodForm(shownFrom, shownTo, from, to, null)
                : new PeriodForm(shownFrom, shownTo, null, null, error);
    }
}
