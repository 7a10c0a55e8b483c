package org.mallcrm.cli;

import java.util.function.Supplier;
import org.mallcrm.domain.buyer.RfmPolicy;
import org.mallcrm.domain.coupon.ReversalPolicy;
import org.mallcrm.domain.coupon.SettlementPolicy;

/**
 * The one place the buyer and coupon policies come from: RFM (window, thresholds), how long a redemption may be
 * reversed, how a subsidy statement is settled. Each is a supplier, read by the use case whenever it needs it, so
 * that per-mall settings (setting keys {@code buyer.rfm.*}, {@code coupon.reversal_hours},
 * {@code subsidy.settlement}) plug in here without touching the services. Until the settings store is wired, the
 * defaults of domain-rules.md §6 and §7 hold.
 */
public record MarketingPolicies(Supplier<RfmPolicy> rfm, Supplier<ReversalPolicy> reversal,
        Supplier<SettlementPolicy> settlement) {

    public static MarketingPolicies defaults() {
        return new MarketingPolicies(() -> RfmPolicy.DEFAULTS, () -> ReversalPolicy.DEFAULTS,
                () -> SettlementPolicy.DEFAULTS);
    }
}
