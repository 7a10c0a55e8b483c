package org.mallcrm.domain.exit;

import org.mallcrm.fixtures.lease.LeaseFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.lease.LeaseFixtures.aLease;
import static org.mallcrm.fixtures.lease.LeaseFixtures.d;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.deposit.SecurityDeposit;
import org.mallcrm.domain.lease.Billing;
import org.mallcrm.domain.lease.Lease;
import org.mallcrm.domain.lease.LeaseKind;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.lease.ReceiptPolicy;
import org.mallcrm.domain.lease.SchedulePolicy;
import org.mallcrm.domain.lease.LeaseEnding;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.LeaseAccount;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.fixtures.lease.Accounts;

class RelocationTest {

    private static final ReceiptPolicy RP = ReceiptPolicy.DEFAULT;

    /** 45.5 m² × ¥180 = 8,190.00 a month, quarterly, 2026-01-01..2026-12-31: 24,570.00 a quarter. */
    private static LeaseAccount oldAccount() {
        return LeaseAccount.open(LeaseFixtures.sign(aLease().start(d("2026-01-01")).end(d("2026-12-31"))
                .billing(Billing.QUARTERLY).advanceDays(10).securityDeposit(Money.parse("16380.00")).build(),
                SchedulePolicy.DEFAULT));
    }

    private static LeaseAccount newAccount(String start) {
        return LeaseAccount.open(LeaseFixtures.sign(aLease().leaseNo(LeaseNo.of("L-2026-0002")).kind(LeaseKind.RELOCATION)
                .stallNos(List.of(StallNo.of("1F-B-201"))).start(d(start)).end(d("2027-05-15"))
                .billing(Billing.QUARTERLY).advanceDays(10).securityDeposit(Money.parse("16380.00")).build(),
                SchedulePolicy.DEFAULT));
    }

    private static SecurityDeposit deposit(LeaseAccount a, String agreed, String received) {
        SecurityDeposit s = SecurityDeposit.agreed(a.lease().leaseNo(), a.lease().merchantNo(), Money.parse(agreed));
        return Money.parse(received).isPositive() ? s.receive(Money.parse(received)) : s;
    }

    @Test
    void moving_mid_quarter_releases_the_unused_days_and_carries_money_and_deposit_over() {
        // Q1 and Q2 each paid on its due day (ten days ahead of the period)
        LeaseAccount old = Accounts.pay(oldAccount(), "2025-12-22", "24570.00", RP).account();
        old = Accounts.pay(old, "2026-03-22", "24570.00", RP).account();
        LeaseAccount fresh = newAccount("2026-05-16");

        Relocation r = Relocation.carryOver(old, deposit(old, "16380.00", "16380.00"), d("2026-05-16"), fresh,
                deposit(fresh, "16380.00", "0.00"), RP);

        // Q2 2026-04-01..06-30 is 91 days; 04-01..05-15 used is 45: 24,570.00 × 45 / 91 = 12,150.00 (270.00 a day)
        assertThat(LeaseEnding.relocation(d("2026-05-15")).billed(old.lease().plan().installments().get(1),
                Money.parse("24570.00"))).isEqualTo(Money.parse("12150.00"));
        assertThat(r.releasedPaidAhead()).isEqualTo(Money.parse("12420.00"));
        assertThat(r.arrearsSettled()).isEqualTo(Money.ZERO);
        assertThat(r.offsetOnNew()).isEqualTo(Money.parse("12420.00"));
        assertThat(r.depositCarried()).isEqualTo(Money.parse("16380.00"));
        assertThat(r.refund()).isEqualTo(Money.ZERO);
        assertThat(r.newDeposit().received()).isEqualTo(Money.parse("16380.00"));
        assertThat(r.oldDeposit().held()).isEqualTo(Money.ZERO);
        assertThat(r.newAccount().postings()).allMatch(p -> p.seq() == 1 && p.source().equals("RELOCATION:L-2026-0001"));
        assertThat(Money.sum(r.oldAccount().postings().stream().map(p -> p.amount()).toList()))
                .isEqualTo(Money.parse("36720.00"));
    }

    @Test
    void arrears_and_late_fees_are_settled_from_released_money_then_the_deposit() {
        // Q1 paid, Q2 (due 2026-03-22) unpaid; moving 2026-04-16 leaves 15 of 91 days of Q2 owed plus its late fee
        LeaseAccount old = Accounts.pay(oldAccount(), "2025-12-22", "24570.00", RP).account();
        LeaseAccount fresh = newAccount("2026-04-16");

        Relocation r = Relocation.carryOver(old, deposit(old, "16380.00", "16380.00"), d("2026-04-16"), fresh,
                deposit(fresh, "16380.00", "0.00"), RP);

        // 24,570.00 × 15 / 91 = 4,050.00 owed for 04-01..04-15
        assertThat(r.releasedPaidAhead()).isEqualTo(Money.ZERO);
        Money lateFee = old.unpaidLateFees(d("2026-04-15"), RP);
        assertThat(r.arrearsSettled()).isEqualTo(Money.parse("4050.00").plus(lateFee));
        assertThat(r.depositApplied()).isEqualTo(r.arrearsSettled());
        assertThat(r.depositCarried()).isEqualTo(Money.parse("16380.00").minus(r.arrearsSettled()));
        assertThat(r.stillOwed()).isEqualTo(Money.ZERO);
        assertThat(r.newDeposit().outstanding()).isEqualTo(r.arrearsSettled());
    }

    @Property(tries = 300)
    void not_a_fen_is_lost(@ForAll @LongRange(min = 0, max = 12_000_000) long paidFen,
            @ForAll @IntRange(min = 1, max = 360) int dayOffset,
            @ForAll @LongRange(min = 0, max = 3_000_000) long depositFen,
            @ForAll @LongRange(min = 0, max = 3_000_000) long newAgreedFen) {
        LeaseAccount old = oldAccount();
        if (paidFen > 0) {
            old = Accounts.pay(old, "2025-12-20", Money.ofFen(paidFen).toString(), RP).account();
        }
        LocalDate day = d("2026-01-01").plusDays(dayOffset);
        LeaseAccount fresh = newAccount(day.toString());
        SecurityDeposit oldDeposit = deposit(old, "16380.00", Money.ofFen(depositFen).toString());
        SecurityDeposit newDeposit = deposit(fresh, Money.ofFen(newAgreedFen).toString(), "0.00");

        Relocation r = Relocation.carryOver(old, oldDeposit, day, fresh, newDeposit, RP);

        assertThat(r.releasedPaidAhead().plus(r.depositHeld())).isEqualTo(
                r.arrearsSettled().plus(r.offsetOnNew()).plus(r.depositCarried()).plus(r.refund()));
        Money before = Money.sum(old.postings().stream().map(p -> p.amount()).toList()).plus(old.credit());
        Money after = Money.sum(r.oldAccount().postings().stream().map(p -> p.amount()).toList());
        assertThat(after).isEqualTo(before.minus(r.releasedPaidAhead()).plus(r.arrearsSettled()));
        assertThat(Money.sum(r.newAccount().postings().stream().map(p -> p.amount()).toList()))
                .isEqualTo(r.offsetOnNew());
        assertThat(r.newDeposit().received()).isEqualTo(r.depositCarried());
        assertThat(r.oldDeposit().held()).isEqualTo(Money.ZERO);
        assertThat(r.stillOwed().isNegative()).isFalse();
        assertThat(r.refund().isPositive() && r.stillOwed().isPositive()).isFalse();
    }
}
