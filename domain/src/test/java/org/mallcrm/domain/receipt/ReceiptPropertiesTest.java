package org.mallcrm.domain.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mallcrm.domain.lease.AllocationOrder;
import org.mallcrm.domain.lease.Installment;
import org.mallcrm.domain.lease.ReceiptPolicy;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.lease.Accounts;

class ReceiptPropertiesTest {

    record Payment(int dayGap, long fen) {
    }

    @Provide
    Arbitrary<List<Payment>> payments() {
        return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.longs().between(1, 4_000_000))
                .as(Payment::new).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 200)
    void allocations_never_exceed_the_receipt(@ForAll("payments") List<Payment> payments,
            @ForAll boolean principalFirst, @ForAll boolean autoApply) {
        ReceiptPolicy policy = ReceiptPolicy.DEFAULT
                .withOrder(principalFirst ? AllocationOrder.PRINCIPAL_FIRST : AllocationOrder.LATE_FEE_FIRST)
                .withAutoApplyCredit(autoApply);
        LeaseAccount account = Accounts.b1Account();
        LocalDate day = LocalDate.of(2026, 1, 10);
        Money received = Money.ZERO;
        for (Payment p : payments) {
            day = day.plusDays(p.dayGap());
            Receipt receipt = new Receipt("R-" + received.fen() + "-" + day, account.lease().leaseNo(), day,
                    Money.ofFen(p.fen()), "");
            ReceiptOutcome.Recorded r = (ReceiptOutcome.Recorded) account.receive(receipt, policy);
            Money allocated = Money.sum(r.allocation().allocations().stream().map(AllocationLine::amount).toList());
            assertThat(allocated.plus(r.allocation().credit())).isEqualTo(receipt.amount());
            assertThat(allocated.isGreaterThan(receipt.amount())).isFalse();
            assertThat(r.allocation().allocations()).allSatisfy(l -> assertThat(l.amount().isPositive()).isTrue());
            account = r.account();
            received = received.plus(receipt.amount());
        }
        Money posted = Money.sum(account.postings().stream().map(Posting::amount).toList());
        assertThat(posted.plus(account.credit())).isEqualTo(received);
        for (Installment i : account.lease().plan().installments()) {
            Money principal = Money.sum(account.postings().stream()
                    .filter(p -> p.seq() == i.seq() && p.isPrincipal()).map(Posting::amount).toList());
            assertThat(principal.isGreaterThan(i.amount())).isFalse();
        }
    }
}
