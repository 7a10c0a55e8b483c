package org.mallcrm.domain.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.lease.Accounts.b1Account;
import static org.mallcrm.fixtures.lease.Accounts.pay;
import static org.mallcrm.fixtures.lease.LeaseFixtures.d;

import org.junit.jupiter.api.Test;
import org.mallcrm.domain.deposit.SecurityDeposit;
import org.mallcrm.domain.lease.ReceiptPolicy;
import org.mallcrm.domain.lease.SchedulePolicy;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.LeaseAccount;

class ExitSettlementTest {

    private static final ReceiptPolicy RP = ReceiptPolicy.DEFAULT;

    private static SecurityDeposit deposit(LeaseAccount account) {
        return SecurityDeposit.agreed(account.lease().leaseNo(), account.lease().merchantNo(),
                Money.parse("16380.00")).receive(Money.parse("16380.00"));
    }

    @Test
    void an_early_exit_with_arrears_leaves_an_amount_owed() {
        LeaseAccount account = pay(b1Account(), "2026-01-15", "8190.00", RP).account();
        ExitRequest request = ExitRequest.request("X-1", account.lease(), ExitType.SURRENDER, Initiator.MERCHANT,
                d("2026-03-20"), d("2026-04-01"), "closing");
        assertThat(request.timing()).isEqualTo(ExitTiming.EARLY);

        SettlementStatement st = SettlementStatement.of(account, deposit(account), d("2026-04-01"),
                Money.parse("500.00"), SchedulePolicy.DEFAULT, RP);

        // Q2 24,570.00 unpaid since 03-16: 16 days × 0.05 % = 196.56
        assertThat(st.arrears()).isEqualTo(Money.parse("24570.00"));
        assertThat(st.lateFees()).isEqualTo(Money.parse("196.56"));
        assertThat(st.owed()).isEqualTo(Money.parse("25266.56"));
        assertThat(st.depositApplied()).isEqualTo(Money.parse("16380.00"));
        assertThat(st.amountOwed()).isEqualTo(Money.parse("8886.56"));
        assertThat(st.refund()).isEqualTo(Money.ZERO);

        ExitRequest approved = ((ExitOutcome.Moved) request.approve()).request();
        ExitRequest settled = ((ExitOutcome.Moved) approved.settle(st)).request();
        assertThat(settled.status()).isEqualTo(ExitStatus.SETTLED);
        SecurityDeposit after = deposit(account).settle(st.depositApplied());
        assertThat(after.held()).isEqualTo(Money.ZERO);
        assertThat(after.appliedAtExit()).isEqualTo(Money.parse("16380.00"));
    }

    @Test
    void an_exit_at_expiry_with_everything_paid_refunds_the_deposit_less_damages() {
        LeaseAccount account = pay(b1Account(), "2026-01-15", "81900.00", RP).account();
        ExitRequest request = ExitRequest.request("X-2", account.lease(), ExitType.SURRENDER, Initiator.MALL,
                d("2027-01-01"), d("2027-01-14"), "");
        assertThat(request.timing()).isEqualTo(ExitTiming.AT_EXPIRY);

        SettlementStatement st = SettlementStatement.of(account, deposit(account), d("2027-01-14"),
                Money.parse("1000.00"), SchedulePolicy.DEFAULT, RP);

        assertThat(st.arrears()).isEqualTo(Money.ZERO);
        assertThat(st.depositApplied()).isEqualTo(Money.parse("1000.00"));
        assertThat(st.refund()).isEqualTo(Money.parse("15380.00"));
        assertThat(request.settle(st)).isInstanceOf(ExitOutcome.Refused.class);
    }
}
