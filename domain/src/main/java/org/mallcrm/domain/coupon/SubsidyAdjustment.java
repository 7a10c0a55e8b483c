package org.mallcrm.domain.coupon;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;

/**
 * A change to a month whose subsidy statement is closed, posted on a later open month's statement (a closed
 * statement is never edited): minus the mall's share of a redemption reversed after the close, or plus the share of
 * a redemption recorded into the closed month afterwards (a paper record).
 */
public record SubsidyAdjustment(MerchantNo merchant, YearMonth correctedMonth, YearMonth postedMonth,
        RedemptionNo redemption, Money amount, String reason, Instant at) {

    public SubsidyAdjustment {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(correctedMonth, "correctedMonth");
        Objects.requireNonNull(postedMonth, "postedMonth");
        Objects.requireNonNull(redemption, "redemption");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        reason = Texts.require(reason, "adjustment reason", 200);
        if (!postedMonth.isAfter(correctedMonth)) {
            throw new IllegalArgumentException("an adjustment of " + correctedMonth + " is posted on a later month, not "
                    + postedMonth);
        }
    }

    /** Takes back the mall's share of a redemption reversed after its month was closed. */
    public static SubsidyAdjustment reversal(Redemption r, YearMonth postedMonth, Instant at) {
        return new SubsidyAdjustment(r.merchant(), r.month(), postedMonth, r.no(), r.mallShare().negate(),
                "redemption " + r.no() + " reversed after " + r.month() + " was closed", at);
    }

    /** Adds the mall's share of a redemption recorded into a month already closed. */
    public static SubsidyAdjustment lateRedemption(Redemption r, YearMonth postedMonth, Instant at) {
        return new SubsidyAdjustment(r.merchant(), r.month(), postedMonth, r.no(), r.mallShare(),
                "redemption " + r.no() + " recorded after " + r.month() + " was closed", at);
    }
}
