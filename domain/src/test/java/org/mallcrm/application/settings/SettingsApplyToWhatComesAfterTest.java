package org.mallcrm.application.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.lease.port.in.AmendmentSpec;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.settings.port.in.SettingsUseCases;
import org.mallcrm.application.settings.service.SettingsService;
import org.mallcrm.domain.deposit.EarnestKind;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.lease.Installment;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.AllocationLine;
import org.mallcrm.domain.receipt.ReceiptAllocation;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.fixtures.lease.LeasingWorld;
import org.mallcrm.fixtures.stall.StallFixtures;

/**
 * A change of a setting applies to what is made after it: a lease signed later gets the new rules, a lease signed
 * before keeps its plan, its late fee and the way its future is regenerated; holds and receipts use the settings of
 * their day.
 */
class SettingsApplyToWhatComesAfterTest {

    LeasingWorld world;
    SettingsUseCases settings;

    @BeforeEach
    void setUp() {
        world = new LeasingWorld("2026-01-10T02:00:00Z");
        world.stalls.insert(List.of(StallFixtures.a101(), StallFixtures.a102(), StallFixtures.a103()));
        world.merchant("M-0001", Stage.NEGOTIATING, "2026-01-02").merchant("M-0002", Stage.QUALIFIED, "2026-01-02");
        settings = new SettingsService(world.settings, world.unitOfWork, world.clock);
    }

    /** B1's terms (45.50 m² at 180.00, quarterly) without advance days: the mall's setting decides them. */
    static LeaseSpec lease(String leaseNo, String merchant, String stall) {
        return new LeaseSpec(leaseNo, merchant, List.of(stall), "NEW", "2026-01-15", "2027-01-14", "45.50", "180.00",
                null, "QUARTERLY", null, null, null, null, null, null, null, null, null, null);
    }

