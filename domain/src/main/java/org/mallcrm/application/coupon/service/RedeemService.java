package org.mallcrm.application.coupon.service;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.campaign.port.out.Campaigns;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.application.coupon.port.out.MerchantStandings;
import org.mallcrm.application.coupon.port.out.SubsidyStatements;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.MerchantStanding;
import org.mallcrm.domain.campaign.Refusal;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.domain.coupon.Coupon;
import org.mallcrm.domain.coupon.CouponCode;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.RedemptionOutcome;
import org.mallcrm.domain.coupon.RedemptionRefusal;
import org.mallcrm.domain.coupon.SubsidyAdjustment;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.time.MallTime;

/**
 * Redemptions: input read and checked first (nothing is looked up for a malformed code), then the coupon decides
 * (validity, merchant, threshold) and the store lets exactly one redemption of a coupon in. A redemption recorded
 * into a month whose statement is closed (a paper record) is added to the next open statement as an adjustment.
 */
public final class RedeemService implements RedeemCouponUseCase {

    private final Campaigns campaigns;
    private final Coupons coupons;
    private final MerchantStandings merchants;
    private final SubsidyStatements statements;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RedeemService(Campaigns campaigns, Coupons coupons, MerchantStandings merchants,
            SubsidyStatements statements, UnitOfWork unitOfWork, Clock clock) {
        this.campaigns = campaigns;
        this.coupons = coupons;
        this.merchants = merchants;
        this.statements = statements;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public RedeemOutcome redeem(RedeemCommand c) {
        List<RowError> errors = new ArrayList<>();
        CouponCode code = null;
        try {
            code = CouponCode.parse(c.couponCode());
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(0, "coupon_code", c.couponCode() == null ? "" : c.couponCode(), e.getMessage()));
        }
        Money order = null;
        try {
            order = Money.parse(c.orderAmount());
            if (!order.isPositive()) {
                errors.add(new RowError(0, "order_amount", c.orderAmount(), "an order amount is more than 0"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(0, "order_amount", c.orderAmount() == null ? "" : c.orderAmount(),
                    e.getMessage()));
        }
        Optional<String> orderNo = Optional.empty();
        try {
            orderNo = c.orderNo().map(o -> Texts.optional(o, "order number", Redemption.MAX_ORDER_NO));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(0, "order_no", c.orderNo().orElse(""), e.getMessage()));
        }
        if (!errors.isEmpty()) {
            return new RedeemOutcome.Invalid(errors);
        }
        Instant at = c.at().orElseGet(clock::now);
        CouponCode theCode = code;
        Money amount = order;
        Optional<String> number = orderNo;
        return unitOfWork.inTransaction(() -> redeemInTransaction(theCode, c, amount, number, at));
    }

    private RedeemOutcome redeemInTransaction(CouponCode code, RedeemCommand c, Money order, Optional<String> orderNo,
            Instant at) {
        Optional<Coupon> coupon = coupons.find(code);
        if (coupon.isEmpty()) {
            return refused(RedemptionRefusal.UNKNOWN_CODE, "no coupon has the code " + code.grouped());
        }
        Optional<MerchantStanding> merchant = merchants.standing(c.merchant(), MallTime.dayOf(at));
        if (merchant.isEmpty()) {
            return new RedeemOutcome.NotFound("merchant " + c.merchant());
        }
        Campaign campaign = campaigns.find(coupon.get().campaign()).orElseThrow(() -> new IllegalStateException(
                "coupon " + code + " names campaign " + coupon.get().campaign() + ", which is not stored"));
        RedemptionOutcome outcome = coupon.get().redeem(campaign, merchant.get(), order, orderNo, at);
        if (outcome instanceof RedemptionOutcome.Refused r) {
            return new RedeemOutcome.Refused(r.refusal());
        }
        Redemption redemption = ((RedemptionOutcome.Redeemed) outcome).redemption();
        Optional<SubsidyAdjustment> late = Optional.empty();
        YearMonth month = redemption.month();
        if (month.isBefore(MallTime.monthOf(clock.now()))) {
            statements.lock(redemption.merchant(), month);
            if (statements.findClosed(redemption.merchant(), month).isPresent()) {
                late = Optional.of(SubsidyAdjustment.lateRedemption(redemption,
                        SubsidyMonths.nextOpen(statements, redemption.merchant(), month), clock.now()));
            }
        }
        if (!coupons.redeem(redemption)) {
            return refused(RedemptionRefusal.ALREADY_REDEEMED, "coupon " + code.grouped()
                    + " was redeemed meanwhile");
        }
        late.ifPresent(statements::insertAdjustment);
        return new RedeemOutcome.Redeemed(redemption);
    }

    private static RedeemOutcome refused(RedemptionRefusal code, String detail) {
        return new RedeemOutcome.Refused(Refusal.of(code, detail));
    }
}
