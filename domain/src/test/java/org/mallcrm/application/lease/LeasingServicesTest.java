package org.mallcrm.application.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.deposit.EarnestKind;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.deposit.EarnestStatus;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.ReceiptAllocation;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.fixtures.lease.LeasingWorld;
import org.mallcrm.fixtures.stall.StallFixtures;

/** The leasing use cases over in-memory fakes: signing, earnest money and receipts. */
class LeasingServicesTest {

    LeasingWorld world;

    @BeforeEach
    void setUp() {
        world = new LeasingWorld("2026-01-10T02:00:00Z");
        world.stalls.insert(List.of(StallFixtures.a101(), StallFixtures.a102(), StallFixtures.a103()));
        world.merchant("M-0001", Stage.NEGOTIATING, "2026-01-02").merchant("M-0002", Stage.QUALIFIED, "2026-01-02");
    }

    static LeaseSpec b1(String leaseNo, String merchant, String stall, String start, String end) {
        return new LeaseSpec(leaseNo, merchant, List.of(stall), "NEW", start, end, null, "180.00", null,
                "QUARTERLY", 30, null, null, null, null, "16380.00", null, null, null, null);
    }

    Outcome<EarnestMoney> hold(String merchant, String stall, EarnestKind kind, String on) {
        return world.deposits().hold(new EarnestMoneyUseCases.Hold(List.of(StallNo.of(stall)),
                MerchantNo.of(merchant), Money.parse("20000.00"), kind, LocalDate.parse(on), null, null, null));
    }

    StallStatus status(String stall) {
        return world.stalls.find(StallNo.of(stall)).orElseThrow().status();
    }

    @Test
    void signing_generates_the_plan_leases_the_stall_and_moves_the_merchant_to_signed() {
        Outcome<LeaseRecord> o = world.leaseService().create(b1("L-1", "M-0001", "A101", "2026-01-15",
                "2027-01-14"));

        LeaseRecord r = ((Outcome.Done<LeaseRecord>) o).value();
        assertThat(r.account().lease().monthlyRent()).isEqualTo(Money.parse("8190.00"));
        assertThat(r.deposit().agreed()).isEqualTo(Money.parse("16380.00"));
        assertThat(status("A101")).isEqualTo(StallStatus.LEASED);
        assertThat(world.merchant("M-0001").orElseThrow().stage()).isEqualTo(Stage.SIGNED);
    }

