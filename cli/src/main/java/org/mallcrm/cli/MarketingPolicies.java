package org.mallcrm.cli;

import java.util.function.Supplier;
import org.mallcrm.application.settings.port.out.MallSettingsStore;
import org.mallcrm.domain.buyer.RfmPolicy;
import org.mallcrm.domain.coupon.ReversalPolicy;
import org.mallcrm.domain.coupon.SettlementPolicy;

/**
 * The one place the buyer and coupon policies come from: RFM (window, thresholds), how long a redemption may be
 * reversed, how a subsidy statement is settled. Each is a supplier read by the use case whenever it needs it, built
 * from the mall's settings as stored at that moment (keys {@code buyer.rfm_*}, {@code coupon.reversal_hours},
 * {@code subsidy.settlement}), so a {@code settings set} applies to the next call without a restart.
 */
public record MarketingPolicies(Supplier<RfmPolicy> rfm, Supplier<ReversalPolicy> reversal,
        Supplier<SettlementPolicy> settlement) {

    /** The policies of one mall, read from its settings store on every call. */
    public static MarketingPolicies of(MallSettingsStore settings) {
        return new MarketingPolicies(() -> settings.current().rfmPolicy(),
                () -> settings.current().reversalPolicy(), () -> settings.current().settlementPolicy());
    }
}
