package org.mallcrm.application.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.coupon.port.in.SubsidyUseCases.SubsidyCloseOutcome;
import org.mallcrm.application.coupon.service.SubsidyService;
import org.mallcrm.domain.channel.StatementStatus;
import org.mallcrm.domain.coupon.ClosedSubsidyStatement;
import org.mallcrm.domain.coupon.SettlementMethod;
import org.mallcrm.domain.coupon.SettlementPolicy;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.LeaseAccount;
import org.mallcrm.domain.receipt.Posting;
import org.mallcrm.domain.receipt.Receipt;
import org.mallcrm.fixtures.coupon.MarketingWorld;

class SubsidyStatementsTest {

    private final MarketingWorld w = new MarketingWorld("2026-09-30T12:00");
    private static final MerchantNo M1 = MerchantNo.of("M-0001");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private LeaseNo lease;

    @BeforeEach
    void scene() {
        lease = w.merchantWithLease("M-0001", "女装", "2026-01-01", "2027-12-31");
        w.buyer("b1", 1);
        w.runningCampaign(MarketingWorld.f1Spec());
        w.redeemed(w.claim("C-2026-10", "b1", "2026-10-01T09:00"), "M-0001", "1280.00", "2026-10-02T11:00");
        w.redeemed(w.claim("C-2026-10", "b1", "2026-10-01T09:00"), "M-0001", "500.00", "2026-10-05T11:00");
    }

    @Test
    void a_month_is_closed_only_once_it_has_ended() {
        w.now("2026-10-31T23:00");
        assertThat(w.subsidies.close(M1, OCTOBER)).isInstanceOf(SubsidyCloseOutcome.Refused.class)
                .extracting(o -> ((SubsidyCloseOutcome.Refused) o).code()).isEqualTo(SubsidyCloseOutcome.Refused.MONTH_OPEN);
        assertThat(w.subsidies.statement(M1, OCTOBER).status()).isEqualTo(StatementStatus.DRAFT);
    }

    @Test
    void the_months_statements_are_each_merchants_statement_draft_or_closed() {
        w.merchantWithLease("M-0002", "男装", "2026-01-01", "2027-12-31");
        w.buyer("b2", 2);
        w.redeemed(w.claim("C-2026-10", "b2", "2026-10-01T09:00"), "M-0002", "800.00", "2026-10-07T11:00");
        w.merchantWithLease("M-0003", "女装", "2026-01-01", "2027-12-31");
        w.now("2026-11-01T09:00");
        assertThat(w.subsidies.statementsOf(OCTOBER)).containsExactly(w.subsidies.statement(M1, OCTOBER),
                w.subsidies.statement(MerchantNo.of("M-0002"), OCTOBER));
        ClosedSubsidyStatement closed = ((SubsidyCloseOutcome.Closed) w.subsidies.close(M1, OCTOBER)).statement();
        assertThat(w.subsidies.statementsOf(OCTOBER)).as("M-0003 redeemed nothing").containsExactly(closed,
                w.subsidies.statement(MerchantNo.of("M-0002"), OCTOBER));
        assertThat(w.subsidies.statementsOf(YearMonth.of(2026, 9))).isEmpty();
    }

    @Test
    void a_closed_statement_is_paid_out_by_default_and_stays_as_it_was() {
        w.now("2026-11-01T09:00");
        ClosedSubsidyStatement closed = ((SubsidyCloseOutcome.Closed) w.subsidies.close(M1, OCTOBER)).statement();

        assertThat(closed.total()).isEqualTo(Money.parse("60.00"));
        assertThat(closed.method()).isEqualTo(SettlementMethod.PAY_OUT);
        assertThat(closed.offset()).isEmpty();
        assertThat(closed.lines()).hasSize(2);
        assertThat(w.subsidies.close(M1, OCTOBER)).isInstanceOf(SubsidyCloseOutcome.AlreadyClosed.class);
        assertThat(w.subsidies.statement(M1, OCTOBER)).isEqualTo(closed);
        assertThat(w.subsidies.closed(M1)).containsExactly(closed);
        assertThat(w.leases.find(lease).orElseThrow().account().receipts()).isEmpty();
    }

    @Test
    void offset_on_rent_puts_the_total_on_the_next_installment_as_a_non_cash_receipt() {
        w.settlementPolicy = new SettlementPolicy(SettlementMethod.OFFSET_RENT);
        w.now("2026-11-02T09:00");

        ClosedSubsidyStatement closed = ((SubsidyCloseOutcome.Closed) w.subsidies.close(M1, OCTOBER)).statement();

        assertThat(closed.method()).isEqualTo(SettlementMethod.OFFSET_RENT);
        assertThat(closed.offset()).hasValueSatisfying(o -> {
            assertThat(o.lease()).isEqualTo(lease);
            assertThat(o.receiptNo()).isEqualTo("SUB-2026-10-M-0001");
            assertThat(o.applied()).isEqualTo(Money.parse("60.00"));
            assertThat(o.held()).isEqualTo(Money.ZERO);
        });
        LeaseAccount account = w.leases.find(lease).orElseThrow().account();
        Receipt receipt = account.receipts().get(0);
        assertThat(receipt.method()).isEqualTo(SubsidyService.OFFSET_METHOD);
        assertThat(receipt.amount()).isEqualTo(Money.parse("60.00"));
        Posting posting = account.postings().get(0);
        assertThat(account.lease().plan().installments().stream().filter(i -> i.seq() == posting.seq()).findFirst()
                .orElseThrow().dueOn()).isAfter(java.time.LocalDate.parse("2026-11-02"));
        assertThat(Money.sum(account.postings().stream().map(Posting::amount).toList()).plus(account.credit()))
                .isEqualTo(Money.sum(account.receipts().stream().map(Receipt::amount).toList()));
    }

    @Test
    void offset_on_rent_without_a_live_lease_is_refused_and_nothing_is_closed() {
        w.settlementPolicy = new SettlementPolicy(SettlementMethod.OFFSET_RENT);
        w.now("2028-02-01T09:00");

        SubsidyCloseOutcome o = w.subsidies.close(M1, OCTOBER);

        assertThat(((SubsidyCloseOutcome.Refused) o).reason()).contains("no live lease");
        assertThat(((SubsidyCloseOutcome.Refused) o).code()).isEqualTo(SubsidyCloseOutcome.Refused.NO_LIVE_LEASE);
        assertThat(w.subsidies.statement(M1, OCTOBER).status()).isEqualTo(StatementStatus.DRAFT);
    }

    @Test
    void the_setting_in_force_at_closing_is_kept_on_the_statement() {
        w.now("2026-11-02T09:00");
        w.subsidies.close(M1, OCTOBER);
        w.settlementPolicy = new SettlementPolicy(SettlementMethod.OFFSET_RENT);
        assertThat(((ClosedSubsidyStatement) w.subsidies.statement(M1, OCTOBER)).method())
                .isEqualTo(SettlementMethod.PAY_OUT);
    }
}
