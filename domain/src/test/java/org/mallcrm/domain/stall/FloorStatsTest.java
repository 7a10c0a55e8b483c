package org.mallcrm.domain.stall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.fixtures.stall.ReshapeFixtures;

class FloorStatsTest {

    private static Stall stall(String no, String type, String leasable, StallStatus status) {
        return ReshapeFixtures.aStall(no).businessType(type).leasable(leasable).status(status).build();
    }

    @Test
    void counts_stalls_by_status_and_the_leased_share_of_leasable_area() {
        FloorStats s = FloorStats.of("1F", List.of(
                stall("A", "女装", "30.00", StallStatus.LEASED),
                stall("B", "女装", "10.00", StallStatus.VACANT),
                stall("C", "男装", "40.00", StallStatus.LEASED),
                stall("D", "童装", "20.00", StallStatus.RESERVED),
                stall("E", "童装", "99.00", StallStatus.SPLIT)));

        assertThat(s.stalls()).isEqualTo(4);
        assertThat(s.count(StallStatus.LEASED)).isEqualTo(2);
        assertThat(s.count(StallStatus.RENOVATING)).isZero();
        assertThat(s.leasableArea().toString()).isEqualTo("100.00");
        assertThat(s.leasedArea().toString()).isEqualTo("70.00");
        assertThat(s.leasedPercent()).isEqualTo("70.00");
        assertThat(s.businessTypes()).extracting(t -> t.businessType().name() + " " + t.stalls() + " " + t.percent())
                .containsExactly("女装 2 40.00", "男装 1 40.00", "童装 1 20.00");
    }

    @Test
    void business_type_shares_add_up_to_exactly_100_percent() {
        FloorStats s = FloorStats.of("1F", List.of(
                stall("A", "女装", "1.00", StallStatus.VACANT),
                stall("B", "男装", "1.00", StallStatus.VACANT),
                stall("C", "童装", "1.00", StallStatus.VACANT)));

        assertThat(s.businessTypes()).extracting(FloorStats.TypeShare::percent)
                .containsExactly("33.34", "33.33", "33.33");
        assertThat(s.businessTypes().stream().mapToLong(FloorStats.TypeShare::basisPoints).sum()).isEqualTo(10_000);
        assertThat(s.leasedPercent()).isEqualTo("0.00");
    }

    @Test
    void the_leased_share_is_rounded_half_up_to_a_hundredth_of_a_percent() {
        FloorStats s = FloorStats.of("1F", List.of(
                stall("A", "女装", "2.00", StallStatus.LEASED),
                stall("B", "女装", "1.00", StallStatus.VACANT),
                stall("C", "女装", "0.01", StallStatus.VACANT)));

        // 200 / 301 = 66.4451…%
        assertThat(s.leasedPercent()).isEqualTo("66.45");
    }

    @Test
    void an_empty_floor_has_zero_figures() {
        FloorStats s = FloorStats.of("9F", List.of(stall("A", "女装", "2.00", StallStatus.LEASED)));

        assertThat(s.stalls()).isZero();
        assertThat(s.leasedPercent()).isEqualTo("0.00");
        assertThat(s.businessTypes()).isEmpty();
    }
}
