package org.mallcrm.domain.coupon;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.CouponBatch;
import org.mallcrm.domain.campaign.DiscountSplit;
import org.mallcrm.domain.campaign.MerchantStanding;
import org.mallcrm.domain.campaign.Refusal;
import org.mallcrm.domain.campaign.Validity;
import org.mallcrm.domain.money.Money;

/**
 * A coupon (优惠券) a buyer claimed from a campaign's batch: its code, validity and stored status ({@code ISSUED} or
 * {@code REDEEMED}; {@code EXPIRED} is derived by {@link #statusAt}), and how many times it has been redeemed
 * (a reversal makes it usable again, so a coupon may have several redemptions, at most one of them standing).
 */
public record Coupon(CouponCode code, CampaignNo campaign, BuyerId buyer, Instant claimedAt, Validity validity,
        CouponStatus status, int redemptions) {

    public Coupon {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(claimedAt, "claimedAt");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(status, "status");
        if (status == CouponStatus.EXPIRED) {
            throw new IllegalArgumentException("EXPIRED is derived from the validity, never stored");
        }
        if (redemptions < 0 || (status == CouponStatus.REDEEMED && redemptions == 0)) {
            throw new IllegalArgumentException("coupon " + code + " cannot be " + status + " after " + redemptions
                    + " redemptions");
        }
    }

    /**
     * A coupon claimed at {@code at} from a coupon campaign: valid as the batch says (the campaign's window, or N days
     * from the claim).
     */
    public static Coupon claim(CouponCode code, Campaign campaign, BuyerId buyer, Instant at) {
        CouponBatch batch = campaign.couponBatch()
                .orElseThrow(() -> new IllegalArgumentException("campaign " + campaign.no() + " has no coupons"));
        return new Coupon(code, campaign.no(), buyer, at, batch.validity().validityFor(at, campaign.window()),
                CouponStatus.ISSUED, 0);
    }

    /** The status at an instant: an issued coupon past its validity is {@code EXPIRED}. */
    public CouponStatus statusAt(Instant t) {
        if (status == CouponStatus.ISSUED && validity.judge(t) == Validity.Judgement.EXPIRED) {
            return CouponStatus.EXPIRED;
        }
        return status;
    }

    /** The number its next redemption takes. */
    public RedemptionNo nextRedemptionNo() {
        return RedemptionNo.of(code, redemptions + 1);
    }

    /** This coupon after a redemption of it was stored. */
    public Coupon redeemed() {
        return new Coupon(code, campaign, buyer, claimedAt, validity, CouponStatus.REDEEMED, redemptions + 1);
    }

    /** This coupon after its standing redemption was reversed: usable again while valid. */
    public Coupon reinstated() {
        if (status != CouponStatus.REDEEMED) {
            throw new IllegalStateException("coupon " + code + " is not redeemed");
        }
        return new Coupon(code, campaign, buyer, claimedAt, validity, CouponStatus.ISSUED, redemptions);
    }

    /**
     * Redeems this coupon at a merchant on an order (domain-rules.md §7): it must be {@code ISSUED}, claimed and
     * inside its validity, the merchant must take part in the batch and hold a live lease, and the order must reach the
     * threshold. Refusals are checked in that order.
     *
     * @param campaign the coupon's campaign
     * @param order    a positive amount
     */
    public RedemptionOutcome redeem(Campaign campaign, MerchantStanding merchant, Money order, Optional<String> orderNo,
            Instant at) {
        if (!campaign.no().equals(this.campaign)) {
            throw new IllegalArgumentException("coupon " + code + " is of campaign " + this.campaign + ", not "
                    + campaign.no());
        }
        CouponBatch batch = campaign.couponBatch().orElseThrow();
        if (status == CouponStatus.REDEEMED) {
            return refused(RedemptionRefusal.ALREADY_REDEEMED, "coupon " + code.grouped() + " is redeemed already");
        }
        if (at.isBefore(claimedAt)) {
            return refused(RedemptionRefusal.NOT_YET_VALID, "coupon " + code.grouped() + " was claimed at " + claimedAt
                    + ", after " + at);
        }
        switch (validity.judge(at)) {
            case NOT_YET_VALID -> {
                return refused(RedemptionRefusal.NOT_YET_VALID, "coupon " + code.grouped() + " is valid from "
                        + validity.from());
            }
            case EXPIRED -> {
                return refused(RedemptionRefusal.EXPIRED, "coupon " + code.grouped() + " was valid until "
                        + validity.validUntil());
            }
            case VALID -> {
            }
        }
        Optional<String> notTaking = batch.participation().excludes(merchant);
        if (notTaking.isPresent()) {
            return refused(RedemptionRefusal.MERCHANT_NOT_PARTICIPATING, notTaking.get());
        }
        if (!batch.reachesThreshold(order)) {
            return refused(RedemptionRefusal.BELOW_THRESHOLD, "the order of " + order + " is below the threshold of "
                    + batch.threshold());
        }
        DiscountSplit split = batch.discountOn(order);
        return new RedemptionOutcome.Redeemed(new Redemption(nextRedemptionNo(), code, this.campaign, buyer,
                merchant.merchant(), order, orderNo, at, split, Optional.empty()));
    }

    private static RedemptionOutcome refused(RedemptionRefusal code, String detail) {
        return new RedemptionOutcome.Refused(Refusal.of(code, detail));
    }
}
