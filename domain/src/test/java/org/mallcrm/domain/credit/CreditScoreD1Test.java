package org.mallcrm.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.credit.CreditFixtures.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** domain-rules.md §4, worked example D1. */
class CreditScoreD1Test {

    private static final CreditPolicy POLICY = CreditPolicy.defaults();
    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

    private MerchantCredit january() {
        MerchantCredit c = fresh();
        c = recorded(c, LATE_OPENING, LocalDate.of(2026, 1, 5));
        c = recorded(c, LATE_OPENING, LocalDate.of(2026, 1, 12));
        c = recorded(c, LATE_OPENING, LocalDate.of(2026, 1, 19));
        c = recorded(c, BLOCKING_AISLE, LocalDate.of(2026, 1, 20));
        c = recorded(c, OVERDUE_RENT, LocalDate.of(2026, 1, 25));
        return c;
    }

    @Test
    void a_merchant_with_no_record_scores_the_base_100_grade_A() {
        CreditStanding s = fresh().standing(POLICY, JAN_31);

        assertThat(s.score()).isEqualTo(100);
        assertThat(s.grade()).isEqualTo(CreditGrade.A);
    }

    @Test
    void three_late_openings_a_blocked_aisle_and_overdue_rent_in_january_give_89_B() {
        CreditStanding s = january().standing(POLICY, JAN_31);

        assertThat(s.score()).isEqualTo(89);
        assertThat(s.grade()).isEqualTo(CreditGrade.B);
        assertThat(s.counting()).hasSize(5);
        assertThat(s.blacklisted()).isFalse();
    }

    @Test
    void a_bonus_of_2_lifts_89_to_91_A_and_the_change_is_an_audited_event() {
        RecordOutcome outcome = january().record(behaviour(BONUS, JAN_31), POLICY, JAN_31, AT);

        assertThat(outcome).isInstanceOfSatisfying(RecordOutcome.Recorded.class, r -> {
            assertThat(r.credit().standing(POLICY, JAN_31).score()).isEqualTo(91);
            assertThat(r.credit().standing(POLICY, JAN_31).grade()).isEqualTo(CreditGrade.A);
            CreditEvent e = r.event();
            assertThat(e.cause()).isEqualTo(CreditEvent.Cause.RECORDED);
            assertThat(e.recordId()).contains(r.record().id());
            assertThat(e.scoreBefore()).isEqualTo(89);
            assertThat(e.gradeBefore()).isEqualTo(CreditGrade.B);
            assertThat(e.scoreAfter()).isEqualTo(91);
            assertThat(e.gradeAfter()).isEqualTo(CreditGrade.A);
            assertThat(e.at()).isEqualTo(AT);
            assertThat(e.changed()).isTrue();
        });
    }

    @Test
    void a_bonus_of_2_on_99_gives_100_not_101() {
        MerchantCredit c = recorded(fresh(), LATE_OPENING, LocalDate.of(2026, 1, 5));
        assertThat(c.standing(POLICY, JAN_31).score()).isEqualTo(99);

        c = recorded(c, BONUS, LocalDate.of(2026, 1, 6));

        assertThat(c.standing(POLICY, JAN_31).score()).isEqualTo(100);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100, A", "90, A", "89, B", "80, B", "79, C", "60, C", "59, D", "0, D"})
    void grade_boundaries_are_inclusive_lower_bounds(int score, CreditGrade grade) {
        assertThat(GradeThresholds.defaults().gradeOf(score)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0} points → {1} {2}")
    @CsvSource({"-10, 90, A", "-11, 89, B", "-40, 60, C", "-41, 59, D"})
    void the_boundaries_hold_for_scores_made_of_records(int points, int score, CreditGrade grade) {
        BehaviourType t = BehaviourType.normal("T" + (-points), "test", points);

        CreditStanding s = recorded(fresh(), t, LocalDate.of(2026, 1, 5)).standing(POLICY, JAN_31);

        assertThat(s.score()).isEqualTo(score);
        assertThat(s.grade()).isEqualTo(grade);
    }
}
