package org.mallcrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.mallcrm.domain.channel.Percent;
import org.mallcrm.domain.money.Money;

class DiscountPropertiesTest {

    private static CouponBatch batch(CouponFace face, long mallBp) {
        return new CouponBatch(face, Money.ZERO, 1, 1, new ValidityRule.WholeWindow(), new Participation.AllOperating(),
                new Percent(mallBp));
    }

    @Property(tries = 1000)
    void percent_off_is_the_exact_half_up_share_then_capped_and_the_split_makes_the_discount(
            @ForAll @LongRange(min = 1, max = 100_000_000) long orderFen,
            @ForAll @LongRange(min = 1, max = 10_000) long percentBp,
            @ForAll @LongRange(min = 0, max = 10_000) long mallBp,
            @ForAll @LongRange(min = 0, max = 2_000_000) long capFen) {
        Optional<Money> cap = capFen == 0 ? Optional.empty() : Optional.of(Money.ofFen(capFen));
        CouponBatch b = batch(new CouponFace.PercentOff(new Percent(percentBp), cap), mallBp);
        Money order = Money.ofFen(orderFen);

        DiscountSplit s = b.discountOn(order);

        Money exact = Money.round(order.toBigDecimal().multiply(BigDecimal.valueOf(percentBp, 4)), RoundingMode.HALF_UP);
        assertThat(s.discount()).isEqualTo(cap.map(exact::min).orElse(exact));
        assertThat(s.discount().isGreaterThan(order)).isFalse();
        assertThat(s.mallShare()).isEqualTo(Money.round(
                s.discount().toBigDecimal().multiply(BigDecimal.valueOf(mallBp, 4)), RoundingMode.HALF_UP));
        assertThat(s.mallShare().plus(s.merchantShare())).isEqualTo(s.discount());
        assertThat(s.merchantShare().isNegative()).isFalse();
    }

    @Property(tries = 500)
    void amount_off_is_the_smaller_of_amount_and_order(@ForAll @LongRange(min = 1, max = 10_000_000) long orderFen,
            @ForAll @LongRange(min = 1, max = 10_000_000) long amountFen,
            @ForAll @LongRange(min = 0, max = 10_000) long mallBp) {
        DiscountSplit s = batch(new CouponFace.AmountOff(Money.ofFen(amountFen)), mallBp).discountOn(Money.ofFen(orderFen));
        assertThat(s.discount().fen()).isEqualTo(Math.min(orderFen, amountFen));
        assertThat(s.mallShare().plus(s.merchantShare())).isEqualTo(s.discount());
    }
}
