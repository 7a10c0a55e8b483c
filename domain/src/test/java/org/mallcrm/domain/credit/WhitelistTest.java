package org.mallcrm.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.credit.CreditFixtures.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WhitelistTest {

    private static final CreditPolicy POLICY = CreditPolicy.defaults();
    private static final LocalDate IN_2028 = LocalDate.of(2028, 3, 1);

    @Test
    void grade_A_two_calendar_years_running_whitelists() {
        MerchantCredit c = recorded(fresh(), LATE_OPENING, LocalDate.of(2026, 5, 1)); // 99 A
        c = recorded(c, BLOCKING_AISLE, LocalDate.of(2027, 5, 1)); // 97 A

        assertThat(c.standing(POLICY, IN_2028).whitelisted()).isTrue();
    }

    @Test
    void one_year_closing_below_A_is_not_enough() {
        MerchantCredit c = recorded(fresh(), OVERDUE_RENT, LocalDate.of(2027, 5, 1));
        c = recorded(c, OVERDUE_RENT, LocalDate.of(2027, 6, 1));
        c = recorded(c, OVERDUE_RENT, LocalDate.of(2027, 7, 1)); // 2027 closes 85 B

        assertThat(c.standing(POLICY, IN_2028).whitelisted()).isFalse();
        assertThat(c.standing(POLICY, LocalDate.of(2030, 1, 1)).whitelisted()).isTrue(); // 2028, 2029 A
    }

    @Test
    void a_merchant_assessed_only_since_the_middle_of_the_first_year_is_not_whitelisted() {
        MerchantCredit c = MerchantCredit.open(MERCHANT, LocalDate.of(2026, 7, 1));

        assertThat(c.standing(POLICY, IN_2028).whitelisted()).isFalse();
        assertThat(c.standing(POLICY, LocalDate.of(2029, 1, 1)).whitelisted()).isTrue();
    }

    @Test
    void a_blacklisted_merchant_is_never_whitelisted() {
        MerchantCredit c = recorded(fresh(), FIRE_HAZARD, LocalDate.of(2025, 6, 1));

        CreditStanding s = c.standing(POLICY, LocalDate.of(2027, 3, 1)); // 2025 closed D anyway; 2026 A
        assertThat(s.whitelisted()).isFalse();
        assertThat(c.standing(POLICY, LocalDate.of(2028, 3, 1)).whitelisted()).isTrue(); // 2026, 2027 A, list ended
    }

    @Test
    void under_a_rolling_period_the_two_windows_end_today_and_365_days_ago() {
        CreditPolicy rolling = POLICY.withPeriod(CreditPeriod.ROLLING_12_MONTHS);
        MerchantCredit c = recorded(fresh(), OVERDUE_RENT, LocalDate.of(2026, 3, 1));
        c = recorded(c, OVERDUE_RENT, LocalDate.of(2026, 3, 2));
        c = recorded(c, OVERDUE_RENT, LocalDate.of(2026, 3, 3)); // 85 B through 2027-02-28

        assertThat(c.standing(rolling, LocalDate.of(2027, 3, 3)).whitelisted()).isFalse(); // 2026-03-03 was B
        assertThat(c.standing(rolling, LocalDate.of(2028, 3, 3)).whitelisted()).isTrue(); // 2027-03-03 A, today A
    }
}
