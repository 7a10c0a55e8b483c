package org.mallcrm.domain.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SharedBoundaryTest {

    private static Point p(long x, long y) {
        return new Point(x, y);
    }

    @Test
    void a_full_shared_edge_has_its_length() {
        BoundaryLength len = Polygon.rectangle(8000, 0, 12000, 6000).sharedBoundary(Polygon.rectangle(12000, 0, 16000, 6000));
        assertThat(len.exactMillimetres()).isEqualTo(OptionalLong.of(6000));
        assertThat(len.isAtLeast(500)).isTrue();
    }

    @Test
    void a_partly_shared_edge_counts_only_the_common_stretch() {
        BoundaryLength len = Polygon.rectangle(0, 0, 1000, 1000).sharedBoundary(Polygon.rectangle(1000, 600, 2000, 3000));
        assertThat(len.exactMillimetres()).isEqualTo(OptionalLong.of(400));
        assertThat(len.isAtLeast(500)).isFalse();
        assertThat(len.compareTo(400)).isZero();
    }

    @Test
    void a_corner_touch_has_length_zero() {
        BoundaryLength len = Polygon.rectangle(0, 0, 4000, 4000).sharedBoundary(Polygon.rectangle(4000, 4000, 8000, 8000));
        assertThat(len.isZero()).isTrue();
        assertThat(len.exactMillimetres()).isEqualTo(OptionalLong.of(0));
        assertThat(Polygon.rectangle(0, 0, 4000, 4000).touches(Polygon.rectangle(4000, 4000, 8000, 8000))).isTrue();
    }

    @Test
    void apart_outlines_share_nothing_and_do_not_touch() {
        assertThat(Polygon.rectangle(0, 0, 10, 10).sharedBoundary(Polygon.rectangle(20, 0, 30, 10)).isZero()).isTrue();
        assertThat(Polygon.rectangle(0, 0, 10, 10).touches(Polygon.rectangle(20, 0, 30, 10))).isFalse();
    }

    @Test
    void an_l_shaped_contact_adds_both_walls() {
        Polygon l = CutTest.L;
        BoundaryLength len = l.sharedBoundary(Polygon.rectangle(2000, 2000, 6000, 5000));
        assertThat(len.exactMillimetres()).isEqualTo(OptionalLong.of(4000 + 3000));
    }

    @Test
    void a_slanted_wall_compares_exactly_with_whole_millimetres() {
        // the wall from (0,0) to (300,400) is exactly 500 mm
        Polygon a = Polygon.of(p(0, 0), p(300, 400), p(-100, 400));
        Polygon b = Polygon.of(p(0, 0), p(400, 0), p(300, 400));
        BoundaryLength five = a.sharedBoundary(b);
        assertThat(five.exactMillimetres()).isEqualTo(OptionalLong.of(500));
        assertThat(five.isAtLeast(500)).isTrue();
        // the wall from (0,0) to (354,354) is 500.63 mm, from (0,0) to (353,353) 499.22 mm
        BoundaryLength longer = Polygon.of(p(0, 0), p(354, 354), p(0, 354))
                .sharedBoundary(Polygon.of(p(0, 0), p(354, 0), p(354, 354)));
        assertThat(longer.exactMillimetres()).isEmpty();
        assertThat(longer.isAtLeast(500)).isTrue();
        assertThat(longer.compareTo(501)).isNegative();
        assertThat(longer.millimetres(2)).isEqualByComparingTo(new BigDecimal("500.63"));
        BoundaryLength shorter = Polygon.of(p(0, 0), p(353, 353), p(0, 353))
                .sharedBoundary(Polygon.of(p(0, 0), p(353, 0), p(353, 353)));
        assertThat(shorter.isAtLeast(500)).isFalse();
        assertThat(shorter.compareTo(499)).isPositive();
    }

    @Test
    void a_slanted_wall_plus_a_straight_one_adds_exactly() {
        // √2·100 + 300 = 441.42… mm
        BoundaryLength mixed = new BoundaryLength(java.util.List.of(java.math.BigInteger.valueOf(20_000),
                java.math.BigInteger.valueOf(90_000)));
        assertThat(mixed.compareTo(441)).isPositive();
        assertThat(mixed.compareTo(442)).isNegative();
    }
}
