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
import org.mallcrm.domain.lease.Installment;
import org.mallcrm.domain.lease.ReceiptPolicy;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.lease.Accounts;

/**
 * Subsidy offsets (营销补差抵扣) are receipts like any other: with cash receipts and offsets interleaved, what was
 * received is always what was allocated plus the credit held, and an offset only ever pays installments not yet due.
 */
class SubsidyOffsetPropertiesTest {

    record Money_(int dayGap, long fen, boolean offset) {
    }

    @Provide
    Arbitrary<List<Money_>> payments() {
        return Combinators.combine(Arbitraries.integers().between(0, 45), Arbitraries.longs().between(1, 3_000_000),
                Arbitraries.of(true, false)).as(Money_::new).list().ofMinSize(1).ofMaxSize(14);
    }

    @Property(tries = 300)
    void received_is_allocated_plus_held(@ForAll("payments") List<Money_> payments, @ForAll boolean autoApply) {
        ReceiptPolicy policy = ReceiptPolicy.DEFAULT.withAutoApplyCredit(autoApply);
        LeaseAccount account = Accounts.b1Account();
        LocalDate day = LocalDate.of(2026, 1, 10);
        int n = 0;
        for (Money_ p : payments) {
            day = day.plusDays(p.dayGap());
            Receipt r = new Receipt((p.offset() ? "SUB-" : "R-") + (++n), account.lease().leaseNo(), day,
                    Money.ofFen(p.fen()), p.offset() ? "SUBSIDY_OFFSET" : "CASH");
            ReceiptOutcome.Recorded rec = (ReceiptOutcome.Recorded) (p.offset() ? account.receiveOffset(r)
                    : account.receive(r, policy));
            if (p.offset()) {
                LocalDate on = day;
                for (AllocationLine l : rec.allocation().allocations()) {
                    Installment i = account.lease().plan().installments().stream().filter(x -> x.seq() == l.seq())
                            .findFirst().orElseThrow();
                    assertThat(i.dueOn()).isAfter(on);
                    assertThat(l.kind()).isNotEqualTo(ChargeKind.LATE_FEE);
                }
            }
            account = rec.account();
        }
        Money received = Money.sum(account.receipts().stream().map(Receipt::amount).toList());
        Money allocated = Money.sum(account.postings().stream().map(Posting::amount).toList());
        assertThat(allocated.plus(account.credit())).isEqualTo(received);
    }

    @Property(tries = 50)
    void an_offset_is_refused_like_a_receipt(@ForAll boolean sameNumberTwice) {
        LeaseAccount account = Accounts.b1Account();
        Receipt first = new Receipt("SUB-1", account.lease().leaseNo(), LocalDate.of(2026, 3, 1), Money.parse("60.00"),
                "SUBSIDY_OFFSET");
        LeaseAccount after = ((ReceiptOutcome.Recorded) account.receiveOffset(first)).account();
        Receipt second = sameNumberTwice ? first : new Receipt("SUB-2", account.lease().leaseNo(),
                LocalDate.of(2026, 2, 1), Money.parse("60.00"), "SUBSIDY_OFFSET");
        assertThat(after.receiveOffset(second)).isInstanceOf(ReceiptOutcome.Refused.class);
    }
}
