package org.mallcrm.domain.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mallcrm.domain.common.Limits;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;

/**
 * The terms of a lease (租赁合同条款), one version of them: what the lease spec JSON says, field for field
 * ({@code lease_no, merchant_no, stall_nos, kind, start, end, leasable_area_m2, rent_per_m2_month, billing,
 * advance_days, rent_free, escalation, proration, management_fee_per_m2_month, security_deposit, ratios}), plus the
 * optional {@code signing_date}, {@code rent_start_date} (计租日), {@code rent_per_m2_day} and the
 * {@code price_changes} amendments write.
 *
 * <p>Start and end are inclusive. Exactly one of {@code rentPerM2Month} and {@code rentPerM2Day} is given (the
 * other is null). {@code escalation}, {@code signingDate} and {@code rentStartDate} may be null. An empty
 * {@code ratios} list means the periodic plan. Invalid terms throw {@link InvalidLeaseTermsException} naming the
 * field.
 */
public record LeaseTerms(
        LeaseNo leaseNo,
        MerchantNo merchantNo,
        List<StallNo> stallNos,
        LeaseKind kind,
        LocalDate start,
        LocalDate end,
        Area leasableAreaM2,
        Money rentPerM2Month,
        Money rentPerM2Day,
        Billing billing,
        int advanceDays,
        List<RentFreePeriod> rentFree,
        Escalation escalation,
        ProrationBasis proration,
        Money managementFeePerM2Month,
        Money securityDeposit,
        List<Percent> ratios,
        LocalDate signingDate,
        LocalDate rentStartDate,
        List<PriceChange> priceChanges) {

    public LeaseTerms {
        require(leaseNo != null, "lease_no", "is missing");
        require(merchantNo != null, "merchant_no", "is missing");
        require(stallNos != null && !stallNos.isEmpty(), "stall_nos", "name at least one stall");
        stallNos = List.copyOf(stallNos);
        require(stallNos.stream().distinct().count() == stallNos.size(), "stall_nos", "name a stall twice");
        require(kind != null, "kind", "is missing");
        require(start != null, "start", "is missing");
        require(end != null, "end", "is missing");
        require(!end.isBefore(start), "end", "is before the start " + start);
        require(leasableAreaM2 != null && !leasableAreaM2.isZero(), "leasable_area_m2", "must be positive");
        require((rentPerM2Month == null) != (rentPerM2Day == null), "rent_per_m2_month",
                "give either a monthly or a daily price per m², not both or neither");
        Money price = rentPerM2Month != null ? rentPerM2Month : rentPerM2Day;
        require(!price.isNegative(), rentPerM2Month != null ? "rent_per_m2_month" : "rent_per_m2_day",
                "cannot be negative");
        require(billing != null, "billing", "is missing");
        require(advanceDays >= 0, "advance_days", "cannot be negative");
        rentFree = List.copyOf(rentFree == null ? List.of() : rentFree);
        for (RentFreePeriod f : rentFree) {
            require(!f.from().isBefore(start) && !f.to().isAfter(end), "rent_free",
                    f.range() + " is not inside the lease " + start + ".." + end);
        }
        require(proration != null, "proration", "is missing");
        managementFeePerM2Month = managementFeePerM2Month == null ? Money.ZERO : managementFeePerM2Month;
        require(!managementFeePerM2Month.isNegative(), "management_fee_per_m2_month", "cannot be negative");
        securityDeposit = securityDeposit == null ? Money.ZERO : securityDeposit;
        require(!securityDeposit.isNegative(), "security_deposit", "cannot be negative");
        ratios = List.copyOf(ratios == null ? List.of() : ratios);
        if (!ratios.isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Percent r : ratios) {
                require(r.value().signum() > 0, "ratios", "every ratio must be positive");
                sum = sum.add(r.value());
            }
            require(sum.compareTo(BigDecimal.valueOf(100)) == 0, "ratios",
                    "must sum to exactly 100, they sum to " + sum.toPlainString());
            require(ratios.size() <= ScheduledDates.termMonths(start, end), "ratios",
                    "more installments than months in the lease");
        }
        require(signingDate == null || !signingDate.isAfter(end), "signing_date", "is after the lease end");
        require(rentStartDate == null || (!rentStartDate.isBefore(start) && !rentStartDate.isAfter(end)),
                "rent_start_date", "is not inside the lease");
        priceChanges = priceChanges == null ? List.of()
                : priceChanges.stream().sorted(Comparator.comparing(PriceChange::effectiveFrom)).toList();
        for (PriceChange c : priceChanges) {
            require(!c.effectiveFrom().isBefore(start) && !c.effectiveFrom().isAfter(end), "price_changes",
                    c.effectiveFrom() + " is not inside the lease");
        }
        withinLimits(start, end, leasableAreaM2, rentPerM2Month, rentPerM2Day, advanceDays, escalation,
                managementFeePerM2Month, securityDeposit, signingDate, priceChanges);
    }

    /** The documented {@link Limits}: they keep every amount of the lease's plan well inside exact arithmetic. */
    private static void withinLimits(LocalDate start, LocalDate end, Area area, Money perMonth, Money perDay,
            int advanceDays, Escalation escalation, Money managementFee, Money securityDeposit, LocalDate signingDate,
            List<PriceChange> priceChanges) {
        String dates = "is outside the dates the mall keeps, " + Limits.EARLIEST_DATE + " to " + Limits.LATEST_DATE;
        require(!start.isBefore(Limits.EARLIEST_DATE) && !start.isAfter(Limits.LATEST_DATE), "start", dates);
        require(!end.isAfter(Limits.LATEST_DATE), "end", dates);
        require(end.isBefore(start.plusYears(Limits.MAX_LEASE_YEARS)), "end", "makes the lease longer than "
                + Limits.MAX_LEASE_YEARS + " years, the longest a lease may run (Civil Code art. 705)");
        require(signingDate == null || !signingDate.isBefore(Limits.EARLIEST_DATE), "signing_date", dates);
        require(area.compareTo(Limits.MAX_AREA) <= 0, "leasable_area_m2", "is more than the limit of "
                + Limits.MAX_AREA + " m²");
        String priceField = perMonth != null ? "rent_per_m2_month" : "rent_per_m2_day";
        Money price = perMonth != null ? perMonth : perDay;
        String priceLimit = "is more than the limit of " + Limits.MAX_PRICE_PER_M2 + " per m²";
        require(!price.isGreaterThan(Limits.MAX_PRICE_PER_M2), priceField, priceLimit);
        require(!managementFee.isGreaterThan(Limits.MAX_PRICE_PER_M2), "management_fee_per_m2_month", priceLimit);
        require(!securityDeposit.isGreaterThan(Limits.MAX_AMOUNT), "security_deposit", "is more than the limit of "
                + Limits.MAX_AMOUNT);
        require(advanceDays <= Limits.MAX_ADVANCE_DAYS, "advance_days", "is more than "
                + Limits.MAX_ADVANCE_DAYS + " days");
        for (PriceChange c : priceChanges) {
            require(!c.rentPerM2().isGreaterThan(Limits.MAX_PRICE_PER_M2), "price_changes", priceLimit);
        }
        if (escalation != null) {
            require(escalation.percent().value().compareTo(BigDecimal.valueOf(Limits.MAX_ESCALATION_PERCENT)) <= 0,
                    "escalation", "percent " + escalation.percent() + " is more than "
                            + Limits.MAX_ESCALATION_PERCENT + " % a step");
            require(escalation.everyMonths() <= Limits.MAX_MONTHS, "escalation", "every_months "
                    + escalation.everyMonths() + " is more than " + Limits.MAX_MONTHS);
            require(!escalation.stepPerM2().isGreaterThan(Limits.MAX_PRICE_PER_M2), "escalation",
                    "step_per_m2 " + priceLimit);
            int steps = ScheduledDates.termMonths(start, end) / escalation.everyMonths();
            BigDecimal ceiling = Limits.MAX_PRICE_PER_M2.toBigDecimal();
            List<Money> prices = new ArrayList<>(List.of(price));
            priceChanges.forEach(c -> prices.add(c.rentPerM2()));
            for (Money p : prices) {
                require(escalation.apply(p.toBigDecimal(), steps).compareTo(ceiling) <= 0, "escalation",
                        "would raise the rent beyond the limit of " + Limits.MAX_PRICE_PER_M2 + " per m² before "
                                + "the lease ends");
            }
        }
    }

    private static void require(boolean ok, String field, String reason) {
        if (!ok) {
            throw new InvalidLeaseTermsException(field, reason);
        }
    }

    /** A builder with the mall's defaults for what the spec leaves out. */
    public static Builder builder(SchedulePolicy policy) {
        return new Builder(policy);
    }

    /** A builder holding these terms, to write a new version; every field is set, so no mall default is needed. */
    public Builder toBuilder() {
        Builder b = new Builder(null);
        b.leaseNo = leaseNo;
        b.merchantNo = merchantNo;
        b.stallNos = new ArrayList<>(stallNos);
        b.kind = kind;
        b.start = start;
        b.end = end;
        b.leasableAreaM2 = leasableAreaM2;
        b.rentPerM2Month = rentPerM2Month;
        b.rentPerM2Day = rentPerM2Day;
        b.billing = billing;
        b.advanceDays = advanceDays;
        b.rentFree = new ArrayList<>(rentFree);
        b.escalation = escalation;
        b.proration = proration;
        b.managementFeePerM2Month = managementFeePerM2Month;
        b.securityDeposit = securityDeposit;
        b.ratios = new ArrayList<>(ratios);
        b.signingDate = signingDate;
        b.rentStartDate = rentStartDate;
        b.priceChanges = new ArrayList<>(priceChanges);
        return b;
    }

    public RentUnit rentUnit() {
        return rentPerM2Month != null ? RentUnit.PER_M2_MONTH : RentUnit.PER_M2_DAY;
    }

    /** The agreed price per m² in its unit (per month or per day), before escalation. */
    public Money rentPerM2() {
        return rentPerM2Month != null ? rentPerM2Month : rentPerM2Day;
    }

    /** Monthly rent at the agreed price: area × price, rounded HALF_UP (zero for a per-day price). */
    public Money monthlyRent() {
        return rentPerM2Month == null ? Money.ZERO : org.mallcrm.domain.stall.Rent.monthly(leasableAreaM2,
                rentPerM2Month);
    }

    /** Whole months in the term, counting a last partial month as one. */
    public int termMonths() {
        return ScheduledDates.termMonths(start, end);
    }

    /**
     * The rent start date (计租日, domain-rules §2): the {@code rent_start_date} when the lease records one, else the
     * day after a rent-free period that begins on the lease start (rent-free periods adjoining or overlapping it run
     * on: rent starts on the first day none of them covers), else the start.
     */
    public LocalDate rentStart() {
        if (rentStartDate != null) {
            return rentStartDate;
        }
        LocalDate day = start;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (RentFreePeriod f : rentFree) {
                if (f.contains(day)) {
                    day = f.to().plusDays(1);
                    moved = true;
                }
            }
        }
        return day;
    }

    /** The date escalation anniversaries count from: the start, or the rent start for {@code RENT_START}. */
    public LocalDate escalationAnchorDate() {
        if (escalation != null && escalation.anchor() == EscalationAnchor.RENT_START) {
            return rentStart();
        }
        return start;
    }

    /** Builds lease terms field by field; unset optional fields take the mall's defaults. */
    public static final class Builder {
        private final SchedulePolicy policy;
        private LeaseNo leaseNo;
        private MerchantNo merchantNo;
        private List<StallNo> stallNos = new ArrayList<>();
        private LeaseKind kind = LeaseKind.NEW;
        private LocalDate start;
        private LocalDate end;
        private Area leasableAreaM2;
        private Money rentPerM2Month;
        private Money rentPerM2Day;
        private Billing billing;
        private Integer advanceDays;
        private List<RentFreePeriod> rentFree = new ArrayList<>();
        private Escalation escalation;
        private ProrationBasis proration;
        private Money managementFeePerM2Month = Money.ZERO;
        private Money securityDeposit = Money.ZERO;
        private List<Percent> ratios = new ArrayList<>();
        private LocalDate signingDate;
        private LocalDate rentStartDate;
        private List<PriceChange> priceChanges = new ArrayList<>();

        private Builder(SchedulePolicy policy) {
            this.policy = policy;
        }

        public Builder leaseNo(LeaseNo v) { leaseNo = v; return this; }
        public Builder merchantNo(MerchantNo v) { merchantNo = v; return this; }
        public Builder stallNos(List<StallNo> v) { stallNos = new ArrayList<>(v); return this; }
        public Builder kind(LeaseKind v) { kind = v; return this; }
        public Builder start(LocalDate v) { start = v; return this; }
        public Builder end(LocalDate v) { end = v; return this; }
        /** Ends an N-month term: {@code start.plusMonths(N) − 1 day}. Set the start first. */
        public Builder termMonths(int months) { end = ScheduledDates.termEnd(start, months); return this; }
        public Builder leasableAreaM2(Area v) { leasableAreaM2 = v; return this; }
        public Builder rentPerM2Month(Money v) { rentPerM2Month = v; rentPerM2Day = null; return this; }
        public Builder rentPerM2Day(Money v) { rentPerM2Day = v; rentPerM2Month = null; return this; }
        public Builder billing(Billing v) { billing = v; return this; }
        public Builder advanceDays(int v) { advanceDays = v; return this; }
        public Builder rentFree(List<RentFreePeriod> v) { rentFree = new ArrayList<>(v); return this; }
        public Builder addRentFree(LocalDate from, LocalDate to) { rentFree.add(RentFreePeriod.of(from, to)); return this; }
        public Builder addRentFree(RentFreePeriod v) { rentFree.add(v); return this; }
        /** {@code leasable_area_m2} when the spec leaves it out: the sum of the stalls' leasable areas. */
        public Builder leasableAreaOf(List<org.mallcrm.domain.stall.Stall> stalls) {
            Area sum = Area.ZERO;
            for (org.mallcrm.domain.stall.Stall s : stalls) {
                sum = sum.plus(s.leasableArea());
            }
            leasableAreaM2 = sum;
            return this;
        }
        public Builder escalation(Escalation v) { escalation = v; return this; }
        /**
         * The spec's {@code escalation{percent, every_months, anchor, compound}}; a null anchor or compound takes
         * the mall's default.
         */
        public Builder escalation(Percent percent, int everyMonths, EscalationAnchor anchor, Boolean compound) {
            requirePolicy();
            escalation = Escalation.fromSpec(percent, everyMonths, anchor, compound, policy);
            return this;
        }
        public Builder proration(ProrationBasis v) { proration = v; return this; }
        public Builder managementFeePerM2Month(Money v) { managementFeePerM2Month = v; return this; }
        public Builder securityDeposit(Money v) { securityDeposit = v; return this; }
        public Builder ratios(List<Percent> v) { ratios = v == null ? new ArrayList<>() : new ArrayList<>(v); return this; }
        public Builder signingDate(LocalDate v) { signingDate = v; return this; }
        public Builder rentStartDate(LocalDate v) { rentStartDate = v; return this; }
        public Builder priceChanges(List<PriceChange> v) { priceChanges = new ArrayList<>(v); return this; }
        public Builder addPriceChange(PriceChange v) { priceChanges.add(v); return this; }

        private void requirePolicy() {
            if (policy == null) {
                throw new IllegalStateException("terms rebuilt from a lease take no mall defaults: give every field");
            }
        }

        public LeaseTerms build() {
            if (advanceDays == null || proration == null) {
                requirePolicy();
            }
            return new LeaseTerms(leaseNo, merchantNo, stallNos, kind, start, end, leasableAreaM2, rentPerM2Month,
                    rentPerM2Day, billing, advanceDays == null ? policy.defaultAdvanceDays() : advanceDays,
                    rentFree, escalation, proration == null ? policy.defaultProration() : proration,
                    managementFeePerM2Month, securityDeposit, ratios, signingDate, rentStartDate, priceChanges);
        }
    }
}
