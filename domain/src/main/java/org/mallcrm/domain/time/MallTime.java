package org.mallcrm.domain.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The mall's local time: malls run on Beijing time (Asia/Shanghai), so a visit day, the last day of a coupon's
 * validity and the month of a redemption are taken in it.
 */
public final class MallTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private MallTime() {
    }

    /** The local day of an instant. */
    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    /** The local month of an instant. */
    public static YearMonth monthOf(Instant at) {
        return YearMonth.from(dayOf(at));
    }

    /** The first instant of a local day (00:00 Beijing time). */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after a local day: the start of the next day (exclusive end of the day). */
    public static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}
