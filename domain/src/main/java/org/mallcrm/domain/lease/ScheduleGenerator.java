package org.mallcrm.domain.lease;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.time.DateRange;

/**
 * Turns lease terms into a payment plan: dates from {@link ScheduledDates}, amounts from
 * {@link ChargeCalculator}, due dates from the policy. A ratio plan (收款比例) splits the periodic plan's totals by
 * the ratios, each part rounded HALF_UP, the last taking the remainder.
 */
public final class ScheduleGenerator {

    private final LeaseTerms terms;
    private final SchedulePolicy policy;
    private final ChargeCalculator charges;

    public ScheduleGenerator(LeaseTerms terms, SchedulePolicy policy) {
        this.terms = terms;
        this.policy = policy;
        this.charges = new ChargeCalculator(terms, policy);
    }

    public ChargeCalculator charges() {
        return charges;
    }

    /** The whole plan. */
    public PaymentPlan plan() {
        List<Installment> periodic = periodicFrom(terms.start(), 1);
        if (terms.ratios().isEmpty()) {
            return new PaymentPlan(periodic);
        }
        Money rent = Money.sum(periodic.stream().map(Installment::rent).toList());
        Money fee = Money.sum(periodic.stream().map(Installment::managementFee).toList());
        List<DateRange> periods = ratioPeriods();
        List<Money> rents = rent.splitByRatiosLastTakesRemainder(terms.ratios().stream().map(Percent::fraction).toList());
        List<Money> fees = fee.splitByRatiosLastTakesRemainder(terms.ratios().stream().map(Percent::fraction).toList());
        List<Installment> result = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            result.add(installment(i + 1, periods.get(i), rents.get(i), fees.get(i)));
        }
        return new PaymentPlan(result);
    }

    /**
     * The periodic installments for the days from {@code cutoff} on (a period straddling it is cut to start there),
     * numbered from {@code firstSeq}.
     */
    public List<Installment> periodicFrom(LocalDate cutoff, int firstSeq) {
        List<DateRange> periods = ScheduledDates.periodsFrom(
                ScheduledDates.periods(terms.start(), terms.end(), terms.billing(), policy.alignment()), cutoff);
        List<Installment> result = new ArrayList<>();
        int seq = firstSeq;
        for (DateRange p : periods) {
            result.add(installment(seq++, p, charges.rent(p), charges.managementFee(p)));
        }
        return result;
    }

    /** Periods of a ratio plan: the term's months shared out evenly, anchored on the start. */
    public List<DateRange> ratioPeriods() {
        int months = terms.termMonths();
        int n = terms.ratios().size();
        List<DateRange> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate from = terms.start().plusMonths((long) i * months / n);
            LocalDate to = i == n - 1 ? terms.end() : terms.start().plusMonths((long) (i + 1) * months / n).minusDays(1);
            result.add(new DateRange(from, to));
        }
        return result;
    }

    Installment installment(int seq, DateRange period, Money rent, Money fee) {
        LocalDate due = dueOn(period.from());
        return new Installment(seq, period.from(), period.to(), due, due.minusDays(policy.reminderDays()), rent, fee);
    }

    /** The first installment is due on the lease start (or signing date); later ones advanceDays before. */
    public LocalDate dueOn(LocalDate periodStart) {
        LocalDate first = firstDue();
        if (periodStart.equals(terms.start())) {
            return first;
        }
        LocalDate due = periodStart.minusDays(terms.advanceDays());
        return due.isBefore(first) ? first : due;
    }

    private LocalDate firstDue() {
        if (policy.firstDue() == FirstDue.SIGNING_DATE && terms.signingDate() != null) {
            return terms.signingDate();
        }
        return terms.start();
    }
}
