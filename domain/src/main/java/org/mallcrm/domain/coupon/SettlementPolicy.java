package org.mallcrm.domain.coupon;

import java.util.Objects;

/** A mall's rule for subsidy statements (营销补差): how a closed statement is settled (default: paid out). */
public record SettlementPolicy(SettlementMethod method) {

    /** What a new mall starts with. */
    public static final SettlementPolicy DEFAULTS = new SettlementPolicy(SettlementMethod.PAY_OUT);

    public SettlementPolicy {
        Objects.requireNonNull(method, "method");
    }
}
