package org.mallcrm.application.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.lease.port.in.AmendmentSpec;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
import org.mallcrm.application.lease.port.in.ExitUseCases;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.deposit.EarnestKind;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.exit.ExitRequest;
import org.mallcrm.domain.exit.ExitType;
import org.mallcrm.domain.exit.Initiator;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.LeaseAccount;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.fixtures.lease.LeasingWorld;
import org.mallcrm.fixtures.stall.StallFixtures;

/**
 * Received = allocated + held + paid out, on every lease's account after every step of any sequence of holds,
 * signings (new and relocations), receipts, deposit payments, amendments and exits: not a fen appears or vanishes,
 * an ended lease holds no credit, and earnest money and deposits keep their own books.
 */
class LeaseMoneyPropertiesTest {

    static final String[] STALLS = {"A101", "A102", "A103"};
    static final String[] MERCHANTS = {"M-0001", "M-0002"};

    /** One step, its parameters drawn at random; what it means depends on the world it meets. */
    record Step(Kind kind, int a, int b, long fen, int days) {
    }

    enum Kind { HOLD, SIGN, RELOCATE, RECEIPT, DEPOSIT, AMEND, EXIT, WAIT }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Kind> kind = Arbitraries.frequency(Tuple.of(2, Kind.HOLD), Tuple.of(4, Kind.SIGN),
                Tuple.of(2, Kind.RELOCATE), Tuple.of(7, Kind.RECEIPT), Tuple.of(2, Kind.DEPOSIT),
                Tuple.of(2, Kind.AMEND), Tuple.of(3, Kind.EXIT), Tuple.of(1, Kind.WAIT));
        // small payments, a quarter's rent, and more than a whole lease (so credit builds up)
        Arbitrary<Long> fen = Arbitraries.oneOf(Arbitraries.longs().between(1, 5_000_000),
                Arbitraries.longs().between(1_000_000, 10_000_000), Arbitraries.longs().between(10_000_000, 40_000_000),
                Arbitraries.of(819_000L, 2_457_000L, 1L));
        return Combinators.combine(kind, Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 5),
                fen, Arbitraries.integers().between(1, 120)).as(Step::new).list().ofMinSize(1).ofMaxSize(24);
    }

    @Property(tries = 600)
    void every_account_balances_after_every_step(@ForAll("steps") List<Step> steps) {
        World w = new World();
        for (Step s : steps) {
            w.apply(s);
            w.checkBooks(s);
        }
    }

    /** A mall with three stalls and two merchants, a day that only moves forward, and the leases signed so far. */
    static final class World {
        final LeasingWorld world = new LeasingWorld("2026-01-10T02:00:00Z");
        final List<String> leases = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 1, 10);
        int receipts;
        int leaseCount;

        World() {
            world.stalls.insert(List.of(StallFixtures.a101(), StallFixtures.a102(), StallFixtures.a103()));
            world.merchant(MERCHANTS[0], Stage.NEGOTIATING, "2026-01-02");
            world.merchant(MERCHANTS[1], Stage.QUALIFIED, "2026-01-02");
        }

        String lease(int i) {
            return leases.isEmpty() ? "L-NONE" : leases.get(i % leases.size());
        }

        void apply(Step s) {
            switch (s.kind()) {
                case HOLD -> world.deposits().hold(new EarnestMoneyUseCases.Hold(
                        List.of(StallNo.of(STALLS[s.a() % 3])), MerchantNo.of(MERCHANTS[s.b() % 2]),
                        Money.ofFen(s.fen()), s.days() % 2 == 0 ? EarnestKind.EARNEST : EarnestKind.PREPAYMENT, day,
                        null, null, null));
                case SIGN -> sign(s, null);
                case RELOCATE -> {
                    if (!leases.isEmpty()) {
                        sign(s, lease(s.b()));
                    }
                }
                case RECEIPT -> world.receipts().record(new ReceiptUseCases.RecordReceipt(LeaseNo.of(lease(s.a())),
                        Money.ofFen(s.fen()), day, s.days() % 3 == 0 ? "CASH" : "TRANSFER", "R-" + (++receipts)));
                case DEPOSIT -> world.leaseService().receiveDeposit(LeaseNo.of(lease(s.a())), Money.ofFen(s.fen()));
                case AMEND -> amend(s);
                case EXIT -> exit(s);
                case WAIT -> day = day.plusDays(s.days());
            }
            day = day.plusDays(1 + s.days() % 20);
        }

        private void sign(Step s, String relocatedFrom) {
            String no = "L-" + (++leaseCount);
            String merchant = MERCHANTS[s.b() % 2];
            if (relocatedFrom != null) {
                merchant = world.leases.find(LeaseNo.of(relocatedFrom)).orElseThrow().account().lease().merchantNo()
                        .value();
            }
            LocalDate start = day.plusDays(s.days() % 10);
            LocalDate end = start.plusMonths(3 + s.days() % 22).minusDays(1);
            String billing = List.of("MONTHLY", "QUARTERLY", "SEMIANNUAL").get(s.a() % 3);
            List<LeaseSpec.RentFree> free = s.days() % 4 == 0
                    ? List.of(new LeaseSpec.RentFree(start.toString(), start.plusMonths(1).minusDays(1).toString()))
                    : null;
            LeaseSpec spec = new LeaseSpec(no, merchant, List.of(STALLS[s.a() % 3]),
                    relocatedFrom == null ? "NEW" : "RELOCATION", start.toString(), end.toString(), null, "180.00",
                    null, billing, 30, free, null, null, s.days() % 3 == 0 ? "5.00" : null,
                    Money.ofFen(s.fen()).toString(), null, null, null, null, relocatedFrom);
            if (world.leaseService().sign(spec) instanceof Outcome.Done<?>) {
                leases.add(no);
            }
        }

        private void amend(Step s) {
            LeaseRecord r = world.leases.find(LeaseNo.of(lease(s.a()))).orElse(null);
            if (r == null) {
                return;
            }
            LocalDate from = day.isBefore(r.account().lease().terms().start()) ? r.account().lease().terms().start()
                    : day;
            AmendmentSpec.Change change = switch (s.b() % 3) {
                case 0 -> new AmendmentSpec.Change("FREE_EXTENSION", null, 1 + s.days() % 3, null);
                case 1 -> new AmendmentSpec.Change("RENT_FREE_MONTHS", from.toString(), 1, null);
                default -> new AmendmentSpec.Change("PRICE_CHANGE", from.toString(), null,
                        Money.ofFen(10_000 + s.fen() % 30_000).toString());
            };
            world.leaseService().amend(r.account().lease().leaseNo(), new AmendmentSpec(null, day.toString(), null,
                    List.of(change)));
        }

        private void exit(Step s) {
            LeaseRecord r = world.leases.find(LeaseNo.of(lease(s.a()))).orElse(null);
            if (r == null) {
                return;
            }
            LocalDate exitOn = day.plusDays(s.days() % 40);
            ExitUseCases exits = world.exitService();
            Outcome<ExitRequest> asked = exits.request(new ExitUseCases.Request(r.account().lease().leaseNo(),
                    ExitType.SURRENDER, Initiator.MERCHANT, day, exitOn, "", null));
            if (asked instanceof Outcome.Done<ExitRequest> d) {
                exits.approve(d.value().exitNo());
                exits.settle(d.value().exitNo(), Money.ofFen(s.fen() % 500_000));
            }
        }

        void checkBooks(Step after) {
            for (LeaseRecord r : world.leases.list(null, null, 1000)) {
                LeaseAccount a = r.account();
                String where = r.account().lease().leaseNo() + " after " + after + ": received " + a.received()
                        + " + offsets in " + a.transfers().offsetsIn() + " vs allocated " + a.allocated() + " + held "
                        + a.held() + " + paid out " + a.transfers().paidOut();
                assertThat(a.balanced()).as(where).isTrue();
                assertThat(a.credit().isNegative()).as(where).isFalse();
                if (r.terminatedOn() != null) {
                    assertThat(a.credit()).as("an ended lease holds no credit: " + where).isEqualTo(Money.ZERO);
                }
                assertThat(r.deposit().held().isNegative()).as(where).isFalse();
            }
            for (EarnestMoney e : world.earnestMonies.list(null, 1000)) {
                assertThat(e.received()).as(e.depositNo() + " after " + after).isEqualTo(e.offset().plus(e.refunded())
                        .plus(e.forfeited()).plus(e.converted()).plus(e.held()));
            }
        }
    }
}
