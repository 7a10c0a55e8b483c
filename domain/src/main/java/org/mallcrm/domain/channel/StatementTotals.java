package org.mallcrm.domain.channel;

import java.time.YearMonth;
import org.mallcrm.domain.money.Money;

/**
 * A statement's figures without its lines: what a month's list of statements shows per channel. Each figure is the
 * one the whole {@link CommissionStatement} gives ({@link #of}), so a list read from these equals one read from the
 * statements.
 *
 * @param trips the statement's lines (one a trip)
 * @param reportedHeads the heads the trips' channel reported, summed
 */
public record StatementTotals(ChannelCode channel, YearMonth month, StatementStatus status, long trips,
        long reportedHeads, long validHeads, long paidHeads, Money linesTotal, Money adjustmentsTotal) {

    public StatementTotals {
        if (channel == null || month == null || status == null || linesTotal == null || adjustmentsTotal == null) {
            throw new IllegalArgumentException("a statement's totals need its channel, month, status and amounts");
        }
    }

    /** The totals of a whole statement. */
    public static StatementTotals of(CommissionStatement s) {
        return new StatementTotals(s.channel(), s.month(), s.status(), s.lines().size(),
                s.lines().stream().mapToLong(l -> l.trip().reportedHeadcount()).sum(), s.validHeads(), s.paidHeads(),
                s.linesTotal(), s.adjustmentsTotal());
    }

    /** What the mall owes the channel: lines plus adjustments (may be negative). */
    public Money total() {
        return linesTotal.plus(adjustmentsTotal);
    }
}
