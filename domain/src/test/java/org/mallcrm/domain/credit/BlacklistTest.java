package org.mallcrm.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.credit.CreditFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.fixtures.credit.CreditFixtures.InMemoryCredits;

class BlacklistTest {

    private static final CreditPolicy POLICY = CreditPolicy.defaults();
    private static final LocalDate FIRE_DAY = LocalDate.of(2026, 6, 10);

    private final MerchantCredit afterFire = recorded(fresh(), FIRE_HAZARD, FIRE_DAY);

    @Test
    void a_severe_record_sets_grade_D_and_blacklists_for_two_years_at_once() {
        CreditStanding s = afterFire.standing(POLICY, FIRE_DAY);

        assertThat(s.score()).isEqualTo(80); // the points alone would give B
        assertThat(s.grade()).isEqualTo(CreditGrade.D);
        assertThat(s.blacklist()).hasValueSatisfying(b -> {
            assertThat(b.cause()).isEqualTo(Blacklisting.Cause.SEVERE_RECORD);
            assertThat(b.from()).isEqualTo(FIRE_DAY);
            assertThat(b.through()).isEqualTo(LocalDate.of(2028, 6, 9));
        });
        assertThat(s.blacklistedUntil()).contains(LocalDate.of(2028, 6, 9));
    }

    @Test
    void the_blacklist_still_blocks_a_lease_after_the_1_january_reset() {
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        CreditStanding s = afterFire.standing(POLICY, newYear);
        assertThat(s.score()).isEqualTo(100);
        assertThat(s.grade()).isEqualTo(CreditGrade.A);

        Eligibility e = afterFire.leasingEligibility(POLICY, newYear);

        assertThat(e).isInstanceOfSatisfying(Eligibility.Refused.class, r -> {
            assertThat(r.until()).isEqualTo(LocalDate.of(2028, 6, 9));
            assertThat(r.reason()).isEqualTo("severe behaviour on 2026-06-10");
            assertThat(r.describe()).isEqualTo("blacklisted through 2028-06-09 (severe behaviour on 2026-06-10)");
        });
    }

    @Test
    void the_merchant_is_eligible_again_the_day_after_the_blacklisting_ends() {
        assertThat(afterFire.leasingEligibility(POLICY, LocalDate.of(2028, 6, 9)))
                .isInstanceOf(Eligibility.Refused.class);
        assertThat(afterFire.leasingEligibility(POLICY, LocalDate.of(2028, 6, 10)))
                .isInstanceOf(Eligibility.Eligible.class);
        assertThat(afterFire.leasingEligibility(POLICY, FIRE_DAY.minusDays(1)))
                .isInstanceOf(Eligibility.Eligible.class);
    }

