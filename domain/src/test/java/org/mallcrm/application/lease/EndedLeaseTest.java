package org.mallcrm.application.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.lease.port.in.ExitUseCases;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.exit.ExitRequest;
import org.mallcrm.domain.exit.ExitType;
import org.mallcrm.domain.exit.Initiator;
import org.mallcrm.domain.lease.LeaseEnding;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.InstallmentStatus;
import org.mallcrm.domain.receipt.InstallmentView;
import org.mallcrm.domain.receipt.ScheduleView;
import org.mallcrm.fixtures.lease.LeasingWorld;
import org.mallcrm.fixtures.stall.StallFixtures;
import org.junit.jupiter.api.Test;

/**
 * An ended lease bills what its ending leaves of its plan, and nothing more: its schedule, bills, reminders and
 * arrears show only that, and money paid ahead on what it no longer bills goes back to the merchant. A101 is 45.50 m²
 * at ¥180.00: ¥24,570.00 a quarter, ¥270.00 a day over a 91-day quarter.
 */
class EndedLeaseTest {

    final LeasingWorld world = new LeasingWorld("2026-01-10T02:00:00Z");

    EndedLeaseTest() {
        world.stalls.insert(List.of(StallFixtures.a101(), StallFixtures.a102()));
        world.merchant("M-0001", Stage.NEGOTIATING, "2026-01-02");
    }

    @Test
    void a_relocated_lease_bills_the_straddling_quarter_for_the_days_used_and_nothing_after() {
        sign("L-1", "A101", "2026-01-15", "2027-01-14", null);
        pay("L-1", "24570.00", "2026-01-15");
        pay("L-1", "24570.00", "2026-03-16"); // Q2 (04-15..07-14) on its due day
        sign("L-2", "A102", "2026-05-01", "2027-04-30", "L-1"); // L-1's last day is 04-30

        LeaseRecord old = world.leases.find(LeaseNo.of("L-1")).orElseThrow();
        assertThat(old.ending()).isEqualTo(LeaseEnding.relocation(LocalDate.parse("2026-04-30")));
        ScheduleView schedule = world.leaseQueries().schedule(LeaseNo.of("L-1"), LocalDate.parse("2026-12-31"))
                .orElseThrow();
        // Q2 used 04-15..04-30, 16 of 91 days: 16 × 270.00 = 4,320.00; Q3 and Q4 are not billed at all
        assertThat(schedule.installments()).hasSize(2);
        InstallmentView q2 = schedule.installments().get(1);
        assertThat(q2.installment().periodEnd()).isEqualTo(LocalDate.parse("2026-04-30"));
        assertThat(q2.installment().amount()).isEqualTo(Money.parse("4320.00"));
        assertThat(q2.paid()).isEqualTo(Money.parse("4320.00"));
        assertThat(q2.outstanding()).isEqualTo(Money.ZERO);
        assertThat(q2.lateFee()).isEqualTo(Money.ZERO);
        assertThat(q2.status()).isEqualTo(InstallmentStatus.PAID);
        assertThat(schedule.total()).isEqualTo(Money.parse("28890.00"));
        // nobody chases the old lease: no reminder, no arrears, its bills are the two it billed, both paid
        assertThat(world.leaseQueries().reminders(LocalDate.parse("2026-12-31"), 0))
                .noneMatch(r -> r.leaseNo().equals(LeaseNo.of("L-1")));
        assertThat(world.leaseQueries().bills(MerchantNo.of("M-0001"), LocalDate.parse("2026-12-31")).stream()
                .filter(b -> b.leaseNo().equals(LeaseNo.of("L-1"))).map(b -> b.installment().status()))
                .containsExactly(InstallmentStatus.PAID, InstallmentStatus.PAID);
        // the 20,250.00 paid for the days after 04-30 went to the new lease
        LeaseRecord fresh = world.leases.find(LeaseNo.of("L-2")).orElseThrow();
        assertThat(fresh.account().allocated()).isEqualTo(Money.parse("20250.00"));
        assertThat(old.account().balanced()).isTrue();
    }

    @Test
    void an_exit_bills_what_is_due_by_the_exit_day_and_gives_back_what_was_paid_ahead() {
        sign("L-1", "A101", "2026-01-15", "2027-01-14", null);
        // Q1 and 5,000.00 beyond it: the receipt puts that on Q2 (due 03-16) at once
        pay("L-1", "29570.00", "2026-01-15");
        assertThat(world.leases.find(LeaseNo.of("L-1")).orElseThrow().account().allocated())
                .isEqualTo(Money.parse("29570.00"));

        ExitUseCases exits = world.exitService();
        Outcome<ExitRequest> asked = exits.request(new ExitUseCases.Request(LeaseNo.of("L-1"), ExitType.SURRENDER,
                Initiator.MERCHANT, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-10"), "", null));
        String no = ((Outcome.Done<ExitRequest>) asked).value().exitNo();
        exits.approve(no);
        ExitRequest settled = ((Outcome.Done<ExitRequest>) exits.settle(no, Money.parse("1000.00"))).value();

        // Q2 falls due after the exit day: the 5,000.00 on it is credit at exit, pays the damages, the rest refunded
        assertThat(settled.settlement().credit()).isEqualTo(Money.parse("5000.00"));
        LeaseRecord ended = world.leases.find(LeaseNo.of("L-1")).orElseThrow();
        assertThat(ended.ending()).isEqualTo(LeaseEnding.exit(LocalDate.parse("2026-03-10")));
        assertThat(ended.account().transfers().toDamages()).isEqualTo(Money.parse("1000.00"));
        assertThat(ended.account().transfers().refunded()).isEqualTo(Money.parse("4000.00"));
        assertThat(ended.account().allocated()).isEqualTo(Money.parse("24570.00"));
        assertThat(ended.account().credit()).isEqualTo(Money.ZERO);
        assertThat(ended.account().balanced()).isTrue();
        ScheduleView schedule = world.leaseQueries().schedule(LeaseNo.of("L-1"), LocalDate.parse("2026-12-31"))
                .orElseThrow();
        assertThat(schedule.installments()).extracting(InstallmentView::status)
                .containsExactly(InstallmentStatus.PAID);
        assertThat(world.leaseQueries().reminders(LocalDate.parse("2026-12-31"), 0)).isEmpty();
    }

    private void sign(String no, String stall, String start, String end, String relocatedFrom) {
        LeaseSpec spec = new LeaseSpec(no, "M-0001", List.of(stall), relocatedFrom == null ? "NEW" : "RELOCATION",
                start, end, null, stall.equals("A101") ? "180.00" : "150.00", null, "QUARTERLY", 30, null, null,
                null, null, "0.00", null, null, null, null, relocatedFrom);
        assertThat(world.leaseService().sign(spec)).isInstanceOf(Outcome.Done.class);
    }

    private void pay(String lease, String amount, String on) {
        assertThat(world.receipts().record(new ReceiptUseCases.RecordReceipt(LeaseNo.of(lease), Money.parse(amount),
                LocalDate.parse(on), "TRANSFER", null))).isInstanceOf(Outcome.Done.class);
    }
}
