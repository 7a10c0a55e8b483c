package org.mallcrm.domain.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mallcrm.domain.merchant.Stage.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.fixtures.merchant.MerchantFixtures;

class StageHistoryTest {

    @Test
    void each_move_closes_the_stage_left_and_opens_the_next_on_the_same_day() {
        Merchant m = MerchantFixtures.pipeline("M-1", "展会", LocalDate.of(2026, 1, 20))
                .to(NEGOTIATING, LocalDate.of(2026, 2, 3))
                .to(SIGNED, LocalDate.of(2026, 3, 1))
                .build();

        assertThat(m.stageHistory()).containsExactly(
                new StageHistoryEntry(PROSPECT, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 3)),
                new StageHistoryEntry(NEGOTIATING, LocalDate.of(2026, 2, 3), LocalDate.of(2026, 3, 1)),
                StageHistoryEntry.current(SIGNED, LocalDate.of(2026, 3, 1)));
        assertThat(m.stage()).isEqualTo(SIGNED);
    }

    @Test
    void dwell_days_are_exact_across_month_ends() {
        // 2026-01-20 → 2026-02-03: 11 days left in January + 3 = 14
        StageHistoryEntry e = new StageHistoryEntry(PROSPECT, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 3));
        assertThat(e.dwellDays()).contains(14L);
        // 2026-02-03 → 2026-03-01 in a common year: 25 + 1 = 26
        assertThat(new StageHistoryEntry(NEGOTIATING, LocalDate.of(2026, 2, 3), LocalDate.of(2026, 3, 1)).dwellDays())
                .contains(26L);
        // across a year end: 2025-12-31 → 2026-01-01 is one day
        assertThat(new StageHistoryEntry(QUALIFIED, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1)).dwellDays())
                .contains(1L);
    }

    @Test
    void dwell_days_count_29_february_in_a_leap_year() {
        assertThat(new StageHistoryEntry(PLACED, LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1)).dwellDays())
                .contains(2L);
        assertThat(new StageHistoryEntry(PLACED, LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1)).dwellDays())
                .contains(1L);
        // a full leap year: 2028-01-01 → 2029-01-01 = 366
        assertThat(new StageHistoryEntry(OPERATING, LocalDate.of(2028, 1, 1), LocalDate.of(2029, 1, 1)).dwellDays())
                .contains(366L);
    }

    @Test
    void the_current_stage_dwells_to_the_as_of_date() {
        Merchant m = MerchantFixtures.pipeline("M-1", null, LocalDate.of(2028, 2, 10))
                .to(NEGOTIATING, LocalDate.of(2028, 2, 27)).build();

        assertThat(m.currentDwellDays(LocalDate.of(2028, 3, 2))).isEqualTo(4); // 27, 28, 29 Feb, 1 Mar → 4
        assertThat(m.currentDwellDays(LocalDate.of(2028, 2, 27))).isZero();
        assertThat(m.stageHistory().get(0).dwellDays(LocalDate.of(2099, 1, 1))).isEqualTo(17);
    }

    @Test
    void a_stage_entered_and_left_the_same_day_dwells_zero_days() {
        Merchant m = MerchantFixtures.pipeline("M-1", null, LocalDate.of(2026, 5, 5))
                .to(NEGOTIATING, LocalDate.of(2026, 5, 5)).build();

        assertThat(m.stageHistory().get(0).dwellDays()).contains(0L);
    }

    @Test
    void a_stored_history_with_a_gap_is_rejected() {
        List<StageHistoryEntry> gap = List.of(
                new StageHistoryEntry(PROSPECT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 5)),
                StageHistoryEntry.current(NEGOTIATING, LocalDate.of(2026, 1, 6)));

        assertThatThrownBy(() -> Merchant.restore(MerchantNo.of("M-1"), "x", List.of(), null, null, null, null, gap))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("left on 2026-01-05");
    }

    @Test
    void a_stored_history_whose_last_stage_is_closed_is_rejected() {
        List<StageHistoryEntry> closed = List.of(
                new StageHistoryEntry(PROSPECT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 5)));

        assertThatThrownBy(() -> Merchant.restore(MerchantNo.of("M-1"), "x", List.of(), null, null, null, null, closed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_imported_merchant_starts_its_history_in_the_imported_stage() {
        Merchant m = Merchant.enter(MerchantNo.of("M-9"), "老商户", OPERATING, LocalDate.of(2026, 1, 1))
                .withGrade(QualificationGrade.parse("b"));

        assertThat(m.stageHistory()).containsExactly(StageHistoryEntry.current(OPERATING, LocalDate.of(2026, 1, 1)));
        assertThat(m.grade()).contains(QualificationGrade.B);
        assertThat(m.everSigned()).isTrue();
    }

    @Test
    void as_of_a_day_the_merchant_has_the_stays_entered_by_then_and_is_still_in_the_last() {
        Merchant m = MerchantFixtures.pipeline("M-1", "展会", LocalDate.of(2026, 1, 20))
                .to(NEGOTIATING, LocalDate.of(2026, 2, 3))
                .to(SIGNED, LocalDate.of(2026, 3, 1))
                .build();

        Merchant feb = m.asOf(LocalDate.of(2026, 2, 10)).orElseThrow();
        assertThat(feb.stage()).isEqualTo(NEGOTIATING);
        assertThat(feb.stageHistory()).containsExactly(
                new StageHistoryEntry(PROSPECT, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 3)),
                StageHistoryEntry.current(NEGOTIATING, LocalDate.of(2026, 2, 3)));
        assertThat(m.asOf(LocalDate.of(2026, 2, 3)).orElseThrow().stage()).isEqualTo(NEGOTIATING);
        assertThat(m.asOf(LocalDate.of(2026, 1, 19))).isEmpty();
        assertThat(m.asOf(LocalDate.of(2026, 12, 31))).contains(m);
    }
}
