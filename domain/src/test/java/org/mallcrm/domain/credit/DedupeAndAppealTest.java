package org.mallcrm.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.credit.CreditFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.stall.StallNo;

class DedupeAndAppealTest {

    private static final CreditPolicy POLICY = CreditPolicy.defaults();
    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 31);

    @Test
    void the_same_merchant_type_stall_and_day_counts_once() {
        MerchantCredit c = recorded(fresh(), behaviour(BLOCKING_AISLE, DAY).atStall(STALL), DAY);

        RecordOutcome again = c.record(behaviour(BLOCKING_AISLE, DAY).atStall(STALL), POLICY, AS_OF, AT);

        assertThat(again).isInstanceOfSatisfying(RecordOutcome.Duplicate.class,
                d -> assertThat(d.existing().on()).isEqualTo(DAY));
        assertThat(c.standing(POLICY, AS_OF).score()).isEqualTo(97);
    }

    @Test
    void another_stall_another_day_or_another_type_counts_again() {
        MerchantCredit c = recorded(fresh(), behaviour(BLOCKING_AISLE, DAY).atStall(STALL), DAY);
        c = recorded(c, behaviour(BLOCKING_AISLE, DAY).atStall(StallNo.of("1F-A-102")), DAY);
        c = recorded(c, behaviour(BLOCKING_AISLE, DAY.plusDays(1)).atStall(STALL), AS_OF);
        c = recorded(c, behaviour(LATE_OPENING, DAY).atStall(STALL), DAY);
        c = recorded(c, behaviour(BLOCKING_AISLE, DAY), DAY); // no stall is its own key

        assertThat(c.standing(POLICY, AS_OF).score()).isEqualTo(100 - 3 - 3 - 3 - 1 - 3);
    }

    @Test
    void duplicates_in_stored_records_count_once() {
        BehaviourRecord a = new BehaviourRecord(nextId(), MERCHANT, OVERDUE_RENT, STALL, DAY, null, null,
                AppealState.NONE, null);
        BehaviourRecord b = new BehaviourRecord(nextId(), MERCHANT, OVERDUE_RENT, STALL, DAY, "again", null,
                AppealState.NONE, null);

        MerchantCredit c = MerchantCredit.restore(MERCHANT, LocalDate.of(2020, 1, 1), List.of(a, b));

        assertThat(c.standing(POLICY, AS_OF).score()).isEqualTo(95);
        assertThat(c.standing(POLICY, AS_OF).counting()).containsExactly(a);
    }

    @Test
    void a_record_under_appeal_does_not_count_and_the_change_is_audited() {
        MerchantCredit c = recorded(fresh(), OVERDUE_RENT, DAY);
        BehaviourRecordId id = c.records().get(0).id();

        AppealOutcome o = c.appeal(id, POLICY, AS_OF, AT);

        assertThat(o).isInstanceOfSatisfying(AppealOutcome.Changed.class, ch -> {
            assertThat(ch.record().appeal()).isEqualTo(AppealState.UNDER_APPEAL);
            assertThat(ch.credit().standing(POLICY, AS_OF).score()).isEqualTo(100);
            assertThat(ch.event().cause()).isEqualTo(CreditEvent.Cause.APPEAL_LODGED);
            assertThat(ch.event().scoreBefore()).isEqualTo(95);
            assertThat(ch.event().scoreAfter()).isEqualTo(100);
        });
    }

    @Test
    void an_upheld_record_counts_again_and_a_withdrawn_one_is_struck() {
        MerchantCredit c = recorded(recorded(fresh(), OVERDUE_RENT, DAY), LATE_OPENING, DAY);
        BehaviourRecordId rent = c.records().get(0).id();
        BehaviourRecordId late = c.records().get(1).id();
        c = changed(c.appeal(rent, POLICY, AS_OF, AT));
        c = changed(c.appeal(late, POLICY, AS_OF, AT));
        assertThat(c.standing(POLICY, AS_OF).score()).isEqualTo(100);

        c = changed(c.uphold(rent, POLICY, AS_OF, AT));
        c = changed(c.withdraw(late, POLICY, AS_OF, AT));

        assertThat(c.standing(POLICY, AS_OF).score()).isEqualTo(95);
        assertThat(c.find(rent)).hasValueSatisfying(r -> assertThat(r.appeal()).isEqualTo(AppealState.UPHELD));
        assertThat(c.find(late)).hasValueSatisfying(r -> assertThat(r.appeal()).isEqualTo(AppealState.WITHDRAWN));
    }

    @Test
    void appeal_steps_out_of_order_are_refused() {
        MerchantCredit c = recorded(fresh(), OVERDUE_RENT, DAY);
        BehaviourRecordId id = c.records().get(0).id();

        assertThat(c.uphold(id, POLICY, AS_OF, AT)).isInstanceOfSatisfying(AppealOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(AppealOutcome.Reason.WRONG_STATE));
        MerchantCredit appealed = changed(c.appeal(id, POLICY, AS_OF, AT));
        assertThat(appealed.appeal(id, POLICY, AS_OF, AT)).isInstanceOf(AppealOutcome.Refused.class);
        MerchantCredit struck = changed(appealed.withdraw(id, POLICY, AS_OF, AT));
        assertThat(struck.appeal(id, POLICY, AS_OF, AT)).isInstanceOf(AppealOutcome.Refused.class);
        assertThat(c.appeal(BehaviourRecordId.of("NOPE"), POLICY, AS_OF, AT))
                .isInstanceOfSatisfying(AppealOutcome.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(AppealOutcome.Reason.NO_SUCH_RECORD));
    }

    @Test
    void a_severe_record_under_appeal_does_not_blacklist_until_upheld() {
        MerchantCredit c = recorded(fresh(), FIRE_HAZARD, DAY);
        BehaviourRecordId id = c.records().get(0).id();

        MerchantCredit appealed = changed(c.appeal(id, POLICY, AS_OF, AT));
        assertThat(appealed.leasingEligibility(POLICY, AS_OF)).isInstanceOf(Eligibility.Eligible.class);

        MerchantCredit upheld = changed(appealed.uphold(id, POLICY, AS_OF, AT));
        assertThat(upheld.leasingEligibility(POLICY, AS_OF)).isInstanceOf(Eligibility.Refused.class);
    }

    @Test
    void a_behaviour_struck_on_appeal_cannot_be_recorded_again() {
        MerchantCredit c = recorded(fresh(), OVERDUE_RENT, DAY);
        c = changed(c.appeal(c.records().get(0).id(), POLICY, AS_OF, AT));
        c = changed(c.withdraw(c.records().get(0).id(), POLICY, AS_OF, AT));

        assertThat(c.record(behaviour(OVERDUE_RENT, DAY), POLICY, AS_OF, AT)).isInstanceOf(RecordOutcome.Duplicate.class);
    }

    private static MerchantCredit changed(AppealOutcome o) {
        return switch (o) {
            case AppealOutcome.Changed c -> c.credit();
            case AppealOutcome.Refused r -> throw new AssertionError(r.detail());
        };
    }
}
