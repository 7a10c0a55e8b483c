package org.mallcrm.domain.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.deposit.EarnestFixtures.STALL;
import static org.mallcrm.fixtures.deposit.EarnestFixtures.held;
import static org.mallcrm.fixtures.deposit.EarnestFixtures.request;
import static org.mallcrm.fixtures.lease.LeaseFixtures.d;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.lease.EarnestMoneyPolicy;
import org.mallcrm.domain.lease.EarnestOnSigning;
import org.mallcrm.domain.lease.ReceiptPolicy;
import org.mallcrm.domain.lease.SchedulePolicy;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.InstallmentView;
import org.mallcrm.domain.receipt.LeaseAccount;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.fixtures.lease.Accounts;

/** Worked example C1 of domain-rules.md: the 定金 cap, forfeit, double return, prepayment, offset on signing. */
class EarnestMoneyC1Test {

    private static final EarnestMoneyPolicy POLICY = EarnestMoneyPolicy.DEFAULT;

    private static EarnestOutcome.Done done(EarnestOutcome outcome) {
        assertThat(outcome).isInstanceOf(EarnestOutcome.Done.class);
        return (EarnestOutcome.Done) outcome;
    }

    @Test
    void the_earnest_cap_is_20_percent_of_the_lease_total() {
        assertThat(EarnestMoney.cap(Money.parse("81900.00"), POLICY)).isEqualTo(Money.parse("16380.00"));
        assertThat(held(EarnestKind.EARNEST, "20000.00").earnestPart(POLICY)).isEqualTo(Money.parse("16380.00"));
    }

    @Test
    void merchant_walking_away_forfeits_the_earnest_and_gets_the_excess_back() {
        EarnestOutcome.Done d = done(held(EarnestKind.EARNEST, "20000.00").merchantWalksAway(POLICY));

        assertThat(d.earnestMoney().forfeited()).isEqualTo(Money.parse("16380.00"));
        assertThat(d.earnestMoney().refunded()).isEqualTo(Money.parse("3620.00"));
        assertThat(d.payBack()).isEqualTo(Money.parse("3620.00"));
        assertThat(d.earnestMoney().status()).isEqualTo(EarnestStatus.FORFEITED);
    }

    @Test
    void mall_walking_away_returns_double_the_earnest_plus_the_excess() {
        EarnestOutcome.Done d = done(held(EarnestKind.EARNEST, "20000.00").mallWalksAway(POLICY));

        assertThat(d.payBack()).isEqualTo(Money.parse("36380.00"));
        assertThat(d.earnestMoney().refunded()).isEqualTo(Money.parse("20000.00"));
        assertThat(d.earnestMoney().penaltyPaid()).isEqualTo(Money.parse("16380.00"));
        assertThat(d.earnestMoney().status()).isEqualTo(EarnestStatus.DOUBLE_RETURNED);
    }

    @Test
    void a_prepayment_is_refunded_in_full_whoever_walks_away() {
        EarnestMoney prepayment = held(EarnestKind.PREPAYMENT, "20000.00");

        assertThat(done(prepayment.merchantWalksAway(POLICY)).payBack()).isEqualTo(Money.parse("20000.00"));
        assertThat(done(prepayment.mallWalksAway(POLICY)).payBack()).isEqualTo(Money.parse("20000.00"));
        assertThat(done(prepayment.mallWalksAway(POLICY)).earnestMoney().forfeited()).isEqualTo(Money.ZERO);
    }

    @Test
    void on_signing_the_earnest_money_offsets_the_oldest_installments() {
        SigningOutcome outcome = held(EarnestKind.EARNEST, "20000.00")
                .applyOnSigning(Accounts.b1Account(), d("2026-01-10"), POLICY);

        SigningOutcome.Applied applied = (SigningOutcome.Applied) outcome;
        List<InstallmentView> views = applied.account().schedule(d("2026-01-15"), SchedulePolicy.DEFAULT,
                ReceiptPolicy.DEFAULT).installments();
        assertThat(views.get(0).outstanding()).isEqualTo(Money.ZERO);
        assertThat(views.get(0).paid()).isEqualTo(Money.parse("8190.00"));
        assertThat(views.get(1).outstanding()).isEqualTo(Money.parse("12760.00"));
        assertThat(applied.earnestMoney().offset()).isEqualTo(Money.parse("20000.00"));
        assertThat(applied.earnestMoney().held()).isEqualTo(Money.ZERO);
        assertThat(applied.earnestMoney().appliedTo()).isEqualTo(Accounts.b1Account().lease().leaseNo());
    }

