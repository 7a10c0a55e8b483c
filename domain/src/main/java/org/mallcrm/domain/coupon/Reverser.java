package org.mallcrm.domain.coupon;

import java.util.Objects;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.domain.merchant.MerchantNo;

/** Who reverses a redemption: the merchant that redeemed it, or a member of the mall's staff. */
public record Reverser(Kind kind, String who) {

    public enum Kind {
        MERCHANT,
        STAFF
    }

    public Reverser {
        Objects.requireNonNull(kind, "kind");
        who = Texts.require(who, "who reverses", 60);
    }

    public static Reverser merchant(MerchantNo merchant) {
        return new Reverser(Kind.MERCHANT, merchant.value());
    }

    public static Reverser staff(String name) {
        return new Reverser(Kind.STAFF, name);
    }
}
