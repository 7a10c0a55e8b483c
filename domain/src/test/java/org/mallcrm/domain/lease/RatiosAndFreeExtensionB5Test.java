package org.mallcrm.domain.lease;

import org.mallcrm.fixtures.lease.LeaseFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mallcrm.fixtures.lease.LeaseFixtures.b1;
import static org.mallcrm.fixtures.lease.LeaseFixtures.b1Lease;
import static org.mallcrm.fixtures.lease.LeaseFixtures.d;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.money.Money;

/** Worked example B5 of domain-rules.md: installment ratios and a free extension. */
class RatiosAndFreeExtensionB5Test {

    private static List<Money> ratioPlan(String... ratios) {
        LeaseTerms terms = b1().ratios(java.util.Arrays.stream(ratios).map(Percent::parse).toList()).build();
        return LeaseFixtures.sign(terms, SchedulePolicy.DEFAULT).plan().installments().stream().map(Installment::amount)
                .toList();
    }

    @Test
    void ratios_30_30_40_split_the_total() {
        assertThat(ratioPlan("30", "30", "40")).containsExactly(Money.parse("24570.00"), Money.parse("24570.00"),
                Money.parse("32760.00"));
    }

    @Test
    void ratios_in_hundredths_round_each_part_and_the_last_takes_the_remainder() {
        assertThat(ratioPlan("33.33", "33.33", "33.34")).containsExactly(Money.parse("27297.27"),
                Money.parse("27297.27"), Money.parse("27305.46"));
    }

    @Test
    void ratios_not_summing_to_100_are_refused() {
        assertThatThrownBy(() -> b1().ratios(List.of(Percent.parse("33.33"), Percent.parse("33.33"),
                Percent.parse("33.33"))).build())
                .isInstanceOfSatisfying(InvalidLeaseTermsException.class,
                        e -> assertThat(e.field()).isEqualTo("ratios"));
    }

    @Test
    void a_ratio_plan_shares_the_term_in_anchored_periods() {
        LeaseTerms terms = b1().ratios(List.of(Percent.of(30), Percent.of(30), Percent.of(40))).build();
        List<Installment> plan = LeaseFixtures.sign(terms, SchedulePolicy.DEFAULT).plan().installments();

        assertThat(plan).extracting(Installment::periodStart).containsExactly(d("2026-01-15"), d("2026-05-15"),
                d("2026-09-15"));
        assertThat(plan).extracting(Installment::dueOn).containsExactly(d("2026-01-15"), d("2026-04-15"),
                d("2026-08-16"));
    }

    @Test
    void a_free_month_extends_the_end_and_adds_a_period_billed_zero() {
        Lease lease = b1Lease();
        AmendOutcome outcome = lease.amend(
                LeaseAmendment.of(d("2026-07-15"), new LeaseAmendment.FreeExtension(1)), Set.of());

        assertThat(outcome).isInstanceOf(AmendOutcome.Amended.class);
        AmendOutcome.Amended amended = (AmendOutcome.Amended) outcome;
        Lease v2 = amended.lease();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.terms().end()).isEqualTo(d("2027-02-14"));
        assertThat(v2.plan().installments().subList(0, 4)).isEqualTo(lease.plan().installments());
        Installment added = v2.plan().installments().get(4);
        assertThat(added.period().toString()).isEqualTo("2027-01-15..2027-02-14");
        assertThat(added.amount()).isEqualTo(Money.ZERO);
        assertThat(v2.total()).isEqualTo(Money.parse("81900.00"));

        AmendmentReport report = amended.report();
        assertThat(report.keptInstallments()).isEqualTo(3);
        assertThat(report.endAfter()).isEqualTo(d("2027-02-14"));
        assertThat(report.changes()).extracting(AmendmentReport.InstallmentChange::seq).containsExactly(5);
        assertThat(v2.history()).extracting(LeaseVersion::version).containsExactly(1, 2);
    }

    @Test
    void a_free_extension_or_rent_free_period_is_one_to_240_months() {
        assertThat(new LeaseAmendment.FreeExtension(240).months()).isEqualTo(240);
        assertThat(new LeaseAmendment.RentFreeMonths(d("2026-07-15"), 240).months()).isEqualTo(240);
        for (int months : new int[] {0, -1, 241, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> new LeaseAmendment.FreeExtension(months)).as("%d", months)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("240");
            assertThatThrownBy(() -> new LeaseAmendment.RentFreeMonths(d("2026-07-15"), months)).as("%d", months)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("240");
        }
    }

    @Test
    void rent_free_months_in_an_issued_installment_are_refused() {
        AmendOutcome outcome = b1Lease().amend(
                LeaseAmendment.of(d("2026-07-15"), new LeaseAmendment.RentFreeMonths(d("2026-08-15"), 1)), Set.of());

        assertThat(outcome).isInstanceOfSatisfying(AmendOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("2026-10-14"));
    }

    @Test
    void rent_free_months_and_a_new_price_regenerate_only_the_future() {
        AmendOutcome outcome = b1Lease().amend(new LeaseAmendment("CA-1", d("2026-07-15"), List.of(
                new LeaseAmendment.RentFreeMonths(d("2026-10-15"), 1),
                new LeaseAmendment.ChangePrice(d("2026-11-15"), Money.parse("200.00"))), "promotion"), Set.of());

        Lease v2 = ((AmendOutcome.Amended) outcome).lease();
        // 10-15..11-14 free, then two months at 45.5 × 200 = 9,100.00
        assertThat(v2.plan().installments().get(3).amount()).isEqualTo(Money.parse("18200.00"));
        assertThat(v2.plan().installments().subList(0, 3)).isEqualTo(b1Lease().plan().installments().subList(0, 3));
    }

    @Test
    void an_installment_with_a_payment_is_kept_even_if_not_yet_due() {
        AmendOutcome outcome = b1Lease().amend(
                LeaseAmendment.of(d("2026-07-15"), new LeaseAmendment.ChangePrice(d("2026-10-15"),
                        Money.parse("200.00"))), Set.of(4));

        assertThat(outcome).isInstanceOf(AmendOutcome.Refused.class);
    }
}
