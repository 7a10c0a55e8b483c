package org.mallcrm.domain.coupon;

import java.time.Duration;
import java.util.Objects;

/** A mall's rule for reversals: how long after a redemption it may be reversed (default 24 hours). */
public record ReversalPolicy(Duration window) {

    /** What a new mall starts with. */
    public static final ReversalPolicy DEFAULTS = new ReversalPolicy(Duration.ofHours(24));

    public ReversalPolicy {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("the reversal window is 0 to 366 days, not " + window);
        }
    }
}