    @Test
    void a_blacklisted_merchant_is_refused_and_nothing_changes() {
        world.blacklisted.add(MerchantNo.of("M-0001"));

        Outcome<LeaseRecord> o = world.leaseService().create(b1("L-1", "M-0001", "A101", "2026-01-15",
                "2027-01-14"));

        assertThat(o).isInstanceOf(Outcome.Refused.class);
        assertThat(status("A101")).isEqualTo(StallStatus.VACANT);
        assertThat(world.leases.find(LeaseNo.of("L-1"))).isEmpty();
        assertThat(hold("M-0001", "A102", EarnestKind.PREPAYMENT, "2026-01-10"))
                .isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void a_lease_entered_today_is_signed_today_so_a_back_dated_start_does_not_dodge_todays_blacklisting() {
        world.blacklistedFrom.put(MerchantNo.of("M-0001"), LocalDate.parse("2026-01-10")); // today

        Outcome<LeaseRecord> backDated = world.leaseService().create(b1("L-1", "M-0001", "A101", "2026-01-05",
                "2027-01-04"));

        assertThat(backDated).isInstanceOf(Outcome.Refused.class);
        String reason = ((Outcome.Refused<?>) backDated).reason();
        assertThat(reason).contains("M-0001", "blacklisted through 2028-01-09", "a severe record on 2026-01-10");
        assertThat(reason.split("through", -1)).as(reason).hasSize(2);
        assertThat(world.leases.find(LeaseNo.of("L-1"))).isEmpty();
        assertThat(status("A101")).isEqualTo(StallStatus.VACANT);
    }

    @Test
    void a_lease_signed_before_the_blacklisting_says_so_with_its_signing_date() {
        world.blacklistedFrom.put(MerchantNo.of("M-0001"), LocalDate.parse("2026-01-10"));
        LeaseSpec b1 = b1("L-1", "M-0001", "A101", "2026-01-05", "2027-01-04");
        LeaseSpec signedEarlier = new LeaseSpec(b1.leaseNo(), b1.merchantNo(), b1.stallNos(), b1.kind(), b1.start(),
                b1.end(), null, b1.rentPerM2Month(), null, b1.billing(), b1.advanceDays(), null, null, null, null,
                b1.securityDeposit(), null, "2026-01-03", null, null);

        assertThat(world.leaseService().create(signedEarlier)).isInstanceOf(Outcome.Done.class);
        assertThat(world.merchant("M-0001").orElseThrow().currentStage().enteredOn())
                .isEqualTo(LocalDate.parse("2026-01-03"));
    }

    @Test
    void without_a_signing_date_the_merchant_signs_on_the_day_the_lease_is_entered() {
        world.leaseService().create(b1("L-1", "M-0001", "A101", "2026-01-05", "2027-01-04"));

        assertThat(world.merchant("M-0001").orElseThrow().stage()).isEqualTo(Stage.SIGNED);
        assertThat(world.merchant("M-0001").orElseThrow().currentStage().enteredOn())
                .isEqualTo(LocalDate.parse("2026-01-10"));
    }

    @Test
    void leases_of_one_stall_never_overlap() {
        world.leaseService().create(b1("L-1", "M-0001", "A101", "2026-01-15", "2027-01-14"));

        assertThat(world.leaseService().create(b1("L-2", "M-0002", "A101", "2027-01-14", "2028-01-13")))
                .isInstanceOf(Outcome.Refused.class);
        assertThat(world.leaseService().create(b1("L-3", "M-0002", "A101", "2027-01-15", "2028-01-14")))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_second_hold_on_a_locked_stall_is_refused_and_expiry_releases_it() {
        assertThat(hold("M-0001", "A102", EarnestKind.PREPAYMENT, "2026-01-05")).isInstanceOf(Outcome.Done.class);
        assertThat(status("A102")).isEqualTo(StallStatus.RESERVED);
        assertThat(hold("M-0002", "A102", EarnestKind.PREPAYMENT, "2026-02-03")).isInstanceOf(Outcome.Refused.class);

        List<EarnestMoney> expired = world.deposits().expire(LocalDate.parse("2026-02-04"));

        assertThat(expired).extracting(EarnestMoney::status).containsExactly(EarnestStatus.EXPIRED);
        assertThat(status("A102")).isEqualTo(StallStatus.VACANT);
        assertThat(hold("M-0002", "A102", EarnestKind.PREPAYMENT, "2026-02-04")).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_lapsed_hold_of_another_merchant_is_expired_by_a_new_hold_on_its_stall() {
        hold("M-0001", "A102", EarnestKind.PREPAYMENT, "2026-01-05");

        assertThat(hold("M-0002", "A102", EarnestKind.EARNEST, "2026-02-04")).isInstanceOf(Outcome.Done.class);

        assertThat(world.deposits().find("D-000001").orElseThrow().status()).isEqualTo(EarnestStatus.EXPIRED);
    }

    @Test
    void signing_consumes_the_merchants_own_hold_and_refuses_a_stall_another_merchant_holds() {
        hold("M-0002", "A102", EarnestKind.PREPAYMENT, "2026-01-05");
        hold("M-0001", "A101", EarnestKind.EARNEST, "2026-01-05");

        assertThat(world.leaseService().create(b1("L-X", "M-0001", "A102", "2026-01-15", "2027-01-14")))
                .isInstanceOf(Outcome.Refused.class);
        LeaseRecord r = ((Outcome.Done<LeaseRecord>) world.leaseService().create(b1("L-1", "M-0001", "A101",
                "2026-01-15", "2027-01-14"))).value();

        EarnestMoney applied = world.deposits().find("D-000002").orElseThrow();
        assertThat(applied.status()).isEqualTo(EarnestStatus.APPLIED);
        assertThat(applied.offset()).isEqualTo(Money.parse("20000.00"));
        assertThat(r.account().postings()).extracting(p -> p.source()).containsOnly("EARNEST:D-000002");
        assertThat(status("A101")).isEqualTo(StallStatus.LEASED);
    }

    static org.mallcrm.application.common.port.in.ImportRow receiptRow(int line, String no, String lease,
            String on, String amount) {
        return new org.mallcrm.application.common.port.in.ImportRow(line, java.util.Map.of("receipt_no", no,
                "lease_no", lease, "received_on", on, "amount", amount, "method", "CASH"));
    }

    @Test
    void a_file_of_receipts_allocates_exactly_as_the_same_receipts_one_by_one_and_replays_recorded_ones() {
        LeasingWorld other = new LeasingWorld("2026-01-10T02:00:00Z");
        other.stalls.insert(List.of(StallFixtures.a101(), StallFixtures.a102(), StallFixtures.a103()));
        other.merchant("M-0001", Stage.NEGOTIATING, "2026-01-02").merchant("M-0002", Stage.QUALIFIED, "2026-01-02");
        for (LeasingWorld w : List.of(world, other)) {
            w.leaseService().create(b1("L-1", "M-0001", "A101", "2026-01-15", "2027-01-14"));
            w.leaseService().create(b1("L-2", "M-0002", "A102", "2026-01-15", "2027-01-14"));
        }
        world.receipts().record(new ReceiptUseCases.RecordReceipt(LeaseNo.of("L-1"), Money.parse("100.00"),
                LocalDate.parse("2026-01-15"), "CASH", "R-0"));
        other.receipts().record(new ReceiptUseCases.RecordReceipt(LeaseNo.of("L-1"), Money.parse("100.00"),
                LocalDate.parse("2026-01-15"), "CASH", "R-0"));
        // late, interleaved between leases, one replayed: on the one world one by one, on the other as a file
        List<org.mallcrm.application.common.port.in.ImportRow> rows = List.of(
                receiptRow(2, "R-0", "L-1", "2026-01-15", "100.00"),
                receiptRow(3, "R-1", "L-1", "2026-01-20", "8000.00"),
                receiptRow(4, "R-2", "L-2", "2026-01-16", "8190.00"),
                receiptRow(5, "R-3", "L-1", "2026-03-30", "24700.00"),
                receiptRow(6, "R-4", "L-2", "2026-03-20", "12.34"));
        for (var row : rows) {
            world.receipts().record(new ReceiptUseCases.RecordReceipt(LeaseNo.of(row.get("lease_no")),
                    Money.parse(row.get("amount")), LocalDate.parse(row.get("received_on")), "CASH",
                    row.get("receipt_no")));
        }

        var imported = other.receipts().importReceipts(ReceiptUseCases.COLUMNS.all(), rows,
                org.mallcrm.application.common.port.in.ImportOptions.DEFAULT);

        assertThat(imported).isEqualTo(new org.mallcrm.application.common.port.in.ImportOutcome.Imported(4, 0, 1,
                false));
        for (String no : List.of("L-1", "L-2")) {
            assertThat(other.leases.find(LeaseNo.of(no))).isEqualTo(world.leases.find(LeaseNo.of(no)));
        }
    }

    @Test
    void a_file_with_one_refused_receipt_writes_none_and_names_the_lines_in_order() {
        world.leaseService().create(b1("L-1", "M-0001", "A101", "2026-01-15", "2027-01-14"));
        LeaseRecord before = world.leases.find(LeaseNo.of("L-1")).orElseThrow();

        var o = world.receipts().importReceipts(ReceiptUseCases.COLUMNS.all(), List.of(
                receiptRow(2, "R-1", "L-1", "2026-01-20", "8000.00"),
                receiptRow(3, "R-2", "L-9", "2026-01-20", "1.00"),
                receiptRow(4, "R-1", "L-1", "2026-01-21", "1.00"),
                receiptRow(5, "R-3", "L-1", "2026-01-21", "-1.00")),
                org.mallcrm.application.common.port.in.ImportOptions.DEFAULT);

        assertThat(o).isInstanceOf(org.mallcrm.application.common.port.in.ImportOutcome.Rejected.class);
        assertThat(((org.mallcrm.application.common.port.in.ImportOutcome.Rejected) o).errors())
                .extracting(e -> e.line() + " " + e.column()).containsExactly("3 lease_no", "4 receipt_no",
                        "5 amount");
        assertThat(world.leases.find(LeaseNo.of("L-1"))).contains(before);
    }

    @Test
    void deposits_for_many_leases_go_in_together_or_not_at_all() {
        world.leaseService().create(b1("L-1", "M-0001", "A101", "2026-01-15", "2027-01-14"));
        world.leaseService().create(b1("L-2", "M-0002", "A102", "2026-01-15", "2027-01-14"));
        var pay = List.of(new org.mallcrm.application.lease.port.in.LeaseUseCases.DepositPayment(LeaseNo.of("L-1"),
                Money.parse("10000.00")), new org.mallcrm.application.lease.port.in.LeaseUseCases.DepositPayment(
                LeaseNo.of("L-2"), Money.parse("16380.00")), new org.mallcrm.application.lease.port.in.LeaseUseCases
                .DepositPayment(LeaseNo.of("L-1"), Money.parse("6380.01")));

        assertThat(world.leaseService().receiveDeposits(pay)).isInstanceOf(Outcome.Refused.class);
        assertThat(world.leases.find(LeaseNo.of("L-2")).orElseThrow().deposit().received()).isEqualTo(Money.ZERO);

        assertThat(world.leaseService().receiveDeposits(List.of(pay.get(0), pay.get(1),
                new org.mallcrm.application.lease.port.in.LeaseUseCases.DepositPayment(LeaseNo.of("L-1"),
                        Money.parse("6380.00"))))).isEqualTo(Outcome.done(3));
        assertThat(world.leases.find(LeaseNo.of("L-1")).orElseThrow().deposit().received())
                .isEqualTo(Money.parse("16380.00"));
        assertThat(world.leases.find(LeaseNo.of("L-2")).orElseThrow().deposit().received())
                .isEqualTo(Money.parse("16380.00"));
    }

    @Test
    void the_same_receipt_number_twice_returns_the_first_allocation_and_changes_nothing() {
        world.leaseService().create(b1("L-1", "M-0001", "A101", "2026-01-15", "2027-01-14"));
        ReceiptUseCases.RecordReceipt r = new ReceiptUseCases.RecordReceipt(LeaseNo.of("L-1"),
                Money.parse("30000.00"), LocalDate.parse("2026-01-15"), "CASH", "R-1");

        ReceiptAllocation first = ((Outcome.Done<ReceiptAllocation>) world.receipts().record(r)).value();
        ReceiptAllocation again = ((Outcome.Done<ReceiptAllocation>) world.receipts().record(r)).value();

        assertThat(again).isEqualTo(first);
        assertThat(first.allocated().plus(first.credit())).isEqualTo(Money.parse("30000.00"));
        assertThat(world.leases.find(LeaseNo.of("L-1")).orElseThrow().account().receipts()).hasSize(1);
        assertThat(world.receipts().record(new ReceiptUseCases.RecordReceipt(LeaseNo.of("L-1"),
                Money.parse("1.00"), LocalDate.parse("2026-01-15"), "CASH", "R-1")))
                .isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void a_renewal_needs_an_earlier_lease_of_the_same_merchant_and_stall() {
        world.leaseService().create(b1("L-1", "M-0001", "A101", "2026-01-15", "2027-01-14"));
        LeaseSpec renewal = new LeaseSpec("L-2", "M-0001", List.of("A101"), "RENEWAL", "2027-01-15", "2028-01-14",
                null, "189.00", null, "QUARTERLY", 30, null, null, null, null, null, null, null, null, null);
        LeaseSpec other = new LeaseSpec("L-3", "M-0002", List.of("A102"), "RENEWAL", "2027-01-15", "2028-01-14",
                null, "189.00", null, "QUARTERLY", 30, null, null, null, null, null, null, null, null, null);

        assertThat(world.leaseService().create(renewal)).isInstanceOf(Outcome.Done.class);
        assertThat(world.leaseService().create(other)).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void the_stall_context_sees_a_lease_running_on_or_after_a_day() {
        world.leaseService().create(b1("L-1", "M-0001", "A101", "2026-01-15", "2027-01-14"));
        var stallLeases = new org.mallcrm.application.lease.service.LeaseStallLeases(world.leases);

        assertThat(stallLeases.leaseOnOrAfter(StallNo.of("A101"), LocalDate.parse("2025-06-01")))
                .contains(LeaseNo.of("L-1"));
        assertThat(stallLeases.leaseOnOrAfter(StallNo.of("A101"), LocalDate.parse("2027-01-14")))
                .contains(LeaseNo.of("L-1"));
        assertThat(stallLeases.leaseOnOrAfter(StallNo.of("A101"), LocalDate.parse("2027-01-15"))).isEmpty();
        assertThat(stallLeases.leaseOnOrAfter(StallNo.of("A102"), LocalDate.parse("2026-01-01"))).isEmpty();
    }
}
