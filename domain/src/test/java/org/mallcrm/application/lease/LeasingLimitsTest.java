package org.mallcrm.application.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.deposit.EarnestKind;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.ReceiptAllocation;
import org.mallcrm.domain.settings.MallSettings;
import org.mallcrm.domain.settings.SettingsUpdate;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.fixtures.lease.LeasingWorld;
import org.mallcrm.fixtures.stall.StallFixtures;

/** Amounts, dates, percents and terms beyond the documented limits are bad input naming the field and the limit. */
class LeasingLimitsTest {

    LeasingWorld world;

    @BeforeEach
    void setUp() {
        world = new LeasingWorld("2026-01-10T02:00:00Z");
        world.stalls.insert(List.of(StallFixtures.a101(), StallFixtures.a102()));
        world.merchant("M-0001", Stage.NEGOTIATING, "2026-01-02");
    }

    static LeaseSpec spec(String no, String stall, String start, String end, String rent, Integer advanceDays,
            LeaseSpec.EscalationSpec escalation) {
        return new LeaseSpec(no, "M-0001", List.of(stall), "NEW", start, end, null, rent, null, "QUARTERLY",
                advanceDays, null, escalation, null, null, "16380.00", null, null, null, null);
    }

    private static List<String> invalid(Outcome<?> o) {
        assertThat(o).isInstanceOf(Outcome.Invalid.class);
        return ((Outcome.Invalid<?>) o).errors().stream().map(e -> e.column() + ": " + e.reason()).toList();
    }

    @Test
    void a_lease_beyond_the_dates_the_term_or_the_prices_is_refused_naming_the_field() {
        LeaseSpec.EscalationSpec fivePercentYearly = new LeaseSpec.EscalationSpec("5", 12, null, true, null);
        assertThat(invalid(world.leaseService().create(spec("L-1", "A101", "2026-01-15", "9999-12-31", "180.00", 30,
                fivePercentYearly)))).singleElement().asString().startsWith("end: ");
        assertThat(invalid(world.leaseService().create(spec("L-1", "A101", "2026-01-15", "2046-01-15", "180.00", 30,
                null)))).containsExactly("end: makes the lease longer than 20 years, the longest a lease may run "
                        + "(Civil Code art. 705)");
        assertThat(invalid(world.leaseService().create(spec("L-1", "A101", "2026-01-15", "2027-01-14", "180.00", 30,
                new LeaseSpec.EscalationSpec("1000000", 1, null, true, null)))))
                .containsExactly("escalation: percent 1000000 is more than 100 % a step");
        assertThat(invalid(world.leaseService().create(spec("L-1", "A101", "2026-01-15", "2046-01-14", "180.00", 30,
                new LeaseSpec.EscalationSpec("100", 1, null, true, null)))))
                .containsExactly("escalation: would raise the rent beyond the limit of 100000.00 per m² before the "
                        + "lease ends");
        assertThat(invalid(world.leaseService().create(spec("L-1", "A101", "2026-01-15", "2027-01-14",
                "100000.01", 30, null)))).containsExactly("rent_per_m2_month: is more than the limit of 100000.00 "
                        + "per m²");
        assertThat(invalid(world.leaseService().create(spec("L-1", "A101", "2026-01-15", "2027-01-14", "180.00",
                100_000, null)))).containsExactly("advance_days: is more than 365 days");
    }

    @Test
    void the_longest_lease_with_the_steepest_allowed_escalation_signs_and_bills_exactly() {
        Outcome<LeaseRecord> o = world.leaseService().create(spec("L-1", "A101", "2026-01-15", "2046-01-14",
                "1000.00", 365, new LeaseSpec.EscalationSpec("20", 12, null, true, null)));

        assertThat(o).isInstanceOf(Outcome.Done.class);
        LeaseRecord r = ((Outcome.Done<LeaseRecord>) o).value();
        assertThat(r.account().lease().plan().installments()).hasSize(80);
        assertThat(r.account().lease().total().isPositive()).isTrue();
    }

    @Test
    void money_beyond_the_limit_and_dates_beyond_the_range_are_bad_input() {
        world.leaseService().create(spec("L-1", "A101", "2026-01-15", "2027-01-14", "180.00", 30, null));
        Money most = Money.parse("92233720368547758.07");

        List<RowError> receipt = ((Outcome.Invalid<ReceiptAllocation>) world.receipts().record(
                new ReceiptUseCases.RecordReceipt(LeaseNo.of("L-1"), most, LocalDate.of(2026, 2, 1), null, null)))
                .errors();
        assertThat(receipt).extracting(RowError::column).containsExactly("amount");
        assertThat(receipt.get(0).reason()).isEqualTo("amount 92233720368547758.07 is more than the limit of "
                + "1000000000.00");
        assertThat(world.receipts().record(new ReceiptUseCases.RecordReceipt(LeaseNo.of("L-1"), Money.parse("1.00"),
                LocalDate.of(2200, 1, 1), null, null))).isInstanceOf(Outcome.Invalid.class);
        assertThat(world.receipts().record(new ReceiptUseCases.RecordReceipt(LeaseNo.of("L-1"),
                Money.parse("1000000000.00"), LocalDate.of(2026, 2, 1), null, null))).isInstanceOf(Outcome.Done.class);

        Outcome<?> hold = world.deposits().hold(new EarnestMoneyUseCases.Hold(List.of(StallNo.of("A102")),
                MerchantNo.of("M-0001"), Money.parse("100.00"), EarnestKind.EARNEST, LocalDate.of(2026, 1, 10), null,
                Money.parse("-5.00"), null));
        assertThat(invalid(hold)).containsExactly("contract_value: contract_value -5.00 cannot be negative");
        assertThat(invalid(world.deposits().hold(new EarnestMoneyUseCases.Hold(List.of(StallNo.of("A102")),
                MerchantNo.of("M-0001"), most, EarnestKind.EARNEST, null, 100_000, null, null))))
                .containsExactly("amount: amount 92233720368547758.07 is more than the limit of 1000000000.00",
                        "days: days 100000 is outside 1 to 366");
        // a hold lasts at most as long as the mall's default may (deposit.hold_days: 1 to 366), a year and a day
        assertThat(invalid(world.deposits().hold(new EarnestMoneyUseCases.Hold(List.of(StallNo.of("A102")),
                MerchantNo.of("M-0001"), Money.parse("100.00"), EarnestKind.EARNEST, null, 367, null, null))))
                .containsExactly("days: days 367 is outside 1 to 366");
        assertThat(world.deposits().hold(new EarnestMoneyUseCases.Hold(List.of(StallNo.of("A102")),
                MerchantNo.of("M-0001"), Money.parse("100.00"), EarnestKind.EARNEST, null, 366, null, null)))
                .isInstanceOf(Outcome.Done.class);
        assertThat(((SettingsUpdate.Rejected) MallSettings.defaults().update(Map.of("deposit.hold_days", "367")))
                .problems()).extracting(p -> p.key() + ": " + p.reason())
                .containsExactly("deposit.hold_days: must be from 1 to 366");
    }
}
