package org.mallcrm.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.money.Money;

class ReportFiguresTest {

    private static Money m(String s) {
        return Money.parse(s);
    }

    @Test
    void arrears_fall_into_0_30_31_60_61_90_and_over_90_days() {
        ArrearsByAge a = ArrearsByAge.NONE;
        long[] days = {1, 30, 31, 60, 61, 90, 91, 400};
        for (long d : days) {
            a = a.with(d, m("1.00"), m("0.10"));
        }
        assertThat(a).isEqualTo(new ArrearsByAge(m("2.00"), m("2.00"), m("2.00"), m("2.00"), m("0.80")));
        assertThat(a.total()).isEqualTo(m("8.00"));
        // due today (0 days overdue) is not in arrears yet: the dashboard's ArrearsAging does not count it either
        assertThat(a.with(0, m("5.00"), Money.ZERO)).isEqualTo(a);
        assertThat(org.mallcrm.domain.receipt.ArrearsAging.Age.of(0)).isNull();
        assertThatThrownBy(() -> ArrearsByAge.NONE.with(-1, m("1.00"), Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shares_are_rounded_half_up_to_a_hundredth_of_a_percent_and_absent_without_a_whole() {
        assertThat(Share.percent(1, 3)).contains("33.33");
        assertThat(Share.percent(2, 3)).contains("66.67");
        assertThat(Share.percent(1, 8)).contains("12.50");
        assertThat(Share.percent(1, 80000)).contains("0.00");
        assertThat(Share.percent(1, 20000)).contains("0.01");
        assertThat(Share.percent(0, 0)).isEmpty();
        assertThat(new Occupancy(3, 1, Area.parse("93.50"), Area.parse("45.50")).percent()).contains("48.66");
        assertThat(new RentCollection(3, m("57330.00"), m("8190.00")).percent()).contains("14.29");
    }

    @Test
    void the_groups_totals_are_the_sums_with_shares_recomputed_from_them() {
        LocalDate from = LocalDate.parse("2026-06-01");
        LocalDate to = LocalDate.parse("2026-06-30");
        MallFigures a = new MallFigures("DM", "东贸", from, to, new Occupancy(2, 1, Area.parse("100.00"),
                Area.parse("50.00")), new RentCollection(1, m("100.00"), m("100.00")),
                ArrearsByAge.NONE.with(45, m("10.00"), m("1.00")), new ChannelFigures(2, 40, 38, m("760.00")),
                BuyerFigures.NONE);
        MallFigures b = new MallFigures("YW", "义乌", from, to, new Occupancy(1, 1, Area.parse("300.00"),
                Area.parse("300.00")), new RentCollection(1, m("300.00"), Money.ZERO),
                ArrearsByAge.NONE.with(100, m("300.00"), Money.ZERO), ChannelFigures.NONE,
                new BuyerFigures(5, 3, 2, m("60.00")));

        MallFigures t = MallFigures.total("集团合计", from, to, List.of(a, b));

        assertThat(t.mall()).isNull();
        assertThat(t.occupancy().percent()).contains("87.50");
        assertThat(t.collection().percent()).contains("25.00");
        assertThat(t.arrears().days31To60()).isEqualTo(m("10.00"));
        assertThat(t.arrears().over90Days()).isEqualTo(m("300.00"));
        assertThat(t.channels()).isEqualTo(new ChannelFigures(2, 40, 38, m("760.00")));
        assertThat(t.buyers()).isEqualTo(new BuyerFigures(5, 3, 2, m("60.00")));
    }
}
