package org.mallcrm.domain.lease;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.time.DateRange;

/**
 * A lease (租赁合同): its current terms, version and payment plan, and the versions before. Immutable: amending
 * returns a new lease. What has been paid is kept by the lease's account ({@code receipt.LeaseAccount}).
 */
public record Lease(LeaseTerms terms, int version, PaymentPlan plan, List<LeaseVersion> history, LeaseRules rules) {

    public Lease {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(rules, "rules");
        history = List.copyOf(history);
        if (history.isEmpty() || history.get(history.size() - 1).version() != version
                || !history.get(history.size() - 1).terms().equals(terms)) {
            throw new IllegalArgumentException("the last version in the history is the current one");
        }
    }

    /** The lease as signed under the mall's rules of the day: version 1 with its generated plan. */
    public static Lease sign(LeaseTerms terms, LeaseRules rules) {
        return new Lease(terms, 1, new ScheduleGenerator(terms, rules.schedule()).plan(),
                List.of(new LeaseVersion(1, terms, null)), rules);
    }

    /** The lease as it bills after it ended: its plan cut by the ending (the rest was never owed). */
    public Lease endedBy(LeaseEnding ending) {
        return new Lease(terms, version, ending.cut(plan), history, rules);
    }

    public LeaseNo leaseNo() {
        return terms.leaseNo();
    }

    public MerchantNo merchantNo() {
        return terms.merchantNo();
    }

    public List<StallNo> stallNos() {
        return terms.stallNos();
    }

    /** Monthly rent at the agreed price (area × price, HALF_UP). */
    public Money monthlyRent() {
        return terms.monthlyRent();
    }

    /** Total rent of the plan: the contract value. */
    public Money totalRent() {
        return plan.totalRent();
    }

    /** Everything the plan bills. */
    public Money total() {
        return plan.total();
    }

    /**
     * Applies an amendment. Installments due on or before its effective date, or with any payment
     * ({@code seqsWithPayments}), and every installment before them, are kept as they are; the rest of the plan is
     * regenerated from the amended terms for the days after the last kept period, under the rules the lease was
     * signed with (not the mall's settings of today).
     */
    public AmendOutcome amend(LeaseAmendment amendment, Set<Integer> seqsWithPayments) {
        int kept = 0;
        for (Installment i : plan.installments()) {
            if (!i.dueOn().isAfter(amendment.effectiveOn()) || seqsWithPayments.contains(i.seq())) {
                kept = i.seq();
            }
        }
        List<Installment> keptInstallments = plan.installments().subList(0, kept);
        LocalDate frontier = kept == 0 ? terms.start().minusDays(1) : keptInstallments.get(kept - 1).periodEnd();

        LeaseTerms.Builder b = terms.toBuilder();
        LocalDate end = terms.end();
        for (LeaseAmendment.Change change : amendment.changes()) {
            switch (change) {
                case LeaseAmendment.RentFreeMonths f -> {
                    LocalDate to = f.from().plusMonths(f.months()).minusDays(1);
                    if (!f.from().isAfter(frontier)) {
                        return new AmendOutcome.Refused("rent-free months from " + f.from()
                                + " fall in installments already issued or paid (through " + frontier + ")");
                    }
                    if (to.isAfter(end)) {
                        return new AmendOutcome.Refused("rent-free months " + f.from() + ".." + to
                                + " run past the lease end " + end);
                    }
                    b.addRentFree(f.from(), to);
                }
                case LeaseAmendment.FreeExtension x -> {
                    LocalDate newEnd = extend(end, x.months());
                    b.addRentFree(new RentFreePeriod(end.plusDays(1), newEnd, true));
                    end = newEnd;
                    b.end(end);
                }
                case LeaseAmendment.ChangePrice p -> {
                    if (!p.from().isAfter(frontier)) {
                        return new AmendOutcome.Refused("a new price from " + p.from()
                                + " would change installments already issued or paid (through " + frontier + ")");
                    }
                    b.addPriceChange(new PriceChange(p.from(), p.rentPerM2()));
                }
            }
        }
        LeaseTerms amended;
        try {
            amended = b.build();
        } catch (InvalidLeaseTermsException e) {
            return new AmendOutcome.Refused(e.getMessage());
        }
        ScheduleGenerator generator = new ScheduleGenerator(amended, rules.schedule());
        List<Installment> regenerated;
        if (amended.ratios().isEmpty()) {
            regenerated = frontier.isBefore(amended.end())
                    ? generator.periodicFrom(frontier.plusDays(1), kept + 1) : List.of();
        } else {
            regenerated = regenerateRatios(generator, keptInstallments, frontier);
            if (regenerated == null) {
                return new AmendOutcome.Refused("the amended total is less than what is already issued");
            }
        }
        List<Installment> all = new ArrayList<>(keptInstallments);
        all.addAll(regenerated);
        PaymentPlan newPlan = new PaymentPlan(all);
        int newVersion = version + 1;
        List<LeaseVersion> newHistory = new ArrayList<>(history);
        newHistory.add(new LeaseVersion(newVersion, amended, amendment));
        Lease result = new Lease(amended, newVersion, newPlan, newHistory, rules);
        AmendmentReport report = new AmendmentReport(newVersion, kept,
                plan.installments().subList(kept, plan.size()), regenerated, terms.end(), amended.end(),
                plan.total(), newPlan.total());
        return new AmendOutcome.Amended(result, report);
    }

