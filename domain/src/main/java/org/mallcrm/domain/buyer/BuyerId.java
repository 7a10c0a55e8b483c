package org.mallcrm.domain.buyer;

import org.mallcrm.domain.common.Identifiers;

/** A buyer's id (下游客户编号), as the buyer app and scan files name it. */
public record BuyerId(String value) implements Comparable<BuyerId> {

    public BuyerId {
        value = Identifiers.require(value, "buyer id");
    }

    public static BuyerId of(String value) {
        return new BuyerId(value);
    }

    @Override
    public int compareTo(BuyerId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
