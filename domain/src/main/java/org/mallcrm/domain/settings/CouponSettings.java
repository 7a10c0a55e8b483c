package org.mallcrm.domain.settings;

import java.time.Duration;
import java.util.Objects;

/**
 * A mall's coupon settings (domain-rules.md §7).
 *
 * @param reversalHours how long after a redemption it may be reversed (24 hours); 0 allows no reversal
 * @param settlement    how a closed subsidy statement is settled: paid out (default) or offset on rent
 */
public record CouponSettings(int reversalHours, SubsidySettlement settlement) {

    /** What a new mall starts with. */
    public static final CouponSettings DEFAULT = new CouponSettings(24, SubsidySettlement.PAY_OUT);

    public CouponSettings {
        Objects.requireNonNull(settlement, "settlement");
        if (reversalHours < 0) {
            throw new IllegalArgumentException("the reversal window cannot be negative");
        }
    }

    public Duration reversalWindow() {
        return Duration.ofHours(reversalHours);
    }
}
