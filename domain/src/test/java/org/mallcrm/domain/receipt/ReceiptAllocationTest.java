package org.mallcrm.domain.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.lease.Accounts.b1Account;
import static org.mallcrm.fixtures.lease.Accounts.pay;
import static org.mallcrm.fixtures.lease.Accounts.receipt;
import static org.mallcrm.fixtures.lease.LeaseFixtures.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.lease.AllocationOrder;
import org.mallcrm.domain.lease.ReceiptPolicy;
import org.mallcrm.domain.lease.SchedulePolicy;
import org.mallcrm.domain.money.Money;

class ReceiptAllocationTest {

    private static final ReceiptPolicy DEFAULT = ReceiptPolicy.DEFAULT;

    private static String line(AllocationLine l) {
        return l.seq() + " " + l.kind() + " " + l.amount();
    }

    /** B1 with the first quarter paid on time. */
    private static LeaseAccount firstQuarterPaid() {
        return pay(b1Account(), "2026-01-15", "8190.00", DEFAULT).account();
    }

    @Test
    void a_late_receipt_pays_the_late_fee_before_the_principal() {
        ReceiptOutcome.Recorded r = pay(firstQuarterPaid(), "2026-03-26", "10000.00", DEFAULT);

        // 24,570.00 × 0.05 % × 10 days = 122.85
        assertThat(r.allocation().allocations()).extracting(ReceiptAllocationTest::line)
                .containsExactly("2 LATE_FEE 122.85", "2 RENT 9877.15");
        assertThat(r.allocation().credit()).isEqualTo(Money.ZERO);
    }

    @Test
    void late_fee_accrues_in_spans_each_rounded_once() {
        LeaseAccount account = pay(firstQuarterPaid(), "2026-03-26", "10000.00", DEFAULT).account();

        // 14,692.85 × 0.05 % × 10 days = 73.46425 → 73.46
        Reminder reminder = account.reminders(d("2026-04-05"), 7, SchedulePolicy.DEFAULT, DEFAULT).get(0);
        assertThat(reminder.seq()).isEqualTo(2);
        assertThat(reminder.outstanding()).isEqualTo(Money.parse("14692.85"));
        assertThat(reminder.daysOverdue()).isEqualTo(20);
        assertThat(reminder.lateFee()).isEqualTo(Money.parse("73.46"));
        assertThat(reminder.status()).isEqualTo(InstallmentStatus.OVERDUE);
        assertThat(LateFees.spans(account.lease().plan().installments().get(1), account.postings(), d("2026-04-05"),
                DEFAULT)).extracting(LateFeeSpan::fee).containsExactly(Money.parse("122.85"), Money.parse("73.46"));
    }

    @Test
    void principal_first_leaves_the_late_fee_unpaid() {
        ReceiptPolicy principalFirst = DEFAULT.withOrder(AllocationOrder.PRINCIPAL_FIRST);
        ReceiptOutcome.Recorded r = pay(firstQuarterPaid(), "2026-03-26", "10000.00", principalFirst);

        assertThat(r.allocation().allocations()).extracting(ReceiptAllocationTest::line)
                .containsExactly("2 RENT 10000.00");
        // 122.85 before the receipt, then 14,570.00 × 0.05 % × 10 = 72.85
        assertThat(r.account().unpaidLateFees(d("2026-04-05"), principalFirst)).isEqualTo(Money.parse("195.70"));
    }

    @Test
    void no_late_fee_within_the_grace_days() {
        ReceiptPolicy grace = DEFAULT.withGraceDays(5);
        LeaseAccount signedWithGrace = pay(b1Account(grace), "2026-01-15", "8190.00", grace).account();

        assertThat(pay(signedWithGrace, "2026-03-21", "24570.00", grace).allocation().allocations())
                .extracting(ReceiptAllocationTest::line).containsExactly("2 RENT 24570.00");
        assertThat(pay(signedWithGrace, "2026-03-26", "24570.00", grace).allocation().allocations())
                .extracting(ReceiptAllocationTest::line).containsExactly("2 LATE_FEE 61.43", "2 RENT 24508.57");
    }

    @Test
    void a_lease_keeps_the_late_fee_terms_it_was_signed_with() {
        // the mall later doubles its rate and grants grace: B1, signed before, still owes 0.05 %/day from day one
        ReceiptPolicy later = DEFAULT.withLateFeeRate(org.mallcrm.domain.lease.LateFeeRate.percentPerDay("0.1"))
                .withGraceDays(5);

        assertThat(pay(firstQuarterPaid(), "2026-03-26", "10000.00", later).allocation().allocations())
                .extracting(ReceiptAllocationTest::line).containsExactly("2 LATE_FEE 122.85", "2 RENT 9877.15");
        // the allocation order is the mall's as it is now
        assertThat(pay(firstQuarterPaid(), "2026-03-26", "10000.00",
                later.withOrder(AllocationOrder.PRINCIPAL_FIRST)).allocation().allocations())
                .extracting(ReceiptAllocationTest::line).containsExactly("2 RENT 10000.00");
    }

