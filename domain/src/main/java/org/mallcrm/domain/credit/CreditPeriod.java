package org.mallcrm.domain.credit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which records a score is made of.
 * <ul>
 * <li>{@code CALENDAR_YEAR} (default): the records of the as-of date's calendar year up to that date; the score
 * resets to the base on 1 January.</li>
 * <li>{@code ROLLING_12_MONTHS}: the records of the last 365 days; a record expires 365 days after its day
 * (recorded on D, it counts from D through D + 364).</li>
 * </ul>
 */
public enum CreditPeriod {
    CALENDAR_YEAR, ROLLING_12_MONTHS;

    /** The days a rolling record counts. */
    public static final int ROLLING_DAYS = 365;

    /** Whether a record of {@code day} counts in a score as of {@code asOf}. */
    public boolean includes(LocalDate day, LocalDate asOf) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(asOf, "asOf");
        if (day.isAfter(asOf)) {
            return false;
        }
        return switch (this) {
            case CALENDAR_YEAR -> day.getYear() == asOf.getYear();
            case ROLLING_12_MONTHS -> day.plusDays(ROLLING_DAYS).isAfter(asOf);
        };
    }

    /** The first day of the period that ends (or, for a calendar year, is under way) on {@code asOf}. */
    public LocalDate periodStart(LocalDate asOf) {
        return switch (this) {
            case CALENDAR_YEAR -> LocalDate.of(asOf.getYear(), 1, 1);
            case ROLLING_12_MONTHS -> asOf.minusDays(ROLLING_DAYS - 1);
        };
    }
}
