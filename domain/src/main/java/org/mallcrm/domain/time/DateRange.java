package org.mallcrm.domain.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An inclusive range of days: {@code from..to}, both days included. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a date range needs both ends");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    /** Number of days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean overlaps(DateRange other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