    @Test
    void money_beyond_what_is_due_goes_to_the_next_installment() {
        ReceiptOutcome.Recorded r = pay(firstQuarterPaid(), "2026-03-16", "30000.00", DEFAULT);

        assertThat(r.allocation().allocations()).extracting(ReceiptAllocationTest::line)
                .containsExactly("2 RENT 24570.00", "3 RENT 5430.00");
        assertThat(r.allocation().credit()).isEqualTo(Money.ZERO);
        InstallmentView third = r.account().schedule(d("2026-03-16"), SchedulePolicy.DEFAULT, DEFAULT)
                .installments().get(2);
        assertThat(third.status()).isEqualTo(InstallmentStatus.PARTLY_PAID);
    }

    @Test
    void without_auto_apply_the_surplus_is_held_as_credit() {
        ReceiptPolicy noAuto = DEFAULT.withAutoApplyCredit(false);
        ReceiptOutcome.Recorded r = pay(firstQuarterPaid(), "2026-03-16", "30000.00", noAuto);

        assertThat(r.allocation().allocations()).extracting(ReceiptAllocationTest::line)
                .containsExactly("2 RENT 24570.00");
        assertThat(r.allocation().credit()).isEqualTo(Money.parse("5430.00"));
        assertThat(r.account().credit()).isEqualTo(Money.parse("5430.00"));

        OffsetResult applied = r.account().applyCredit(d("2026-06-15"), noAuto);
        assertThat(applied.lines()).extracting(ReceiptAllocationTest::line).containsExactly("3 RENT 5430.00");
        assertThat(applied.account().credit()).isEqualTo(Money.ZERO);
    }

    @Test
    void statuses_follow_the_reminder_window_the_due_date_and_payments() {
        LeaseAccount account = b1Account();
        java.util.function.Function<String, InstallmentStatus> first = day -> account
                .schedule(d(day), SchedulePolicy.DEFAULT, DEFAULT).installments().get(0).status();

        assertThat(first.apply("2026-01-07")).isEqualTo(InstallmentStatus.SCHEDULED);
        assertThat(first.apply("2026-01-08")).isEqualTo(InstallmentStatus.DUE);
        assertThat(first.apply("2026-01-15")).isEqualTo(InstallmentStatus.DUE);
        assertThat(first.apply("2026-01-16")).isEqualTo(InstallmentStatus.OVERDUE);

        LeaseAccount partly = pay(account, "2026-01-10", "100.00", DEFAULT).account();
        assertThat(partly.schedule(d("2026-01-10"), SchedulePolicy.DEFAULT, DEFAULT).installments().get(0).status())
                .isEqualTo(InstallmentStatus.PARTLY_PAID);
        LeaseAccount paid = pay(partly, "2026-01-15", "8090.00", DEFAULT).account();
        ScheduleView view = paid.schedule(d("2026-02-01"), SchedulePolicy.DEFAULT, DEFAULT);
        assertThat(view.installments().get(0).status()).isEqualTo(InstallmentStatus.PAID);
        assertThat(view.installments().get(0).paid()).isEqualTo(Money.parse("8190.00"));
        assertThat(view.total()).isEqualTo(Money.parse("81900.00"));
    }

    @Test
    void reminders_list_what_falls_due_within_the_window_and_what_is_overdue() {
        LeaseAccount account = firstQuarterPaid();

        assertThat(account.reminders(d("2026-03-08"), 7, SchedulePolicy.DEFAULT, DEFAULT)).isEmpty();
        List<Reminder> soon = account.reminders(d("2026-03-09"), 7, SchedulePolicy.DEFAULT, DEFAULT);
        assertThat(soon).extracting(Reminder::seq).containsExactly(2);
        assertThat(soon.get(0).status()).isEqualTo(InstallmentStatus.DUE);
        assertThat(soon.get(0).lateFee()).isEqualTo(Money.ZERO);
        assertThat(soon.get(0).daysOverdue()).isZero();
    }

    @Test
    void a_receipt_number_is_recorded_once() {
        LeaseAccount account = b1Account();
        Receipt r = receipt(account, "2026-01-15", "100.00");
        LeaseAccount after = ((ReceiptOutcome.Recorded) account.receive(r, DEFAULT)).account();

        assertThat(after.receive(r, DEFAULT)).isInstanceOf(ReceiptOutcome.Refused.class);
    }

    @Test
    void a_receipt_dated_before_money_already_posted_is_refused() {
        LeaseAccount account = pay(b1Account(), "2026-02-01", "100.00", DEFAULT).account();

        assertThat(account.receive(receipt(account, "2026-01-20", "100.00"), DEFAULT))
                .isInstanceOfSatisfying(ReceiptOutcome.Refused.class,
                        r -> assertThat(r.reason()).contains("2026-02-01"));
    }
}
