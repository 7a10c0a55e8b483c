package org.mallcrm.application.coupon.service;

import java.time.Instant;
import java.util.Optional;
import org.mallcrm.application.campaign.port.in.AudienceQuery;
import org.mallcrm.application.campaign.port.out.Campaigns;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase;
import org.mallcrm.application.coupon.port.out.CouponCodes;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.domain.campaign.BuyerTraits;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.ClaimRefusal;
import org.mallcrm.domain.campaign.CouponBatch;
import org.mallcrm.domain.campaign.Refusal;
import org.mallcrm.domain.coupon.Coupon;

/**
 * Claims: the campaign decides whether it is open and whether the buyer is in its audience; the store, atomically,
 * whether stock and the buyer's limit allow one more. A code that happens to be taken is drawn again.
 */
public final class ClaimService implements ClaimCouponUseCase {

    /** How many codes are drawn before giving up (a collision of 64 random bits is already rare). */
    static final int CODE_ATTEMPTS = 5;

    private final Campaigns campaigns;
    private final Coupons coupons;
    private final CouponCodes codes;
    private final AudienceQuery audience;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ClaimService(Campaigns campaigns, Coupons coupons, CouponCodes codes, AudienceQuery audience,
            UnitOfWork unitOfWork, Clock clock) {
        this.campaigns = campaigns;
        this.coupons = coupons;
        this.codes = codes;
        this.audience = audience;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    private static ClaimOutcome refused(ClaimRefusal code, String detail) {
        return new ClaimOutcome.Refused(Refusal.of(code, detail));
    }

    @Override
    public ClaimOutcome claim(ClaimCommand c) {
        Instant at = c.at().orElseGet(clock::now);
        return unitOfWork.inTransaction(() -> {
            Optional<Campaign> found = campaigns.find(c.campaign());
            if (found.isEmpty()) {
                return new ClaimOutcome.NotFound("campaign " + c.campaign());
            }
            Campaign campaign = found.get();
            Optional<Refusal<ClaimRefusal>> closed = campaign.refuseClaimAt(at);
            if (closed.isPresent()) {
                return new ClaimOutcome.Refused(closed.get());
            }
            Optional<BuyerTraits> traits = audience.traits(c.buyer(), campaign.audience());
            if (traits.isEmpty()) {
                return refused(ClaimRefusal.UNKNOWN_BUYER, "buyer " + c.buyer() + " is not registered");
            }
            Optional<Refusal<ClaimRefusal>> no = campaign.refuseClaim(at, traits.get());
            if (no.isPresent()) {
                return new ClaimOutcome.Refused(no.get());
            }
            CouponBatch batch = campaign.couponBatch().orElseThrow();
            for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
                Coupon coupon = Coupon.claim(codes.next(), campaign, c.buyer(), at);
                switch (coupons.claim(coupon, batch.stock(), batch.perBuyer())) {
                    case CLAIMED -> {
                        return new ClaimOutcome.Claimed(coupon);
                    }
                    case OUT_OF_STOCK -> {
                        return refused(ClaimRefusal.OUT_OF_STOCK, "all " + batch.stock() + " coupons of "
                                + campaign.no() + " are claimed");
                    }
                    case PER_BUYER_LIMIT -> {
                        return refused(ClaimRefusal.PER_BUYER_LIMIT, "buyer " + c.buyer() + " holds "
                                + batch.perBuyer() + " coupon" + (batch.perBuyer() == 1 ? "" : "s") + " of "
                                + campaign.no() + ", the most one buyer may");
                    }
                    case CODE_TAKEN -> {
                    }
                }
            }
            throw new IllegalStateException("no free coupon code after " + CODE_ATTEMPTS
                    + " draws: the code source is not random");
        });
    }
}
