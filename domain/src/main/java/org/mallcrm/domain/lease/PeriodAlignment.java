package org.mallcrm.domain.lease;

/**
 * Where billing periods and months begin. {@code ANCHORED}: on the lease start and every whole month after it
 * (period k starts at {@code start.plusMonths(k × months)}). {@code CALENDAR}: on calendar months, quarters
 * (Jan, Apr, Jul, Oct), half-years or years, with a short first and last period (stub) where the lease does not
 * begin or end on one.
 */
public enum PeriodAlignment {
    ANCHORED,
    CALENDAR
}
