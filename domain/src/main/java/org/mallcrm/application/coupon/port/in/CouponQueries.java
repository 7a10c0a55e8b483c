package org.mallcrm.application.coupon.port.in;

import java.util.Objects;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.domain.coupon.Coupon;
import org.mallcrm.domain.coupon.CouponCode;
import org.mallcrm.domain.coupon.CouponStatus;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.RedemptionNo;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * Reading coupons and redemptions: staff see all; a buyer's view filters by the buyer, a merchant's by the
 * merchant (another merchant's redemption is not found).
 */
public interface CouponQueries {

    int MAX_PAGE = 1000;

    Optional<CouponView> coupon(CouponCode code);

    Page<CouponView> coupons(Coupons.CouponFilter filter, String cursor, int limit);

    /** @param viewer the merchant asking (its own only), or empty for staff */
    Optional<Redemption> redemption(RedemptionNo no, Optional<MerchantNo> viewer);

    Page<Redemption> redemptions(Coupons.RedemptionFilter filter, String cursor, int limit);

    /** A coupon with its status now. */
    record CouponView(Coupon coupon, CouponStatus status) {

        public CouponView {
            Objects.requireNonNull(coupon, "coupon");
            Objects.requireNonNull(status, "status");
        }
    }
}
