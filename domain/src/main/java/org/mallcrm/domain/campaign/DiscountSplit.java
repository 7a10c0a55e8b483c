package org.mallcrm.domain.campaign;

import java.util.Objects;
import org.mallcrm.domain.money.Money;

/** A discount and who bears it: the mall's share (营销补差 owed to the merchant) and the merchant's share. */
public record DiscountSplit(Money discount, Money mallShare, Money merchantShare) {

    public DiscountSplit {
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(mallShare, "mallShare");
        Objects.requireNonNull(merchantShare, "merchantShare");
        if (mallShare.isNegative() || merchantShare.isNegative()
                || !mallShare.plus(merchantShare).equals(discount)) {
            throw new IllegalArgumentException("shares " + mallShare + " + " + merchantShare
                    + " do not make the discount " + discount);
        }
    }
}
