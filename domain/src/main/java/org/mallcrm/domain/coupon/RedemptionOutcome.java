package org.mallcrm.domain.coupon;

import org.mallcrm.domain.campaign.Refusal;

/** A coupon redeemed (the redemption to store), or why not. */
public sealed interface RedemptionOutcome permits RedemptionOutcome.Redeemed, RedemptionOutcome.Refused {

    record Redeemed(Redemption redemption) implements RedemptionOutcome {
    }

    record Refused(Refusal<RedemptionRefusal> refusal) implements RedemptionOutcome {
    }
}
