package org.mallcrm.application.coupon.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.coupon.port.in.CouponQueries;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.domain.coupon.CouponCode;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.RedemptionNo;
import org.mallcrm.domain.merchant.MerchantNo;

/** Coupons with their status now, and redemptions (a merchant sees its own only). */
public final class CouponQueryService implements CouponQueries {

    private final Coupons coupons;
    private final Clock clock;

    public CouponQueryService(Coupons coupons, Clock clock) {
        this.coupons = coupons;
        this.clock = clock;
    }

    @Override
    public Optional<CouponView> coupon(CouponCode code) {
        Instant now = clock.now();
        return coupons.find(code).map(c -> new CouponView(c, c.statusAt(now)));
    }

    @Override
    public Page<CouponView> coupons(Coupons.CouponFilter filter, String cursor, int limit) {
        int n = Math.max(1, Math.min(limit, MAX_PAGE));
        CouponCode after = cursor == null || cursor.isBlank() ? null : CouponCode.parse(cursor);
        Instant now = clock.now();
        List<CouponView> found = coupons.list(filter, now, after, n + 1).stream()
                .map(c -> new CouponView(c, c.statusAt(now))).toList();
        if (found.size() > n) {
            return new Page<>(found.subList(0, n), found.get(n - 1).coupon().code().value());
        }
        return new Page<>(found, null);
    }

    @Override
    public Optional<Redemption> redemption(RedemptionNo no, Optional<MerchantNo> viewer) {
        return coupons.findRedemption(no).filter(r -> viewer.map(r.merchant()::equals).orElse(true));
    }

    @Override
    public Page<Redemption> redemptions(Coupons.RedemptionFilter filter, String cursor, int limit) {
        int n = Math.max(1, Math.min(limit, MAX_PAGE));
        RedemptionNo after = cursor == null || cursor.isBlank() ? null : RedemptionNo.of(cursor);
        List<Redemption> found = coupons.listRedemptions(filter, after, n + 1);
        if (found.size() > n) {
            return new Page<>(found.subList(0, n), found.get(n - 1).no().value());
        }
        return new Page<>(found, null);
    }
}
