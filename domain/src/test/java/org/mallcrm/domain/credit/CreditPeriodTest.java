package org.mallcrm.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.credit.CreditFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditPeriodTest {

    private static final CreditPolicy CALENDAR = CreditPolicy.defaults();
    private static final CreditPolicy ROLLING = CreditPolicy.defaults().withPeriod(CreditPeriod.ROLLING_12_MONTHS);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private final MerchantCredit c = recorded(fresh(), OVERDUE_RENT, DAY);

    @Test
    void a_calendar_year_score_resets_on_1_january() {
        assertThat(c.standing(CALENDAR, LocalDate.of(2026, 12, 31)).score()).isEqualTo(95);
        assertThat(c.standing(CALENDAR, LocalDate.of(2027, 1, 1)).score()).isEqualTo(100);
    }

    @Test
    void a_rolling_record_counts_365_days_across_the_new_year_then_expires() {
        assertThat(c.standing(ROLLING, LocalDate.of(2027, 1, 1)).score()).isEqualTo(95);
        assertThat(c.standing(ROLLING, LocalDate.of(2027, 3, 9)).score()).isEqualTo(95);
        assertThat(c.standing(ROLLING, LocalDate.of(2027, 3, 10)).score()).isEqualTo(100);
    }

    @Test
    void a_rolling_window_over_29_february_is_still_365_days() {
        MerchantCredit leap = recorded(fresh(), OVERDUE_RENT, LocalDate.of(2027, 6, 1));

        assertThat(leap.standing(ROLLING, LocalDate.of(2028, 5, 30)).score()).isEqualTo(95);
        assertThat(leap.standing(ROLLING, LocalDate.of(2028, 5, 31)).score()).isEqualTo(100);
    }

    @Test
    void a_record_is_not_counted_before_its_day() {
        assertThat(c.standing(ROLLING, DAY.minusDays(1)).score()).isEqualTo(100);
        assertThat(c.standing(CALENDAR, DAY.minusDays(1)).score()).isEqualTo(100);
    }

    @Test
    void a_rolling_expiry_is_a_time_driven_event() {
        List<CreditEvent> events = c.timeDrivenEvents(ROLLING, DAY, LocalDate.of(2027, 12, 31));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.cause()).isEqualTo(CreditEvent.Cause.RECORDS_EXPIRED);
            assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2027, 3, 10));
            assertThat(e.scoreBefore()).isEqualTo(95);
            assertThat(e.scoreAfter()).isEqualTo(100);
        });
    }

    @Test
    void before_the_first_record_the_standing_is_the_base_and_no_day_has_moved_by_itself() {
        LocalDate before = DAY.minusDays(30);

        for (CreditPolicy policy : List.of(CALENDAR, ROLLING)) {
            assertThat(c.timeDrivenEvents(policy, DAY, before)).isEmpty();
            assertThat(c.timeDrivenEvents(policy, DAY, DAY)).isEmpty();
            CreditStanding then = c.standing(policy, before);
            assertThat(then.score()).isEqualTo(100);
            assertThat(then.grade()).isEqualTo(CreditGrade.A);
            assertThat(then.blacklisted()).isFalse();
        }
    }

    @Test
    void under_a_rolling_period_a_bonus_expiring_can_drop_the_merchant_into_D() {
        BehaviourType bonus10 = BehaviourType.normal("BONUS10", "大额表彰", 10);
        BehaviourType fault = BehaviourType.normal("FAULT45", "严重违规", -45);
        MerchantCredit m = recorded(fresh(), bonus10, LocalDate.of(2026, 1, 10));
        m = recorded(m, fault, LocalDate.of(2026, 2, 1)); // 100 + 10 − 45 = 65 C

        assertThat(m.standing(ROLLING, LocalDate.of(2027, 1, 9)).blacklisted()).isFalse();
        CreditStanding after = m.standing(ROLLING, LocalDate.of(2027, 1, 10)); // bonus expired: 55 D
        assertThat(after.score()).isEqualTo(55);
        assertThat(after.blacklist()).hasValueSatisfying(b -> assertThat(b.from()).isEqualTo(LocalDate.of(2027, 1, 10)));
    }
}
