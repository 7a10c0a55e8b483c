package org.mallcrm.domain.buyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.money.Money;

/** Worked example G1 of domain-rules.md §6, and the edges of the rules around it. */
class RfmG1Test {

    static final LocalDate AS_OF = LocalDate.parse("2026-10-31");

    private static BuyerActivity activity(String buyer, String lastVisit, int visits, String spend) {
        return new BuyerActivity(BuyerId.of(buyer), LocalDate.parse(lastVisit), visits, Money.parse(spend));
    }

    /** G1's buyers as the store sums them up over the 365 days ending 2026-10-31. */
    static List<BuyerActivity> g1() {
        return List.of(
                activity("b1", "2026-10-30", 3, "1200.00"),
                activity("b2", "2026-10-01", 1, "5000.00"),
                activity("b3", "2026-09-01", 4, "0.00"),
                activity("b4", "2026-10-31", 2, "300.00"),
                activity("b5", "2026-03-01", 1, "800.00"));
    }

    private static String row(RfmScore s) {
        return s.buyer() + " R" + s.recencyDays() + " F" + s.frequency() + " M" + s.monetary() + " "
                + (s.recencyHigh() ? "H" : "L") + (s.frequencyHigh() ? "H" : "L") + (s.monetaryHigh() ? "H" : "L")
                + " " + s.segment().label();
    }

    @Test
    void g1_thresholds_are_the_lower_medians_and_each_buyer_gets_its_segment() {
        RfmAnalysis rfm = RfmAnalysis.analyse(AS_OF, RfmPolicy.DEFAULTS, g1());

        assertThat(rfm.window().from()).isEqualTo(LocalDate.parse("2025-11-01"));
        assertThat(rfm.window().to()).isEqualTo(AS_OF);
        assertThat(rfm.thresholds()).isEqualTo(new RfmThresholds(30, 2, Money.parse("800.00")));
        assertThat(rfm.scores()).extracting(RfmG1Test::row).containsExactly(
                "b1 R1 F3 M1200.00 HHH 重要价值客户",
                "b2 R30 F1 M5000.00 HLH 重要发展客户",
                "b3 R60 F4 M0.00 LHL 一般保持客户",
                "b4 R0 F2 M300.00 HHL 一般价值客户",
                "b5 R244 F1 M800.00 LLH 重要挽留客户");
    }

    @Test
    void fixed_thresholds_replace_the_medians() {
        RfmPolicy fixed = RfmPolicy.fixed(365, new RfmThresholds(7, 3, Money.parse("1000.00")));
        RfmAnalysis rfm = RfmAnalysis.analyse(AS_OF, fixed, g1());

        assertThat(rfm.thresholds()).isEqualTo(new RfmThresholds(7, 3, Money.parse("1000.00")));
        assertThat(rfm.scoreOf(BuyerId.of("b1")).orElseThrow().segment()).isEqualTo(RfmSegment.IMPORTANT_VALUE);
        assertThat(rfm.scoreOf(BuyerId.of("b2")).orElseThrow().segment()).isEqualTo(RfmSegment.IMPORTANT_WINBACK);
        assertThat(rfm.scoreOf(BuyerId.of("b4")).orElseThrow().segment()).isEqualTo(RfmSegment.GENERAL_DEVELOP);
        assertThat(rfm.scoreOf(BuyerId.of("b9"))).isEmpty();
    }

    @Test
    void a_zero_spend_is_never_high_even_when_the_median_is_zero() {
        RfmAnalysis rfm = RfmAnalysis.analyse(AS_OF, RfmPolicy.DEFAULTS, List.of(
                activity("x", "2026-10-31", 1, "0.00"), activity("y", "2026-10-30", 1, "0.00"),
                activity("z", "2026-10-29", 1, "10.00")));

        assertThat(rfm.thresholds().monetary()).isEqualTo(Money.ZERO);
        assertThat(rfm.scoreOf(BuyerId.of("x")).orElseThrow().monetaryHigh()).isFalse();
        assertThat(rfm.scoreOf(BuyerId.of("z")).orElseThrow().monetaryHigh()).isTrue();
    }

