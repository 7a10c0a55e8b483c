package org.mallcrm.adapters.http.web.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebExchange;

/**
 * The period a page's form sends ({@code from}, {@code to} as ISO days), read the way {@code /buyers/stats} shows a
 * mistake: a day that is not a date, an end before the start or a period longer than the page allows is not a 400 but
 * a sentence on the page itself, above the form that keeps what was typed, so the person corrects it where they are.
 *
 * @param fromText what the form's {@code from} holds: the day read, or the text typed when it is not a date
 * @param toText   the same for {@code to}
 * @param from     the first day, when the period is usable
 * @param to       the last day, when the period is usable
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
        Optional<String> fromText = x.query("from");
        Optional<String> toText = x.query("to");
        LocalDate from = day(fromText, defaultFrom);
        LocalDate to = day(toText, defaultTo);
        String shownFrom = from != null ? from.toString() : fromText.orElseThrow();
        String shownTo = to != null ? to.toString() : toText.orElseThrow();
        String error = null;
        if (from == null) {
            error = v.t("list.period.bad_from", fromText.orElseThrow());
        } else if (to == null) {
            error = v.t("list.period.bad_to", toText.orElseThrow());
        } else if (to.isBefore(from)) {
            error = v.t("list.period.reversed");
        } else if (from.plusDays(maxDays).isBefore(to)) {
            error = v.t("list.period.too_long", maxDays);
        }
        return error == null ? new PeriodForm(shownFrom, shownTo, from, to, null)
                : new PeriodForm(shownFrom, shownTo, null, null, error);
    }

    /** The day typed, the default when none was, null when what was typed is not a day. */
    private static LocalDate day(Optional<String> text, LocalDate orElse) {
        if (text.isEmpty()) {
            return orElse;
        }
        try {
            return LocalDate.parse(text.get());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
