package org.mallcrm.domain.channel;

import java.time.YearMonth;
import java.util.List;
import org.mallcrm.domain.money.Money;

/**
 * A channel's monthly commission statement (佣金结算单): its trips settled in the month, each paid head traced to
 * its two scans, plus the adjustments carried from earlier, closed months. {@link DraftStatement} until closed,
 * then {@link ClosedStatement}, which never changes.
 */
public sealed interface CommissionStatement permits DraftStatement, ClosedStatement {

    ChannelCode channel();

    YearMonth month();

    /** The policy the lines were computed with (kept with the statement, so corrections use the same). */
    CommissionPolicy policy();

    List<StatementLine> lines();

    List<Adjustment> adjustments();

    StatementStatus status();

    default long validHeads() {
        return lines().stream().mapToLong(StatementLine::validHeads).sum();
    }

    default long paidHeads() {
        return lines().stream().mapToLong(StatementLine::paidHeads).sum();
    }

    default Money linesTotal() {
        return Money.sum(lines().stream().map(StatementLine::commission).toList());
    }

    default Money adjustmentsTotal() {
        return Money.sum(adjustments().stream().map(Adjustment::amount).toList());
    }

    /** What the mall owes the channel for this statement: lines plus adjustments (may be negative). */
    default Money total() {
        return linesTotal().plus(adjustmentsTotal());
    }
}