    LeaseRecord sign(String leaseNo, String merchant, String stall) {
        Outcome<LeaseRecord> o = world.leaseService().create(lease(leaseNo, merchant, stall));
        assertThat(o).as(o.toString()).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<LeaseRecord>) o).value();
    }

    void set(String key, String value) {
        assertThat(settings.set(key, value, "zhang.wei")).isInstanceOf(Outcome.Done.class);
    }

    List<LocalDate> dueDates(String leaseNo) {
        return world.leases.find(LeaseNo.of(leaseNo)).orElseThrow().account().lease().plan().installments().stream()
                .map(Installment::dueOn).toList();
    }

    @Test
    void a_new_lease_gets_the_new_advance_days_and_an_earlier_lease_keeps_its_schedule() {
        sign("L-1", "M-0001", "A101");
        set("lease.advance_days", "15");
        sign("L-2", "M-0002", "A102");

        assertThat(dueDates("L-1")).containsExactly(LocalDate.parse("2026-01-15"), LocalDate.parse("2026-03-16"),
                LocalDate.parse("2026-06-15"), LocalDate.parse("2026-09-15"));
        assertThat(dueDates("L-2")).containsExactly(LocalDate.parse("2026-01-15"), LocalDate.parse("2026-03-31"),
                LocalDate.parse("2026-06-30"), LocalDate.parse("2026-09-30"));
        assertThat(settings.history(java.util.Optional.empty())).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("lease.advance_days");
            assertThat(c.oldValue()).isEqualTo("30");
            assertThat(c.newValue()).isEqualTo("15");
            assertThat(c.by()).isEqualTo("zhang.wei");
            assertThat(c.at()).isEqualTo(world.clock.now());
        });
    }

    @Test
    void an_amendment_regenerates_the_future_under_the_rules_the_lease_was_signed_with() {
        world.leaseService().create(new LeaseSpec("L-1", "M-0001", List.of("A101"), "NEW", "2026-01-15",
                "2027-01-14", null, "180.00", null, "MONTHLY", null, null, null, null, null, null, null, null, null,
                null));
        set("lease.period_alignment", "CALENDAR");

        Outcome<?> amended = world.leaseService().amend(LeaseNo.of("L-1"), new AmendmentSpec("A-1", "2026-05-01",
                "new price", List.of(new AmendmentSpec.Change("PRICE_CHANGE", "2026-06-15", null, "190.00"))));

        assertThat(amended).isInstanceOf(Outcome.Done.class);
        List<Installment> plan = world.leases.find(LeaseNo.of("L-1")).orElseThrow().account().lease().plan()
                .installments();
        // periods still start on the 15th (anchored on the start), not on the 1st of calendar months
        assertThat(plan).extracting(i -> i.periodStart().getDayOfMonth()).containsOnly(15);
        assertThat(plan).hasSize(12);
    }

    @Test
    void a_lease_keeps_the_late_fee_it_was_signed_with_and_a_later_lease_gets_the_new_one() {
        sign("L-1", "M-0001", "A101");
        set("late_fee.rate_pct_per_day", "0.1");
        sign("L-2", "M-0002", "A102");

        // both pay the first quarter on time, then 10,000.00 ten days after the second quarter's due date
        pay("L-1", "2026-01-15", "24570.00");
        pay("L-2", "2026-01-15", "24570.00");
        assertThat(pay("L-1", "2026-03-26", "10000.00").allocations().get(0))
                .isEqualTo(new AllocationLine(2, org.mallcrm.domain.receipt.ChargeKind.LATE_FEE,
                        Money.parse("122.85")));
        // L-2's second quarter falls due 2026-03-16 too: 24,570.00 × 0.1 % × 10 days
        assertThat(pay("L-2", "2026-03-26", "10000.00").allocations().get(0))
                .isEqualTo(new AllocationLine(2, org.mallcrm.domain.receipt.ChargeKind.LATE_FEE,
                        Money.parse("245.70")));
    }

    @Test
    void a_receipt_is_allocated_by_the_order_set_when_it_is_recorded() {
        sign("L-1", "M-0001", "A101");
        pay("L-1", "2026-01-15", "24570.00");
        set("receipt.allocation_order", "PRINCIPAL_FIRST");

        assertThat(pay("L-1", "2026-03-26", "10000.00").allocations()).extracting(AllocationLine::kind)
                .containsExactly(org.mallcrm.domain.receipt.ChargeKind.RENT);
    }

    @Test
    void a_hold_locks_the_stall_for_the_hold_days_set_when_it_is_made() {
        set("deposit.hold_days", "10");

        Outcome<EarnestMoney> o = world.deposits().hold(new EarnestMoneyUseCases.Hold(List.of(StallNo.of("A102")),
                MerchantNo.of("M-0001"), Money.parse("5000.00"), EarnestKind.PREPAYMENT,
                LocalDate.parse("2026-01-10"), null, null, null));

        assertThat(((Outcome.Done<EarnestMoney>) o).value().lockedThrough()).isEqualTo(LocalDate.parse("2026-01-19"));
    }

    @Test
    void a_wrong_value_is_refused_with_the_key_and_nothing_is_audited() {
        Outcome<List<SettingsUseCases.SettingChange>> o = settings.set("deposit.hold_days", "0", "zhang.wei");

        assertThat(((Outcome.Invalid<?>) o).errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("deposit.hold_days");
            assertThat(e.value()).isEqualTo("0");
            assertThat(e.reason()).isEqualTo("must be from 1 to 366");
        });
        assertThat(settings.history(java.util.Optional.empty())).isEmpty();
        assertThat(settings.show()).filteredOn(v -> v.key().equals("deposit.hold_days")).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo("30"));
    }

    private ReceiptAllocation pay(String leaseNo, String on, String amount) {
        Outcome<ReceiptAllocation> o = world.receipts().record(new ReceiptUseCases.RecordReceipt(LeaseNo.of(leaseNo),
                Money.parse(amount), LocalDate.parse(on), "TRANSFER", null));
        assertThat(o).as(o.toString()).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<ReceiptAllocation>) o).value();
    }
}