    @Test
    void on_signing_the_earnest_money_can_become_security_deposit() {
        EarnestMoneyPolicy convert = POLICY.withOnSigning(EarnestOnSigning.CONVERT_TO_SECURITY_DEPOSIT);
        LeaseAccount account = Accounts.b1Account();
        SigningOutcome.Applied applied = (SigningOutcome.Applied) held(EarnestKind.EARNEST, "20000.00")
                .applyOnSigning(account, d("2026-01-10"), convert);

        assertThat(applied.convertedToDeposit()).isEqualTo(Money.parse("20000.00"));
        assertThat(applied.earnestMoney().converted()).isEqualTo(Money.parse("20000.00"));
        assertThat(applied.account()).isEqualTo(account);
        SecurityDeposit deposit = SecurityDeposit.agreed(account.lease().leaseNo(), account.lease().merchantNo(),
                Money.parse("16380.00")).receive(applied.convertedToDeposit());
        assertThat(deposit.held()).isEqualTo(Money.parse("20000.00"));
    }

    @Test
    void a_second_lock_on_a_stall_is_refused_until_the_first_expires() {
        EarnestMoney first = held(EarnestKind.PREPAYMENT, "5000.00");
        Map<org.mallcrm.domain.stall.StallNo, StallStatus> reserved = Map.of(STALL, StallStatus.RESERVED);

        assertThat(first.lockedThrough()).isEqualTo(d("2026-02-03"));
        assertThat(EarnestMoney.hold(request("D-2", EarnestKind.EARNEST, "1000.00", "2026-02-03", null), reserved,
                List.of(first), POLICY)).isInstanceOf(HoldOutcome.Refused.class);
        assertThat(first.expire(d("2026-02-03"))).isInstanceOf(EarnestOutcome.Refused.class);

        EarnestMoney expired = done(first.expire(d("2026-02-04"))).earnestMoney();
        assertThat(expired.status()).isEqualTo(EarnestStatus.EXPIRED);
        assertThat(expired.held()).isEqualTo(Money.parse("5000.00"));
        assertThat(EarnestMoney.hold(request("D-2", EarnestKind.EARNEST, "1000.00", "2026-02-04", null), reserved,
                List.of(expired), POLICY)).isInstanceOf(HoldOutcome.Held.class);
    }

    @Test
    void a_leased_stall_cannot_be_locked() {
        assertThat(EarnestMoney.hold(request("D-3", EarnestKind.EARNEST, "1000.00", "2026-01-05", null),
                Map.of(STALL, StallStatus.LEASED), List.of(), POLICY))
                .isInstanceOfSatisfying(HoldOutcome.Refused.class, r -> assertThat(r.reason()).contains("LEASED"));
    }

    @Test
    void forfeiting_earnest_without_a_contract_value_is_refused() {
        EarnestMoney noValue = held(EarnestKind.EARNEST, "20000.00").withContractValue(null);

        assertThat(noValue.merchantWalksAway(POLICY)).isInstanceOf(EarnestOutcome.Refused.class);
    }

    @Test
    void settled_earnest_money_cannot_be_settled_again() {
        EarnestMoney refunded = done(held(EarnestKind.EARNEST, "20000.00").refund()).earnestMoney();

        assertThat(refunded.refund()).isInstanceOf(EarnestOutcome.Refused.class);
        assertThat(refunded.mallWalksAway(POLICY)).isInstanceOf(EarnestOutcome.Refused.class);
    }
}
