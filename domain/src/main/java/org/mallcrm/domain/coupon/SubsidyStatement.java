package org.mallcrm.domain.coupon;

import java.time.YearMonth;
import java.util.List;
import org.mallcrm.domain.channel.StatementStatus;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;

/**
 * A merchant's subsidy statement for a month (营销补差): what the mall owes it for its share of the discounts on the
 * redemptions made that month (local dates) and not reversed, plus the adjustments posted on this month. A draft is
 * recomputed whenever it is read; a closed statement is stored and never edited.
 */
public sealed interface SubsidyStatement permits DraftSubsidyStatement, ClosedSubsidyStatement {

    MerchantNo merchant();

    YearMonth month();

    List<SubsidyLine> lines();

    List<SubsidyAdjustment> adjustments();

    StatementStatus status();

    default Money linesTotal() {
        return Money.sum(lines().stream().map(SubsidyLine::mallShare).toList());
    }

    default Money adjustmentsTotal() {
        return Money.sum(adjustments().stream().map(SubsidyAdjustment::amount).toList());
    }

    /** What the mall owes: Σ mall shares + Σ adjustments (negative when reversals after a close outweigh). */
    default Money total() {
        return linesTotal().plus(adjustmentsTotal());
    }

    /** Σ order amounts of the lines. */
    default Money gmv() {
        return Money.sum(lines().stream().map(SubsidyLine::orderAmount).toList());
    }
}
