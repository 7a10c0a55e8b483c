package org.mallcrm.domain.campaign;

import java.util.Objects;
import org.mallcrm.domain.channel.Percent;
import org.mallcrm.domain.money.Money;

/**
 * A coupon batch (券批次): the face, the order threshold (满; may be 0), the stock, how many coupons one buyer may
 * hold, how long a coupon is valid, which merchants take it, and the mall's share of each discount (the merchant
 * bears the rest). One coupon per order.
 */
public record CouponBatch(CouponFace face, Money threshold, int stock, int perBuyer, ValidityRule validity,
        Participation participation, Percent mallShare) implements CampaignOffer {

    /** The per-buyer limit when none is given. */
    public static final int DEFAULT_PER_BUYER = 1;

    public CouponBatch {
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(participation, "participation");
        Objects.requireNonNull(mallShare, "mallShare");
        if (threshold.isNegative()) {
            throw new IllegalArgumentException("the threshold cannot be negative, was " + threshold);
        }
        if (stock < 1) {
            throw new IllegalArgumentException("the stock is at least 1, not " + stock);
        }
        if (perBuyer < 1) {
            throw new IllegalArgumentException("the per-buyer limit is at least 1, not " + perBuyer);
        }
        if (mallShare.basisPoints() > 10_000) {
            throw new IllegalArgumentException("the mall's share is at most 100 %, not " + mallShare);
        }
    }

    @Override
    public CampaignKind kind() {
        return CampaignKind.COUPON;
    }

    /** Whether an order reaches the threshold (满). */
    public boolean reachesThreshold(Money order) {
        return order.compareTo(threshold) >= 0;
    }

    /** The discount on an order and how it is shared: the mall's part HALF_UP(discount × share), the merchant the rest. */
    public DiscountSplit discountOn(Money order) {
        Money discount = face.discountOn(order);
        Money mall = PercentOf.halfUp(discount, mallShare);
        return new DiscountSplit(discount, mall, discount.minus(mall));
    }
}
