package org.mallcrm.application.coupon.port.out;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.coupon.Coupon;
import org.mallcrm.domain.coupon.CouponCode;
import org.mallcrm.domain.coupon.CouponStatus;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.RedemptionNo;
import org.mallcrm.domain.coupon.Reversal;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * Coupons and their redemptions, as stored. The three writes are each <b>atomic against every concurrent caller</b>
 * — threads, processes, server instances on one database — and write nothing unless they succeed:
 * <ul>
 * <li>{@link #claim}: a batch's stock is never exceeded, nor a buyer's limit (e.g. in one transaction:
 * {@code UPDATE coupon_stock SET claimed = claimed + 1 WHERE campaign = ? AND claimed < stock}, then the same
 * conditional increment on the (campaign, buyer) holding row, then the insert; any miss rolls back);</li>
 * <li>{@link #redeem}: a coupon redeems once ({@code UPDATE coupon SET status = 'REDEEMED', redemptions = n WHERE
 * code = ? AND status = 'ISSUED' AND redemptions = n - 1}, then the insert of the redemption, whose number is
 * unique);</li>
 * <li>{@link #reverse}: a redemption is reversed once, and only its reversal puts the coupon back.</li>
 * </ul>
 * They may be called inside a unit of work (and then commit with it) or outside (each is then its own
 * transaction).
 */
public interface Coupons {

    enum ClaimResult {
        CLAIMED,
        OUT_OF_STOCK,
        PER_BUYER_LIMIT,
        /** Another coupon has this code (64 random bits: it happens, rarely): draw another and try again. */
        CODE_TAKEN
    }

    /**
     * Stores a new coupon when its buyer holds fewer than {@code perBuyer} coupons of its campaign (else
     * {@code PER_BUYER_LIMIT}), fewer than {@code stock} coupons of the campaign are claimed (else
     * {@code OUT_OF_STOCK}) and its code is new (else {@code CODE_TAKEN}).
     */
    ClaimResult claim(Coupon coupon, int stock, int perBuyer);

    Optional<Coupon> find(CouponCode code);

    /**
     * Stores a redemption of an {@code ISSUED} coupon: the coupon becomes {@code REDEEMED} with
     * {@code redemptions + 1}. False when the coupon is not {@code ISSUED} with the redemptions the redemption's
     * number implies (another redemption won): nothing written.
     */
    boolean redeem(Redemption redemption);

    Optional<Redemption> findRedemption(RedemptionNo no);

    /**
     * Records the reversal of a standing redemption and puts its coupon back to {@code ISSUED}. False when it is
     * reversed already (or unknown): nothing written.
     */
    boolean reverse(RedemptionNo no, Reversal reversal);

    /** How many coupons of the campaign are claimed (stock used). */
    long claimed(CampaignNo campaign);

    /**
     * Coupons matching the filter with a code greater than {@code after} (null: from the start), by code; a status
     * filter is judged at {@code at} ({@code EXPIRED}: issued and past validity).
     */
    List<Coupon> list(CouponFilter filter, Instant at, CouponCode after, int limit);

    /** Redemptions matching the filter with a number greater than {@code after} (null: from the start), by number. */
    List<Redemption> listRedemptions(RedemptionFilter filter, RedemptionNo after, int limit);

    /** Every coupon of a campaign, in any order. */
    void forEachCoupon(CampaignNo campaign, Consumer<Coupon> sink);

    /** Every redemption of a campaign, reversed ones too, in any order. */
    void forEachRedemption(CampaignNo campaign, Consumer<Redemption> sink);

    /** A merchant's redemptions made in a local month (Asia/Shanghai), reversed ones too. */
    List<Redemption> redemptionsOf(MerchantNo merchant, YearMonth month);

    /** Every merchant's redemptions made in a local month, reversed ones too: one read for a month's statements. */
    List<Redemption> redemptionsIn(YearMonth month);

    /** Which coupons a list shows; an empty part matches all. */
    record CouponFilter(Optional<CampaignNo> campaign, Optional<BuyerId> buyer, Optional<CouponStatus> status) {

        public static final CouponFilter ALL = new CouponFilter(Optional.empty(), Optional.empty(), Optional.empty());

        public CouponFilter {
            campaign = campaign == null ? Optional.empty() : campaign;
            buyer = buyer == null ? Optional.empty() : buyer;
            status = status == null ? Optional.empty() : status;
        }

        public boolean matches(Coupon c, Instant at) {
            return campaign.map(c.campaign()::equals).orElse(true) && buyer.map(c.buyer()::equals).orElse(true)
                    && status.map(s -> c.statusAt(at) == s).orElse(true);
        }
    }

    /** Which redemptions a list shows; an empty part matches all (a merchant's view fixes the merchant). */
    record RedemptionFilter(Optional<MerchantNo> merchant, Optional<CampaignNo> campaign, Optional<BuyerId> buyer) {

        public static final RedemptionFilter ALL = new RedemptionFilter(Optional.empty(), Optional.empty(),
                Optional.empty());

        public RedemptionFilter {
            merchant = merchant == null ? Optional.empty() : merchant;
            campaign = campaign == null ? Optional.empty() : campaign;
            buyer = buyer == null ? Optional.empty() : buyer;
        }

        public boolean matches(Redemption r) {
            return merchant.map(r.merchant()::equals).orElse(true) && campaign.map(r.campaign()::equals).orElse(true)
                    && buyer.map(r.buyer()::equals).orElse(true);
        }
    }
}
