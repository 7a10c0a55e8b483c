package org.mallcrm.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mallcrm.fixtures.credit.CreditFixtures.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.lease.LeaseNo;

class OverdueRuleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);
    private static final OverdueInstallment Q2 = new OverdueInstallment(MERCHANT, LeaseNo.of("L-2026-0001"), 2, DUE, STALL);
    private static final OverdueInstallment OTHER_LEASE_SAME_DAY =
            new OverdueInstallment(MERCHANT, LeaseNo.of("L-2026-0002"), 2, DUE, STALL);
    private static final OverdueRule AFTER_30 = OverdueRule.after(30, "OVERDUE_RENT");
    private static final CreditPolicy POLICY = CreditPolicy.defaults().withOverdue(AFTER_30);

    @Test
    void the_rule_is_off_by_default() {
        assertThat(CreditPolicy.defaults().overdue().enabled()).isFalse();
        assertThat(CreditPolicy.defaults().overdue().behaviourFor(Q2, CATALOGUE, nextId(), DUE.plusDays(100))).isEmpty();
    }

    @Test
    void an_installment_becomes_a_record_on_the_first_day_it_is_more_than_N_days_overdue() {
        assertThat(AFTER_30.behaviourFor(Q2, CATALOGUE, nextId(), LocalDate.of(2026, 3, 31))).isEmpty();

        assertThat(AFTER_30.behaviourFor(Q2, CATALOGUE, nextId(), LocalDate.of(2026, 4, 20)))
                .hasValueSatisfying(b -> {
                    assertThat(b.on()).isEqualTo(LocalDate.of(2026, 4, 1)); // 1 Mar + 31 days: 31 days overdue
                    assertThat(b.type()).isEqualTo(OVERDUE_RENT);
                    assertThat(b.sourceKey()).isEqualTo("OVERDUE:L-2026-0001#2");
                });
    }

    @Test
    void recording_the_same_installment_twice_is_a_duplicate() {
        LocalDate day1 = LocalDate.of(2026, 4, 1);
        LocalDate day2 = LocalDate.of(2026, 4, 2);
        MerchantCredit c = recorded(fresh(), AFTER_30.behaviourFor(Q2, CATALOGUE, nextId(), day1).orElseThrow(), day1);

        RecordOutcome again = c.record(AFTER_30.behaviourFor(Q2, CATALOGUE, nextId(), day2).orElseThrow(), POLICY,
                day2, AT);

        assertThat(again).isInstanceOf(RecordOutcome.Duplicate.class);
        assertThat(c.standing(POLICY, day2).score()).isEqualTo(95);
    }

    @Test
    void two_installments_overdue_the_same_day_are_two_records() {
        LocalDate day = LocalDate.of(2026, 4, 1);
        MerchantCredit c = recorded(fresh(), AFTER_30.behaviourFor(Q2, CATALOGUE, nextId(), day).orElseThrow(), day);
        c = recorded(c, AFTER_30.behaviourFor(OTHER_LEASE_SAME_DAY, CATALOGUE, nextId(), day).orElseThrow(), day);

        assertThat(c.standing(POLICY, day).score()).isEqualTo(90);
    }

    @Test
    void a_rule_naming_a_type_missing_from_the_catalogue_is_a_misconfiguration() {
        OverdueRule wrong = OverdueRule.after(30, "NO_SUCH_TYPE");

        assertThatThrownBy(() -> wrong.behaviourFor(Q2, CATALOGUE, nextId(), DUE.plusDays(60)))
                .isInstanceOf(IllegalStateException.class);
    }
}
