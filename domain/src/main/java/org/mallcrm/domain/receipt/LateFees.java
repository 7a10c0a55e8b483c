package org.mallcrm.domain.receipt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.mallcrm.domain.lease.Installment;
import org.mallcrm.domain.lease.ReceiptPolicy;
import org.mallcrm.domain.money.Money;

/**
 * Late fee (滞纳金): rate × overdue principal × days late, counted from the day after the due date (plus grace).
 * No fee on fees. It accrues in spans: a span ends when the principal changes (a payment, which counts at the end
 * of its day) or at the as-of date; each span's fee is rounded once, HALF_UP.
 */
public final class LateFees {

    private LateFees() {
    }

    /** The spans of {@code installment} up to {@code asOf}, given its postings. */
    public static List<LateFeeSpan> spans(Installment installment, List<Posting> postings, LocalDate asOf,
            ReceiptPolicy policy) {
        List<LateFeeSpan> result = new ArrayList<>();
        LocalDate start = installment.dueOn().plusDays(policy.graceDays());
        if (!asOf.isAfter(start)) {
            return result;
        }
        TreeSet<LocalDate> ends = new TreeSet<>();
        for (Posting p : postings) {
            if (p.seq() == installment.seq() && p.isPrincipal() && p.on().isAfter(start) && p.on().isBefore(asOf)) {
                ends.add(p.on());
            }
        }
        ends.add(asOf);
        BigDecimal rate = policy.lateFeeRate().fraction();
        LocalDate a = start;
        for (LocalDate b : ends) {
            Money principal = installment.amount().minus(principalPaid(installment.seq(), postings, a));
            long days = ChronoUnit.DAYS.between(a, b);
            if (principal.isPositive() && days > 0) {
                Money fee = Money.round(principal.toBigDecimal().multiply(rate).multiply(BigDecimal.valueOf(days)),
                        RoundingMode.HALF_UP);
                result.add(new LateFeeSpan(a.plusDays(1), b, principal, days, fee));
            }
            a = b;
        }
        return result;
    }

    /** The late fee accrued on {@code installment} up to {@code asOf}. */
    public static Money accrued(Installment installment, List<Posting> postings, LocalDate asOf, ReceiptPolicy policy) {
        return Money.sum(spans(installment, postings, asOf, policy).stream().map(LateFeeSpan::fee).toList());
    }

    static Money principalPaid(int seq, List<Posting> postings, LocalDate through) {
        long fen = 0;
        for (Posting p : postings) {
            if (p.seq() == seq && p.isPrincipal() && !p.on().isAfter(through)) {
                fen = Math.addExact(fen, p.amount().fen());
            }
        }
        return Money.ofFen(fen);
    }
}
