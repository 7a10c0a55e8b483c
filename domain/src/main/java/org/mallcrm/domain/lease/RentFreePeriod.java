package org.mallcrm.domain.lease;

import java.time.LocalDate;
import org.mallcrm.domain.time.DateRange;

/**
 * A rent-free range (免租期), both days included: rent is billed at 0.00. The management fee is charged unless the
 * mall's policy waives it; a free extension (an amendment adding free months after the end) waives both.
 */
public record RentFreePeriod(LocalDate from, LocalDate to, boolean freeExtension) {

    public RentFreePeriod {
        new DateRange(from, to);
    }

    public static RentFreePeriod of(LocalDate from, LocalDate to) {
        return new RentFreePeriod(from, to, false);
    }

    public DateRange range() {
        return new DateRange(from, to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