    @Test
    void an_even_number_of_buyers_takes_the_lower_of_the_two_middle_values() {
        RfmAnalysis rfm = RfmAnalysis.analyse(AS_OF, RfmPolicy.DEFAULTS, List.of(
                activity("a", "2026-10-31", 1, "1.00"), activity("b", "2026-10-21", 2, "2.00"),
                activity("c", "2026-10-11", 3, "3.00"), activity("d", "2026-10-01", 4, "4.00")));

        assertThat(rfm.thresholds()).isEqualTo(new RfmThresholds(10, 2, Money.parse("2.00")));
    }

    @Test
    void no_buyers_no_scores() {
        assertThat(RfmAnalysis.analyse(AS_OF, RfmPolicy.DEFAULTS, List.of()).scores()).isEmpty();
    }

    @Test
    void a_last_visit_outside_the_window_is_a_store_error() {
        assertThatThrownBy(() -> RfmAnalysis.analyse(AS_OF, RfmPolicy.DEFAULTS,
                List.of(activity("old", "2025-10-31", 1, "0.00"))))
                .hasMessageContaining("outside the window");
        assertThatThrownBy(() -> RfmAnalysis.analyse(AS_OF, RfmPolicy.DEFAULTS,
                List.of(activity("a", "2026-10-31", 1, "0.00"), activity("a", "2026-10-30", 1, "0.00"))))
                .hasMessageContaining("twice");
    }

    @Test
    void the_window_is_a_setting() {
        RfmAnalysis rfm = RfmAnalysis.analyse(AS_OF, RfmPolicy.DEFAULTS.withWindowDays(30), List.of(
                activity("b1", "2026-10-30", 3, "1200.00")));
        assertThat(rfm.window().from()).isEqualTo(LocalDate.parse("2026-10-02"));
        assertThatThrownBy(() -> RfmPolicy.DEFAULTS.withWindowDays(0)).hasMessageContaining("window");
    }

    @Test
    void each_of_the_eight_highs_and_lows_has_its_segment() {
        // §6's table: R, F, M high (H) or low (L)
        assertThat(RfmSegment.of(true, true, true)).isEqualTo(RfmSegment.IMPORTANT_VALUE);
        assertThat(RfmSegment.of(true, false, true)).isEqualTo(RfmSegment.IMPORTANT_DEVELOP);
        assertThat(RfmSegment.of(false, true, true)).isEqualTo(RfmSegment.IMPORTANT_RETAIN);
        assertThat(RfmSegment.of(false, false, true)).isEqualTo(RfmSegment.IMPORTANT_WINBACK);
        assertThat(RfmSegment.of(true, true, false)).isEqualTo(RfmSegment.GENERAL_VALUE);
        assertThat(RfmSegment.of(true, false, false)).isEqualTo(RfmSegment.GENERAL_DEVELOP);
        assertThat(RfmSegment.of(false, true, false)).isEqualTo(RfmSegment.GENERAL_RETAIN);
        assertThat(RfmSegment.of(false, false, false)).isEqualTo(RfmSegment.GENERAL_WINBACK);
    }

    @Test
    void segments_read_by_code_or_chinese_name() {
        assertThat(RfmSegment.parse("important_value")).isEqualTo(RfmSegment.IMPORTANT_VALUE);
        assertThat(RfmSegment.parse("重要挽留客户")).isEqualTo(RfmSegment.IMPORTANT_WINBACK);
        assertThat(RfmSegment.parse("一般发展")).isEqualTo(RfmSegment.GENERAL_DEVELOP);
        assertThatThrownBy(() -> RfmSegment.parse("VIP")).hasMessageContaining("not an RFM segment");
    }
}
