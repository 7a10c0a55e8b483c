package org.mallcrm.domain.buyer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One part of a breakdown of buyers: its key (a category, a province's full name, a transport mode, a channel;
 * {@link Shares#NONE} for buyers without one), how many buyers, and their share in percent with two decimals.
 */
public record Share(String key, long buyers, BigDecimal pct) {

    public Share {
        Objects.requireNonNull(key, "key");
        if (buyers < 0) {
            throw new IllegalArgumentException("a count of buyers cannot be negative");
        }
        if (pct.scale() != 2 || pct.signum() < 0) {
            throw new IllegalArgumentException("a share is a percentage with two decimals: " + pct);
        }
    }
}
