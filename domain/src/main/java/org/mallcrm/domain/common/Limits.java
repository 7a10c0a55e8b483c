package org.mallcrm.domain.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.money.Money;

/**
 * The documented bounds of what the mall's records may hold. Each is far beyond what a wholesale mall meets, and
 * together they keep every sum the system makes (a lease's plan, an account, a late fee) well inside exact
 * arithmetic, so a value beyond one is bad input, refused naming the field and the bound, never an overflow.
 *
 * <ul>
 * <li>Dates: {@value #EARLIEST_YEAR}-01-01 through {@value #LATEST_YEAR}-12-31.</li>
 * <li>An amount of money (a receipt, earnest money, a deposit, damages, a cap, a rate per head, a contract value):
 * 0.00 through 1,000,000,000.00 yuan.</li>
 * <li>A price per m² (a month's or a day's rent, a management fee, a base rent, an escalation step): through
 * 100,000.00 yuan.</li>
 * <li>An area: through 100,000.00 m².</li>
 * <li>A lease: at most {@value #MAX_LEASE_YEARS} years (the longest term the Civil Code lets a lease run, art. 705);
 * an escalation of at most {@value #MAX_ESCALATION_PERCENT} % a step, every 1 to {@value #MAX_MONTHS} months, that
 * never takes the price per m² beyond its bound; payment due at most {@value #MAX_ADVANCE_DAYS} days ahead.</li>
 * <li>Counts of days (a hold, a window, a reminder horizon): at most {@value #MAX_DAYS}.</li>
 * </ul>
 */
public final class Limits {

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2199;
    public static final LocalDate EARLIEST_DATE = LocalDate.of(EARLIEST_YEAR, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(LATEST_YEAR, 12, 31);

    public static final Money MAX_AMOUNT = Money.ofYuan(1_000_000_000L);
    public static final Money MAX_PRICE_PER_M2 = Money.ofYuan(100_000L);
    public static final Area MAX_AREA = Area.ofSquareMetres(100_000L);

    public static final int MAX_LEASE_YEARS = 20;
    public static final int MAX_ESCALATION_PERCENT = 100;
    public static final int MAX_MONTHS = 240;
    public static final int MAX_ADVANCE_DAYS = 365;
    public static final int MAX_DAYS = 3_660;
    /** Heads of one trip, installments of one plan and similar counts. */
    public static final int MAX_COUNT = 100_000;

    private Limits() {
    }

    /** The date, or why not: outside {@link #EARLIEST_DATE}..{@link #LATEST_DATE}. */
    public static LocalDate date(LocalDate d, String what) {
        if (d != null && (d.isBefore(EARLIEST_DATE) || d.isAfter(LATEST_DATE))) {
            throw new IllegalArgumentException(what + " " + d + " is outside the dates the mall keeps, "
                    + EARLIEST_DATE + " to " + LATEST_DATE);
        }
        return d;
    }

    /** An amount of money within 0.00..{@link #MAX_AMOUNT}. */
    public static Money amount(Money m, String what) {
        return within(m, MAX_AMOUNT, what);
    }

    /** A price per m² within 0.00..{@link #MAX_PRICE_PER_M2}. */
    public static Money pricePerM2(Money m, String what) {
        return within(m, MAX_PRICE_PER_M2, what);
    }

    /** An area within 0.00..{@link #MAX_AREA} m². */
    public static Area area(Area a, String what) {
        if (a != null && a.compareTo(MAX_AREA) > 0) {
            throw new IllegalArgumentException(what + " " + a + " m² is more than the limit of " + MAX_AREA + " m²");
        }
        return a;
    }

    /** A whole number within {@code min..max}. */
    public static int count(long n, long min, long max, String what) {
        if (n < min || n > max) {
            throw new IllegalArgumentException(what + " " + n + " is outside " + min + " to " + max);
        }
        return (int) n;
    }

    /** A percentage within 0..{@code max}. */
    public static BigDecimal percent(BigDecimal p, int max, String what) {
        if (p != null && (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(max)) > 0)) {
            throw new IllegalArgumentException(what + " " + p.toPlainString() + " % is outside 0 to " + max + " %");
        }
        return p;
    }

    private static Money within(Money m, Money max, String what) {
        if (m == null) {
            return null;
        }
        if (m.isNegative()) {
            throw new IllegalArgumentException(what + " " + m + " cannot be negative");
        }
        if (m.isGreaterThan(max)) {
            throw new IllegalArgumentException(what + " " + m + " is more than the limit of " + max);
        }
        return m;
    }
}
