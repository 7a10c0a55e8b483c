package org.mallcrm.domain.lease;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.time.DateRange;

/**
 * Amount allocation for schedules: what rent and management fee a range of days carries. Each month of the grid
 * (anchored on the start, or calendar months) that the range covers whole at one price is charged the monthly rent
 * (area × exact price, rounded HALF_UP); partial months and months split by a rent-free range or a price change are
 * prorated by the proration basis. A per-day price bills area × price × days. The sum for a range is exact and
 * rounded once, HALF_UP, to the fen.
 */
public final class ChargeCalculator {

    private final LeaseTerms terms;
    private final SchedulePolicy policy;
    private final PriceTimeline prices;

    public ChargeCalculator(LeaseTerms terms, SchedulePolicy policy) {
        this.terms = terms;
        this.policy = policy;
        this.prices = new PriceTimeline(terms);
    }

    /** Monthly rent at the exact price in force on {@code day}: area × price, rounded HALF_UP. */
    public Money monthlyRentOn(LocalDate day) {
        return Money.ofFen(monthlyFen(prices.priceOn(day)));
    }

    /** The exact price per m² on {@code day}. */
    public BigDecimal priceOn(LocalDate day) {
        return prices.priceOn(day);
    }

    public Money monthlyManagementFee() {
        return Money.ofFen(monthlyFen(terms.managementFeePerM2Month().toBigDecimal()));
    }

    private long monthlyFen(BigDecimal pricePerM2) {
        // hundredths of m² × yuan per m² = fen
        return BigDecimal.valueOf(terms.leasableAreaM2().hundredths()).multiply(pricePerM2)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The rent for {@code range}, rounded once. */
    public Money rent(DateRange range) {
        return Money.ofFen(rentFen(range).roundHalfUp());
    }

    /** The management fee for {@code range}, rounded once. */
    public Money managementFee(DateRange range) {
        if (terms.managementFeePerM2Month().isZero()) {
            return Money.ZERO;
        }
        long monthly = monthlyFen(terms.managementFeePerM2Month().toBigDecimal());
        TreeSet<LocalDate> cuts = rentFreeCuts();
        Fraction total = Fraction.ZERO;
        for (DateRange slice : ScheduledDates.monthSlices(terms.start(), range, policy.alignment())) {
            DateRange month = ScheduledDates.monthOf(terms.start(), slice.from(), policy.alignment());
            List<Segment<Boolean>> segments = segments(slice, cuts, this::feeWaived);
            if (slice.equals(month) && segments.size() == 1) {
                if (!segments.get(0).key()) {
                    total = total.plus(Fraction.of(monthly));
                }
                continue;
            }
            for (Segment<Boolean> s : segments) {
                if (!s.key()) {
                    total = total.plus(Fraction.of(monthly).times(terms.proration().share(s.days(), month.days())));
                }
            }
        }
        return Money.ofFen(total.roundHalfUp());
    }

    private Fraction rentFen(DateRange range) {
        TreeSet<LocalDate> cuts = rentFreeCuts();
        cuts.addAll(prices.changeDays());
        Fraction total = Fraction.ZERO;
        for (DateRange slice : ScheduledDates.monthSlices(terms.start(), range, policy.alignment())) {
            DateRange month = ScheduledDates.monthOf(terms.start(), slice.from(), policy.alignment());
            List<Segment<RentState>> segments = segments(slice, cuts,
                    d -> new RentState(isRentFree(d), prices.priceOn(d)));
            if (terms.rentUnit() == RentUnit.PER_M2_DAY) {
                for (Segment<RentState> s : segments) {
                    if (!s.key().free()) {
                        BigDecimal fen = BigDecimal.valueOf(terms.leasableAreaM2().hundredths())
                                .multiply(s.key().price()).multiply(BigDecimal.valueOf(s.days()));
                        total = total.plus(Fraction.of(fen));
                    }
                }
                continue;
            }
            if (slice.equals(month) && segments.size() == 1) {
                if (!segments.get(0).key().free()) {
                    total = total.plus(Fraction.of(monthlyFen(segments.get(0).key().price())));
                }
                continue;
            }
            for (Segment<RentState> s : segments) {
                if (!s.key().free()) {
                    total = total.plus(Fraction.of(monthlyFen(s.key().price()))
                            .times(terms.proration().share(s.days(), month.days())));
                }
            }
        }
        return total;
    }

    private boolean isRentFree(LocalDate day) {
        for (RentFreePeriod f : terms.rentFree()) {
            if (f.contains(day)) {
                return true;
            }
        }
        return false;
    }

    private boolean feeWaived(LocalDate day) {
        for (RentFreePeriod f : terms.rentFree()) {
            if (f.contains(day) && (f.freeExtension() || policy.managementFeeWaivedInRentFree())) {
                return true;
            }
        }
        return false;
    }

    private TreeSet<LocalDate> rentFreeCuts() {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (RentFreePeriod f : terms.rentFree()) {
            cuts.add(f.from());
            cuts.add(f.to().plusDays(1));
        }
        return cuts;
    }

    private record RentState(boolean free, BigDecimal price) {
        @Override
        public boolean equals(Object o) {
            return o instanceof RentState r && r.free == free && r.price.compareTo(price) == 0;
        }

        @Override
        public int hashCode() {
            return Objects.hash(free, price.stripTrailingZeros());
        }
    }

    private record Segment<K>(K key, long days) {
    }

    /** Cuts a slice at the given days and merges neighbouring pieces in the same state. */
    private static <K> List<Segment<K>> segments(DateRange slice, TreeSet<LocalDate> cuts,
            Function<LocalDate, K> state) {
        List<Segment<K>> result = new ArrayList<>();
        LocalDate from = slice.from();
        while (!from.isAfter(slice.to())) {
            LocalDate next = cuts.higher(from);
            LocalDate to = next == null || next.isAfter(slice.to()) ? slice.to() : next.minusDays(1);
            K key = state.apply(from);
            long days = new DateRange(from, to).days();
            if (!result.isEmpty() && result.get(result.size() - 1).key().equals(key)) {
                Segment<K> last = result.remove(result.size() - 1);
                result.add(new Segment<>(key, last.days() + days));
            } else {
                result.add(new Segment<>(key, days));
            }
            from = to.plusDays(1);
        }
        return result;
    }
}
