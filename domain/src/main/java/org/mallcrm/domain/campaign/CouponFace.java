package org.mallcrm.domain.campaign;

import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.channel.Percent;
import org.mallcrm.domain.money.Money;

/** What a coupon takes off an order: a fixed amount (满减), or a percentage with an optional cap (9折 is 10 % off). */
public sealed interface CouponFace permits CouponFace.AmountOff, CouponFace.PercentOff {

    /** The discount on an order of {@code order} (zero or more): never more than the order. */
    Money discountOn(Money order);

    /** {@code AMOUNT_OFF} or {@code PERCENT_OFF}. */
    String code();

    /** {@code AMOUNT_OFF}: min(amount, order). */
    record AmountOff(Money amount) implements CouponFace {

        public AmountOff {
            Objects.requireNonNull(amount, "amount");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("the amount off must be positive, not " + amount);
            }
        }

        @Override
        public Money discountOn(Money order) {
            return amount.min(order);
        }

        @Override
        public String code() {
            return "AMOUNT_OFF";
        }
    }

    /** {@code PERCENT_OFF}: HALF_UP(order × percent), then capped. */
    record PercentOff(Percent percent, Optional<Money> cap) implements CouponFace {

        public PercentOff {
            Objects.requireNonNull(percent, "percent");
            cap = cap == null ? Optional.empty() : cap;
            if (percent.basisPoints() <= 0 || percent.basisPoints() > 10_000) {
                throw new IllegalArgumentException("percent off is more than 0 and at most 100, not " + percent);
            }
            if (cap.isPresent() && !cap.get().isPositive()) {
                throw new IllegalArgumentException("the cap must be positive, not " + cap.get());
            }
        }

        @Override
        public Money discountOn(Money order) {
            Money d = PercentOf.halfUp(order, percent);
            return cap.map(d::min).orElse(d);
        }

        @Override
        public String code() {
            return "PERCENT_OFF";
        }
    }
}
