package org.mallcrm.domain.coupon;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.DiscountSplit;
import org.mallcrm.domain.campaign.Refusal;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.time.MallTime;

/**
 * A redemption (核销): a coupon used by a merchant on an order, with the discount and how it is shared, and the
 * reversal if it was undone. The month it belongs to (for the subsidy statement) is the local month of
 * {@code redeemedAt}.
 */
public record Redemption(RedemptionNo no, CouponCode code, CampaignNo campaign, BuyerId buyer, MerchantNo merchant,
        Money orderAmount, Optional<String> orderNo, Instant redeemedAt, DiscountSplit split,
        Optional<Reversal> reversal) {

    public static final int MAX_ORDER_NO = 64;

    public Redemption {
        Objects.requireNonNull(no, "redemption number");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(orderAmount, "orderAmount");
        Objects.requireNonNull(redeemedAt, "redeemedAt");
        Objects.requireNonNull(split, "split");
        orderNo = orderNo == null ? Optional.empty()
                : orderNo.map(o -> Texts.optional(o, "order number", MAX_ORDER_NO)).filter(Objects::nonNull);
        reversal = reversal == null ? Optional.empty() : reversal;
        if (!orderAmount.isPositive()) {
            throw new IllegalArgumentException("an order amount is positive, not " + orderAmount);
        }
        if (split.discount().isGreaterThan(orderAmount)) {
            throw new IllegalArgumentException("a discount of " + split.discount() + " exceeds the order " + orderAmount);
        }
        if (reversal.isPresent() && reversal.get().at().isBefore(redeemedAt)) {
            throw new IllegalArgumentException("a reversal cannot come before its redemption");
        }
    }

    public Money discount() {
        return split.discount();
    }

    public Money mallShare() {
        return split.mallShare();
    }

    public Money merchantShare() {
        return split.merchantShare();
    }

    public boolean isReversed() {
        return reversal.isPresent();
    }

    public LocalDate day() {
        return MallTime.dayOf(redeemedAt);
    }

    /** The month of the subsidy statement it belongs to. */
    public YearMonth month() {
        return YearMonth.from(day());
    }

    /**
     * Undoes the redemption at {@code at} (not before it was made): refused once reversed, or after the policy's
     * window. The coupon goes back to {@code ISSUED} (and so shows {@code EXPIRED} when no longer valid).
     */
    public ReversalOutcome reverse(Instant at, Reverser by, ReversalPolicy policy) {
        if (at.isBefore(redeemedAt)) {
            throw new IllegalArgumentException("a reversal at " + at + " comes before the redemption at " + redeemedAt);
        }
        if (reversal.isPresent()) {
            return new ReversalOutcome.Refused(Refusal.of(ReversalRefusal.ALREADY_REVERSED,
                    "redemption " + no + " was reversed at " + reversal.get().at()));
        }
        Instant deadline = redeemedAt.plus(policy.window());
        if (at.isAfter(deadline)) {
            return new ReversalOutcome.Refused(Refusal.of(ReversalRefusal.REVERSAL_WINDOW_CLOSED,
                    "redemption " + no + " may be reversed until " + deadline + " (" + policy.window().toHours()
                            + " hours after it was made)"));
        }
        return new ReversalOutcome.Reversed(new Redemption(no, code, campaign, buyer, merchant, orderAmount, orderNo,
                redeemedAt, split, Optional.of(new Reversal(at, by))));
    }
}
