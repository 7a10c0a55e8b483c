package org.mallcrm.application.coupon.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.campaign.Refusal;
import org.mallcrm.domain.coupon.CouponStatus;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.RedemptionNo;
import org.mallcrm.domain.coupon.ReversalRefusal;
import org.mallcrm.domain.coupon.Reverser;
import org.mallcrm.domain.coupon.SubsidyAdjustment;

/**
 * The redeeming merchant, or staff, undoes a redemption (撤销核销) within the mall's reversal window: the coupon is
 * usable again while valid (else it shows EXPIRED). When the redemption's month is closed, the mall's share comes
 * off the next open statement as an adjustment. Another merchant's redemption is not found.
 */
public interface ReverseRedemptionUseCase {

    ReverseOutcome reverse(ReverseCommand command);

    /** @param at when (default now) */
    record ReverseCommand(RedemptionNo redemption, Reverser by, Optional<Instant> at) {

        public ReverseCommand {
            Objects.requireNonNull(redemption, "redemption");
            Objects.requireNonNull(by, "by");
            at = at == null ? Optional.empty() : at;
        }
    }

    sealed interface ReverseOutcome {

        /**
         * @param coupon the coupon's status now: ISSUED, or EXPIRED when past its validity
         * @param adjustment posted on a later statement when the redemption's month was closed
         */
        record Reversed(Redemption redemption, CouponStatus coupon, Optional<SubsidyAdjustment> adjustment)
                implements ReverseOutcome {
        }

        record Refused(Refusal<ReversalRefusal> refusal) implements ReverseOutcome {
        }

        /** A reversal dated before the redemption. */
        record Invalid(String field, String reason) implements ReverseOutcome {
        }

        /** No such redemption (or another merchant's). */
        record NotFound(String what) implements ReverseOutcome {
        }
    }
}
