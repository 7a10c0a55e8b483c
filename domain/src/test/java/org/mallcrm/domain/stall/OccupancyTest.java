package org.mallcrm.domain.stall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.fixtures.stall.ReshapeFixtures;

/** Occupancy per business type, status shares of a floor, and the order of floors. */
class OccupancyTest {

    private static Stall stall(String no, String type, String leasable, StallStatus status) {
        return ReshapeFixtures.aStall(no).businessType(type).leasable(leasable).status(status).build();
    }

    @Test
    void each_business_type_has_its_leased_share_of_its_own_area() {
        List<TradeOccupancy> rows = TradeOccupancy.of(List.of(
                stall("A", "女装", "30.00", StallStatus.LEASED),
                stall("B", "女装", "10.00", StallStatus.VACANT),
                stall("C", "男装", "40.00", StallStatus.RESERVED),
                stall("D", "童装", "20.00", StallStatus.LEASED),
                stall("E", "童装", "99.00", StallStatus.MERGED)));
        assertThat(rows).extracting(t -> t.businessType().name() + " " + t.stalls() + " " + t.vacant() + " "
                + t.leasableArea() + " " + t.leasedArea() + " " + t.leasedPercent())
                .containsExactly("女装 2 1 40.00 30.00 75.00", "男装 1 0 40.00 0.00 0.00", "童装 1 0 20.00 20.00 100.00");
    }

    @Test
    void status_shares_of_a_floors_stalls_add_up_to_100_percent() {
        List<Stall> s = new ArrayList<>();
        s.add(stall("A", "女装", "1.00", StallStatus.LEASED));
        s.add(stall("B", "女装", "1.00", StallStatus.VACANT));
        s.add(stall("C", "女装", "1.00", StallStatus.RENOVATING));
        FloorStats f = FloorStats.of("1F", s);
        assertThat(f.statusShares().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10_000);
        assertThat(f.statusShares().get(StallStatus.RESERVED)).isZero();
        assertThat(f.statusShares().get(StallStatus.LEASED)).isBetween(3333L, 3334L);
        assertThat(FloorStats.of("9F", List.of()).statusShares().values()).containsOnly(0L);
    }

    @Test
    void floors_go_from_the_lowest_basement_up() {
        List<String> floors = new ArrayList<>(List.of("10F", "2F", "B1", "1F", "屋顶", "B2", "3F"));
        floors.sort(Floors.ORDER);
        assertThat(floors).containsExactly("B2", "B1", "1F", "2F", "3F", "10F", "屋顶");
    }
}
