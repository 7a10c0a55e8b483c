package org.mallcrm.domain.coupon;

import java.util.Objects;
import java.time.Instant;

/** A redemption undone (撤销核销): when, and by whom. */
public record Reversal(Instant at, Reverser by) {

    public Reversal {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }
}
