package org.mallcrm.domain.coupon;

import org.mallcrm.domain.campaign.Refusal;

/** A redemption reversed, or why not. */
public sealed interface ReversalOutcome permits ReversalOutcome.Reversed, ReversalOutcome.Refused {

    record Reversed(Redemption redemption) implements ReversalOutcome {
    }

    record Refused(Refusal<ReversalRefusal> refusal) implements ReversalOutcome {
    }
}
