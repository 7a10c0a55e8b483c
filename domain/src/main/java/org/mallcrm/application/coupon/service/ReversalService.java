package org.mallcrm.application.coupon.service;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.coupon.port.in.ReverseRedemptionUseCase;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.application.coupon.port.out.SubsidyStatements;
import org.mallcrm.domain.campaign.Refusal;
import org.mallcrm.domain.coupon.CouponStatus;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.ReversalOutcome;
import org.mallcrm.domain.coupon.ReversalPolicy;
import org.mallcrm.domain.coupon.ReversalRefusal;
import org.mallcrm.domain.coupon.Reverser;
import org.mallcrm.domain.coupon.SubsidyAdjustment;

/** Reversals within the mall's window, by the redeeming merchant or staff; closed months get an adjustment. */
public final class ReversalService implements ReverseRedemptionUseCase {

    private final Coupons coupons;
    private final SubsidyStatements statements;
    private final Supplier<ReversalPolicy> policy;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    /** @param policy the mall's reversal setting, read on every reversal */
    public ReversalService(Coupons coupons, SubsidyStatements statements, Supplier<ReversalPolicy> policy,
            UnitOfWork unitOfWork, Clock clock) {
        this.coupons = coupons;
        this.statements = statements;
        this.policy = policy;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public ReverseOutcome reverse(ReverseCommand c) {
        Instant at = c.at().orElseGet(clock::now);
        ReversalPolicy rules = policy.get();
        return unitOfWork.inTransaction(() -> {
            Optional<Redemption> found = coupons.findRedemption(c.redemption());
            if (found.isEmpty() || (c.by().kind() == Reverser.Kind.MERCHANT
                    && !found.get().merchant().value().equals(c.by().who()))) {
                return new ReverseOutcome.NotFound("redemption " + c.redemption());
            }
            Redemption r = found.get();
            if (at.isBefore(r.redeemedAt())) {
                return new ReverseOutcome.Invalid("at", "a reversal at " + at + " comes before the redemption at "
                        + r.redeemedAt());
            }
            ReversalOutcome outcome = r.reverse(at, c.by(), rules);
            if (outcome instanceof ReversalOutcome.Refused refused) {
                return new ReverseOutcome.Refused(refused.refusal());
            }
            Redemption reversed = ((ReversalOutcome.Reversed) outcome).redemption();
            statements.lock(r.merchant(), r.month());
            boolean monthClosed = statements.findClosed(r.merchant(), r.month()).isPresent();
            if (!coupons.reverse(r.no(), reversed.reversal().orElseThrow())) {
                return new ReverseOutcome.Refused(Refusal.of(ReversalRefusal.ALREADY_REVERSED,
                        "redemption " + r.no() + " was reversed meanwhile"));
            }
            Optional<SubsidyAdjustment> adjustment = Optional.empty();
            if (monthClosed) {
                adjustment = Optional.of(SubsidyAdjustment.reversal(r,
                        SubsidyMonths.nextOpen(statements, r.merchant(), r.month()), at));
                statements.insertAdjustment(adjustment.get());
            }
            CouponStatus now = coupons.find(r.code()).map(cp -> cp.statusAt(at)).orElse(CouponStatus.ISSUED);
            return new ReverseOutcome.Reversed(reversed, now, adjustment);
        });
    }
}