    @Test
    void falling_into_grade_D_blacklists_from_that_day() {
        BehaviourType bigFault = BehaviourType.normal("BIG", "严重欠费", -25);
        MerchantCredit c = recorded(fresh(), bigFault, LocalDate.of(2026, 3, 1)); // 75 C
        assertThat(c.standing(POLICY, LocalDate.of(2026, 3, 1)).blacklisted()).isFalse();

        c = recorded(c, BehaviourType.normal("BIG2", "再次欠费", -20), LocalDate.of(2026, 4, 1)); // 55 D

        CreditStanding s = c.standing(POLICY, LocalDate.of(2027, 2, 1));
        assertThat(s.score()).isEqualTo(100);
        assertThat(s.blacklist()).hasValueSatisfying(b -> {
            assertThat(b.cause()).isEqualTo(Blacklisting.Cause.GRADE_D);
            assertThat(b.from()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(b.through()).isEqualTo(LocalDate.of(2028, 3, 31));
        });
    }

    @Test
    void the_blacklist_duration_is_configurable() {
        CreditPolicy oneYear = POLICY.withBlacklistDuration(java.time.Period.ofYears(1));

        assertThat(afterFire.standing(oneYear, FIRE_DAY).blacklistedUntil()).contains(LocalDate.of(2027, 6, 9));
    }

    @Test
    void a_severe_type_requiring_evidence_is_refused_without_it() {
        RecordOutcome o = fresh().record(NewBehaviour.of(nextId(), FIRE_HAZARD, FIRE_DAY), POLICY, FIRE_DAY, AT);

        assertThat(o).isInstanceOfSatisfying(RecordOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(RecordOutcome.Reason.EVIDENCE_REQUIRED));
    }

    @Test
    void a_behaviour_dated_after_the_as_of_day_is_refused() {
        RecordOutcome o = fresh().record(behaviour(LATE_OPENING, FIRE_DAY.plusDays(1)), POLICY, FIRE_DAY, AT);

        assertThat(o).isInstanceOfSatisfying(RecordOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(RecordOutcome.Reason.DAY_IN_FUTURE));
    }

    @Test
    void the_leasing_check_over_stored_credit_refuses_the_blacklisted_and_lets_others_through() {
        InMemoryCredits store = new InMemoryCredits();
        store.save(afterFire);
        LeasingEligibility check = store.eligibility(POLICY);

        assertThat(check.check(MERCHANT, LocalDate.of(2027, 1, 1))).isInstanceOf(Eligibility.Refused.class);
        assertThat(check.check(MerchantNo.of("M-NEW"), LocalDate.of(2027, 1, 1))).isInstanceOf(Eligibility.Eligible.class);
    }

    @Test
    void a_check_reading_a_files_merchants_ahead_answers_as_the_check_alone_and_reads_them_once() {
        InMemoryCredits store = new InMemoryCredits();
        store.save(afterFire);
        List<java.util.Collection<MerchantNo>> batches = new java.util.ArrayList<>();
        List<MerchantNo> alone = new java.util.ArrayList<>();
        LeasingEligibility check = LeasingEligibility.fromCredit(POLICY, m -> {
            alone.add(m);
            return store.find(m);
        }, names -> {
            batches.add(names);
            java.util.Map<MerchantNo, MerchantCredit> found = new java.util.HashMap<>();
            names.forEach(m -> store.find(m).ifPresent(c -> found.put(m, c)));
            return found;
        });
        MerchantNo fresh = MerchantNo.of("M-NEW");
        MerchantNo unnamed = MerchantNo.of("M-OTHER");

        LeasingEligibility ahead = check.readAhead(List.of(MERCHANT, fresh));

        assertThat(batches).hasSize(1);
        LocalDate on = LocalDate.of(2027, 1, 1);
        assertThat(ahead.check(MERCHANT, on)).isEqualTo(check.check(MERCHANT, on))
                .isInstanceOf(Eligibility.Refused.class);
        assertThat(ahead.check(fresh, on)).isInstanceOf(Eligibility.Eligible.class);
        alone.clear();
        assertThat(ahead.check(MERCHANT, LocalDate.of(2028, 6, 10))).isInstanceOf(Eligibility.Eligible.class);
        assertThat(ahead.check(fresh, on)).isInstanceOf(Eligibility.Eligible.class);
        assertThat(alone).isEmpty();
        // a merchant the batch did not name is read as before
        assertThat(ahead.check(unnamed, on)).isInstanceOf(Eligibility.Eligible.class);
        assertThat(alone).containsExactly(unnamed);
    }

    @Test
    void the_end_of_a_blacklisting_and_the_new_year_reset_are_time_driven_events() {
        List<CreditEvent> events = afterFire.timeDrivenEvents(POLICY, FIRE_DAY, LocalDate.of(2028, 12, 31));

        assertThat(events).extracting(CreditEvent::cause, CreditEvent::effectiveOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CreditEvent.Cause.PERIOD_RESET, LocalDate.of(2027, 1, 1)),
                org.assertj.core.groups.Tuple.tuple(CreditEvent.Cause.BLACKLIST_ENDED, LocalDate.of(2028, 6, 10)));
        CreditEvent reset = events.get(0);
        assertThat(reset.scoreBefore()).isEqualTo(80);
        assertThat(reset.gradeBefore()).isEqualTo(CreditGrade.D);
        assertThat(reset.scoreAfter()).isEqualTo(100);
        assertThat(reset.gradeAfter()).isEqualTo(CreditGrade.A);
        assertThat(reset.blacklistedUntilAfter()).isEqualTo(LocalDate.of(2028, 6, 9));
        assertThat(events.get(1).blacklistedUntilAfter()).isNull();
    }
}