    /** Remaining ratio parts share what the amended plan bills beyond the kept installments. */
    private static List<Installment> regenerateRatios(ScheduleGenerator generator, List<Installment> kept,
            LocalDate frontier) {
        PaymentPlan full = generator.plan();
        int k = kept.size();
        List<Installment> fullList = full.installments();
        if (k >= fullList.size()) {
            return List.of();
        }
        Money rentLeft = full.totalRent().minus(Money.sum(kept.stream().map(Installment::rent).toList()));
        Money feeLeft = full.totalManagementFee().minus(Money.sum(kept.stream().map(Installment::managementFee).toList()));
        if (rentLeft.isNegative() || feeLeft.isNegative()) {
            return null;
        }
        List<Money> fullRents = fullList.subList(k, fullList.size()).stream().map(Installment::rent).toList();
        List<Money> fullFees = fullList.subList(k, fullList.size()).stream().map(Installment::managementFee).toList();
        List<Money> rents = rescale(rentLeft, fullRents);
        List<Money> fees = rescale(feeLeft, fullFees);
        List<Installment> result = new ArrayList<>();
        for (int i = k; i < fullList.size(); i++) {
            Installment f = fullList.get(i);
            LocalDate from = f.periodStart().isAfter(frontier) ? f.periodStart() : frontier.plusDays(1);
            result.add(generator.installment(i + 1, new DateRange(from, f.periodEnd()), rents.get(i - k),
                    fees.get(i - k)));
        }
        return result;
    }

    /** Splits {@code total} in proportion to {@code shape}, last part taking the remainder. */
    private static List<Money> rescale(Money total, List<Money> shape) {
        Money sum = Money.sum(shape);
        if (sum.isZero()) {
            long[] weights = new long[shape.size()];
            weights[weights.length - 1] = 1;
            return total.allocate(weights);
        }
        if (sum.equals(total)) {
            return shape;
        }
        return total.allocate(shape.stream().mapToLong(Money::fen).toArray());
    }

    /** Moves an end date N months later, anchored on the start when the term is whole months. */
    private LocalDate extend(LocalDate end, int months) {
        int m = ScheduledDates.termMonths(terms.start(), end);
        if (ScheduledDates.termEnd(terms.start(), m).equals(end)) {
            return ScheduledDates.termEnd(terms.start(), m + months);
        }
        return end.plusDays(1).plusMonths(months).minusDays(1);
    }
}
