package org.mallcrm.adapters.persistence;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.lease.port.out.LeaseOverlapException;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.lease.port.out.StallLockedException;
import org.mallcrm.domain.deposit.EarnestKind;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.deposit.HoldOutcome;
import org.mallcrm.domain.deposit.SecurityDeposit;
import org.mallcrm.domain.lease.Billing;
import org.mallcrm.domain.lease.EarnestMoneyPolicy;
import org.mallcrm.domain.lease.Escalation;
import org.mallcrm.domain.lease.EscalationAnchor;
import org.mallcrm.domain.lease.Lease;
import org.mallcrm.domain.lease.LeaseAmendment;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.lease.Percent;
import org.mallcrm.domain.lease.ReceiptPolicy;
import org.mallcrm.domain.lease.SchedulePolicy;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.AccountAmendOutcome;
import org.mallcrm.domain.receipt.LeaseAccount;
import org.mallcrm.domain.receipt.ReceiptOutcome;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.fixtures.deposit.EarnestFixtures;
import org.mallcrm.fixtures.lease.Accounts;
import org.mallcrm.fixtures.lease.LeaseFixtures;

/** Leases and earnest money in SQLite: round trips, and the rules the database enforces by itself. */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JooqLeasingTest {

    @Parameter
    Store store;


    Database db;
    JooqLeases leases;
    JooqEarnestMonies monies;

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh(store);
        long mall = TestDatabases.defaultMall(db);
        leases = new JooqLeases(db, mall);
        monies = new JooqEarnestMonies(db, mall);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static LeaseRecord record(LeaseTerms terms) {
        Lease lease = LeaseFixtures.sign(terms, SchedulePolicy.DEFAULT);
        return new LeaseRecord(LeaseAccount.open(lease),
                SecurityDeposit.agreed(lease.leaseNo(), lease.merchantNo(), terms.securityDeposit()), null);
    }

    @Test
    void a_lease_with_every_term_an_amendment_and_receipts_reads_back_equal() {
        LeaseTerms terms = LeaseFixtures.b1().managementFeePerM2Month(Money.parse("12.50"))
                .escalation(Escalation.simple(Percent.parse("3.5"), 6, EscalationAnchor.RENT_START))
                .rentStartDate(LocalDate.parse("2026-02-01")).signingDate(LocalDate.parse("2026-01-10"))
                .ratios(List.of(Percent.parse("33.33"), Percent.parse("33.33"), Percent.parse("33.34"))).build();
        LeaseRecord r = record(terms);
        leases.insert(r);
        LeaseAccount paid = ((ReceiptOutcome.Recorded) r.account().receive(Accounts.receipt(r.account(),
                "2026-01-20", "5000.00"), ReceiptPolicy.DEFAULT)).account();
        LeaseAccount amended = ((AccountAmendOutcome.Amended) paid.amend(LeaseAmendment.of(
                LocalDate.parse("2026-07-15"), new LeaseAmendment.FreeExtension(1)))).account();
        LeaseRecord after = r.withAccount(amended);
        leases.update(after);

        LeaseRecord read = leases.find(terms.leaseNo()).orElseThrow();

        assertThat(read).isEqualTo(after);
        assertThat(read.account().lease().version()).isEqualTo(2);
        assertThat(leases.findReceipt(paid.receipts().get(0).receiptNo()).orElseThrow().allocation().amount())
                .isEqualTo(Money.parse("5000.00"));
    }

    @Test
    void the_database_refuses_two_leases_of_one_stall_overlapping_in_time() {
        leases.insert(record(LeaseFixtures.b1Terms()));
        LeaseTerms overlapping = LeaseFixtures.b1().leaseNo(LeaseNo.of("L-2")).start(LocalDate.parse("2027-01-14"))
                .end(LocalDate.parse("2028-01-13")).rentFree(List.of()).build();

        assertThatThrownBy(() -> db.inTransaction(() -> {
            leases.insert(record(overlapping));
            return null;
        })).isInstanceOf(LeaseOverlapException.class);
        assertThat(leases.find(LeaseNo.of("L-2"))).isEmpty();

        LeaseTerms next = LeaseFixtures.b1().leaseNo(LeaseNo.of("L-3")).start(LocalDate.parse("2027-01-15"))
                .end(LocalDate.parse("2028-01-14")).rentFree(List.of()).build();
        leases.insert(record(next));
        assertThat(leases.occupying(terms().stallNos().get(0), LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-02-01"))).extracting(LeaseNo::value).containsExactly("L-2026-0001", "L-3");
    }

    @Test
    void the_overlap_trigger_holds_even_for_sql_written_by_hand() {
        leases.insert(record(LeaseFixtures.b1Terms()));
        leases.insert(record(LeaseFixtures.b1().leaseNo(LeaseNo.of("L-2"))
                .stallNos(List.of(org.mallcrm.domain.stall.StallNo.of("1F-A-102"))).build()));

        assertThatThrownBy(() -> db.dsl(ctx -> ctx.execute("insert into lease_stall (mall_id, lease_id, stall_no, "
                + "start_on, end_on) select mall_id, id, '1F-A-101', '2026-06-01', '2026-06-30' from lease "
                + "where lease_no = 'L-2'"))).satisfies(e -> assertThat(SqlFailure.of(e)).isEqualTo(SqlFailure.EXCLUSION));
    }

    private static LeaseTerms terms() {
        return LeaseFixtures.b1Terms();
    }

    static EarnestMoney held(String no) {
        return ((HoldOutcome.Held) EarnestMoney.hold(EarnestFixtures.request(no, EarnestKind.EARNEST, "20000.00",
                "2026-01-05", null), Map.of(EarnestFixtures.STALL, StallStatus.VACANT), List.of(),
                EarnestMoneyPolicy.DEFAULT)).earnestMoney();
    }

    @Test
    void the_database_allows_one_live_lock_per_stall_and_frees_it_when_the_money_stops_holding() {
        EarnestMoney first = held("D-1");
        monies.insert(first);

        assertThatThrownBy(() -> db.inTransaction(() -> {
            monies.insert(held("D-2"));
            return null;
        })).isInstanceOf(StallLockedException.class);

        monies.update(((org.mallcrm.domain.deposit.EarnestOutcome.Done) first.refund()).earnestMoney());
        monies.insert(held("D-3"));
        assertThat(monies.onStalls(Set.of(EarnestFixtures.STALL))).extracting(EarnestMoney::depositNo)
                .containsExactly("D-1", "D-3");
        assertThat(monies.find("D-1").orElseThrow().refunded()).isEqualTo(Money.parse("20000.00"));
        assertThat(monies.nextNumber()).isEqualTo("D-000003");
    }

    @Test
    void the_database_keeps_the_earnest_money_invariant() {
        monies.insert(held("D-1"));

        assertThatThrownBy(() -> db.dsl(ctx -> ctx.execute("update earnest_money set refunded_fen = 100")))
                .satisfies(e -> assertThat(SqlFailure.of(e)).isEqualTo(SqlFailure.CHECK));
    }

    @Test
    void lapsed_holds_are_found_by_their_last_locked_day() {
        monies.insert(held("D-1"));

        assertThat(monies.lapsed(LocalDate.parse("2026-02-03"))).isEmpty();
        assertThat(monies.lapsed(LocalDate.parse("2026-02-04"))).extracting(EarnestMoney::depositNo)
                .containsExactly("D-1");
    }
}
