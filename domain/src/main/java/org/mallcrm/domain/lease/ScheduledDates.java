package org.mallcrm.domain.lease;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.mallcrm.domain.time.DateRange;

/**
 * Date generation for schedules, kept apart from amounts. Month arithmetic is always anchored on the start and
 * never chained: period k starts at {@code start.plusMonths(k × months)} (the day clamped to the month's end), an
 * N-month term ends at {@code start.plusMonths(N) − 1 day}.
 */
public final class ScheduledDates {

    private ScheduledDates() {
    }

    /** The last day of an N-month term from {@code start}: {@code start.plusMonths(N) − 1 day}. */
    public static LocalDate termEnd(LocalDate start, int months) {
        if (start == null) {
            throw new IllegalArgumentException("a term needs a start");
        }
        if (months < 1) {
            throw new IllegalArgumentException("a term lasts at least one month");
        }
        return start.plusMonths(months).minusDays(1);
    }

    /** The start of month {@code k} counted from {@code start} (k = 0 is the start itself). */
    public static LocalDate monthStart(LocalDate start, long k) {
        return start.plusMonths(k);
    }

    /** The number of whole or partial anchored months from {@code start} through {@code end}. */
    public static int termMonths(LocalDate start, LocalDate end) {
        int k = anchoredIndex(start, end);
        return k + 1;
    }

    /** The index k of the anchored month {@code [start+k, start+k+1)} that holds {@code day} (day ≥ start). */
    static int anchoredIndex(LocalDate start, LocalDate day) {
        long k = Math.max(0, ChronoUnit.MONTHS.between(start, day));
        while (k > 0 && start.plusMonths(k).isAfter(day)) {
            k--;
        }
        while (!start.plusMonths(k + 1).isAfter(day)) {
            k++;
        }
        return Math.toIntExact(k);
    }

    /** The anchored anniversaries {@code anchor.plusMonths(k × every)}, k ≥ 1, on or before {@code lastDay}. */
    public static List<LocalDate> anniversaries(LocalDate anchor, int everyMonths, LocalDate lastDay) {
        List<LocalDate> result = new ArrayList<>();
        for (long k = 1;; k++) {
            LocalDate a = anchor.plusMonths(k * everyMonths);
            if (a.isAfter(lastDay)) {
                return result;
            }
            result.add(a);
        }
    }

    /**
     * The billing periods of a lease {@code start..end}. {@code ANCHORED}: period k starts at
     * {@code start.plusMonths(k × billing.months())}; the last is cut at the end. {@code CALENDAR}: periods follow
     * calendar months, quarters, half-years or years, with a first stub from the start and a last one to the end.
     */
    public static List<DateRange> periods(LocalDate start, LocalDate end, Billing billing, PeriodAlignment alignment) {
        List<DateRange> result = new ArrayList<>();
        int m = billing.months();
        if (alignment == PeriodAlignment.ANCHORED) {
            for (long k = 0;; k++) {
                LocalDate from = start.plusMonths(k * m);
                if (from.isAfter(end)) {
                    return result;
                }
                LocalDate to = start.plusMonths((k + 1) * m).minusDays(1);
                result.add(new DateRange(from, to.isAfter(end) ? end : to));
            }
        }
        LocalDate from = start;
        while (!from.isAfter(end)) {
            LocalDate boundary = nextCalendarBoundary(from, m);
            LocalDate to = boundary.minusDays(1);
            result.add(new DateRange(from, to.isAfter(end) ? end : to));
            from = boundary;
        }
        return result;
    }

    /** The first day after {@code day} that starts a calendar period of {@code months} months (Jan-based). */
    static LocalDate nextCalendarBoundary(LocalDate day, int months) {
        int monthIndex = day.getMonthValue() - 1;
        int periodStartMonth = monthIndex - monthIndex % months;
        return LocalDate.of(day.getYear(), 1, 1).plusMonths(periodStartMonth + months);
    }

    /**
     * The periods from {@code cutoff} on: periods ending before it are dropped, one straddling it is cut to start
     * on it.
     */
    public static List<DateRange> periodsFrom(List<DateRange> periods, LocalDate cutoff) {
        List<DateRange> result = new ArrayList<>();
        for (DateRange p : periods) {
            if (p.to().isBefore(cutoff)) {
                continue;
            }
            result.add(p.from().isBefore(cutoff) ? new DateRange(cutoff, p.to()) : p);
        }
        return result;
    }

    /** The month (anchored on {@code start}, or the calendar month) that holds {@code day}. */
    static DateRange monthOf(LocalDate start, LocalDate day, PeriodAlignment alignment) {
        if (alignment == PeriodAlignment.CALENDAR) {
            return new DateRange(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
        }
        int k = anchoredIndex(start, day);
        return new DateRange(start.plusMonths(k), start.plusMonths(k + 1L).minusDays(1));
    }

    /** Cuts a range into pieces that each lie in one month of the grid. */
    static List<DateRange> monthSlices(LocalDate start, DateRange range, PeriodAlignment alignment) {
        List<DateRange> result = new ArrayList<>();
        LocalDate d = range.from();
        while (!d.isAfter(range.to())) {
            DateRange month = monthOf(start, d, alignment);
            LocalDate to = month.to().isAfter(range.to()) ? range.to() : month.to();
            result.add(new DateRange(d, to));
            d = to.plusDays(1);
        }
        return result;
    }
}
