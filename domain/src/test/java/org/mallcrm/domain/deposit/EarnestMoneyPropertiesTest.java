package org.mallcrm.domain.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.mallcrm.domain.lease.EarnestMoneyPolicy;
import org.mallcrm.domain.lease.EarnestOnSigning;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.deposit.EarnestFixtures;
import org.mallcrm.fixtures.lease.Accounts;

class EarnestMoneyPropertiesTest {

    enum Op { EXPIRE_EARLY, EXPIRE_LATE, REFUND, MERCHANT_WALKS, MALL_WALKS, SIGN_OFFSET, SIGN_CONVERT, FORGET_VALUE }

    @Provide
    Arbitrary<List<Op>> operations() {
        return Arbitraries.of(Op.class).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 500)
    void received_always_equals_offset_refunded_forfeited_converted_and_held(
            @ForAll("operations") List<Op> ops, @ForAll boolean earnest,
            @ForAll @LongRange(min = 1, max = 10_000_000) long fen) {
        EarnestMoney money = EarnestFixtures.held(earnest ? EarnestKind.EARNEST : EarnestKind.PREPAYMENT,
                Money.ofFen(fen).toString());
        EarnestMoneyPolicy policy = EarnestMoneyPolicy.DEFAULT;
        Money paidBack = Money.ZERO;
        for (Op op : ops) {
            EarnestMoney before = money;
            Object outcome = switch (op) {
                case EXPIRE_EARLY -> money.expire(money.lockedThrough());
                case EXPIRE_LATE -> money.expire(money.lockedThrough().plusDays(1));
                case REFUND -> money.refund();
                case MERCHANT_WALKS -> money.merchantWalksAway(policy);
                case MALL_WALKS -> money.mallWalksAway(policy);
                case SIGN_OFFSET -> money.applyOnSigning(Accounts.b1Account(), LocalDate.of(2026, 1, 10), policy);
                case SIGN_CONVERT -> money.applyOnSigning(Accounts.b1Account(), LocalDate.of(2026, 1, 10),
                        policy.withOnSigning(EarnestOnSigning.CONVERT_TO_SECURITY_DEPOSIT));
                case FORGET_VALUE -> new EarnestOutcome.Done(money.withContractValue(null), Money.ZERO);
            };
            if (outcome instanceof EarnestOutcome.Done d) {
                money = d.earnestMoney();
                paidBack = paidBack.plus(d.payBack());
            } else if (outcome instanceof SigningOutcome.Applied a) {
                money = a.earnestMoney();
            }
            assertThat(money.received()).isEqualTo(money.offset().plus(money.refunded()).plus(money.forfeited())
                    .plus(money.converted()).plus(money.held()));
            assertThat(money.held().isNegative()).isFalse();
            if (before.status().isSettled()) {
                assertThat(money.held()).isEqualTo(before.held());
            }
        }
        assertThat(paidBack).isEqualTo(money.refunded().plus(money.penaltyPaid()));
        if (!earnest) {
            assertThat(money.forfeited()).isEqualTo(Money.ZERO);
            assertThat(money.penaltyPaid()).isEqualTo(Money.ZERO);
        }
    }
}
