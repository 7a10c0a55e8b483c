package org.mallcrm.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.credit.CreditFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The score over time (信誉分走势): the standing on each day it moved, through a day. */
class ScoreHistoryTest {

    private static final CreditPolicy POLICY = CreditPolicy.defaults();

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private MerchantCredit year() {
        MerchantCredit c = fresh();
        c = recorded(c, LATE_OPENING, d("2026-01-05"));
        c = recorded(c, LATE_OPENING, d("2026-01-12"));
        c = recorded(c, BLOCKING_AISLE, d("2026-01-20"));
        c = recorded(c, BONUS, d("2026-06-01"));
        return c;
    }

    @Test
    void it_starts_at_the_base_the_day_before_the_first_record_steps_on_each_record_and_resets_on_1_january() {
        List<ScorePoint> h = year().scoreHistory(POLICY, d("2027-02-01"));

        assertThat(h).containsExactly(
                new ScorePoint(d("2026-01-04"), 100, CreditGrade.A, false),
                new ScorePoint(d("2026-01-05"), 99, CreditGrade.A, false),
                new ScorePoint(d("2026-01-12"), 98, CreditGrade.A, false),
                new ScorePoint(d("2026-01-20"), 95, CreditGrade.A, false),
                new ScorePoint(d("2026-06-01"), 97, CreditGrade.A, false),
                new ScorePoint(d("2027-01-01"), 100, CreditGrade.A, false),
                new ScorePoint(d("2027-02-01"), 100, CreditGrade.A, false));
        // each point is the standing of its day
        for (ScorePoint p : h) {
            CreditStanding s = year().standing(POLICY, p.on());
            assertThat(p.score()).as(p.on().toString()).isEqualTo(s.score());
            assertThat(p.grade()).as(p.on().toString()).isEqualTo(s.grade());
        }
    }

    @Test
    void records_after_the_day_are_not_known_yet_and_without_a_record_there_is_no_history() {
        assertThat(year().scoreHistory(POLICY, d("2026-01-15"))).extracting(ScorePoint::on, ScorePoint::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(d("2026-01-04"), 100),
                        org.assertj.core.groups.Tuple.tuple(d("2026-01-05"), 99),
                        org.assertj.core.groups.Tuple.tuple(d("2026-01-12"), 98),
                        org.assertj.core.groups.Tuple.tuple(d("2026-01-15"), 98));
        assertThat(year().scoreHistory(POLICY, d("2026-01-01"))).isEmpty();
        assertThat(fresh().scoreHistory(POLICY, d("2026-12-31"))).isEmpty();
    }

    @Test
    void a_severe_record_turns_grade_D_and_blacklists_until_the_blacklisting_ends() {
        MerchantCredit c = recorded(fresh(), FIRE_HAZARD, d("2026-03-10"));
        List<ScorePoint> h = c.scoreHistory(POLICY, d("2028-06-01"));

        assertThat(h.get(0)).isEqualTo(new ScorePoint(d("2026-03-09"), 100, CreditGrade.A, false));
        assertThat(h.get(1)).isEqualTo(new ScorePoint(d("2026-03-10"), 80, CreditGrade.D, true));
        // the reset of 1 January restores the score; the blacklisting runs on to its end, then the credit is clear
        assertThat(h).contains(new ScorePoint(d("2027-01-01"), 100, CreditGrade.A, true));
        assertThat(h.get(h.size() - 1)).isEqualTo(new ScorePoint(d("2028-06-01"), 100, CreditGrade.A, false));
        for (int i = 1; i < h.size() - 1; i++) {
            assertThat(h.get(i).sameAs(h.get(i - 1))).as("a point where nothing moved: " + h.get(i)).isFalse();
        }
    }
}
