package org.mallcrm.domain.report;

import org.mallcrm.domain.money.Money;

/**
 * Buyers and coupon cost (下游客户与营销成本) of a period: registered buyers on the as-of day, buyers with a visit in the
 * period, coupons redeemed (reversals excluded) and the mall's share of their discounts.
 */
public record BuyerFigures(long registeredBuyers, long visitingBuyers, long couponsRedeemed, Money couponMallCost) {

    /** A mall without buyer records. */
    public static final BuyerFigures NONE = new BuyerFigures(0, 0, 0, Money.ZERO);

    public BuyerFigures plus(BuyerFigures o) {
        return new BuyerFigures(registeredBuyers + o.registeredBuyers, visitingBuyers + o.visitingBuyers,
                couponsRedeemed + o.couponsRedeemed, couponMallCost.plus(o.couponMallCost));
    }
}
