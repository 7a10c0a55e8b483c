package org.mallcrm.application.coupon.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.ClaimRefusal;
import org.mallcrm.domain.campaign.Refusal;
import org.mallcrm.domain.coupon.Coupon;

/**
 * A buyer claims a coupon (领券) from a running coupon campaign it is in the audience of, while stock lasts and
 * under the per-buyer limit — both kept by the store under any concurrency. Refusals: {@code NOT_RUNNING},
 * {@code NOT_IN_AUDIENCE}, {@code OUT_OF_STOCK}, {@code PER_BUYER_LIMIT}, {@code UNKNOWN_BUYER} (and
 * {@code NOT_A_COUPON_CAMPAIGN} for an event).
 */
public interface ClaimCouponUseCase {

    ClaimOutcome claim(ClaimCommand command);

    /** @param at when the claim is made (default now): a paper record is judged at its own instant */
    record ClaimCommand(CampaignNo campaign, BuyerId buyer, Optional<Instant> at) {

        public ClaimCommand {
            Objects.requireNonNull(campaign, "campaign");
            Objects.requireNonNull(buyer, "buyer");
            at = at == null ? Optional.empty() : at;
        }
    }

    sealed interface ClaimOutcome {

        record Claimed(Coupon coupon) implements ClaimOutcome {
        }

        record Refused(Refusal<ClaimRefusal> refusal) implements ClaimOutcome {
        }

        /** No such campaign. */
        record NotFound(String what) implements ClaimOutcome {
        }
    }
}
