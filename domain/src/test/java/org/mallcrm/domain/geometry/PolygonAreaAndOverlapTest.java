package org.mallcrm.domain.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolygonAreaAndOverlapTest {

    private static Point p(long x, long y) {
        return new Point(x, y);
    }

    @Test
    void the_area_is_exact_and_rounded_half_up_only_at_the_end() {
        assertThat(Polygon.rectangle(0, 0, 8000, 5000).area()).isEqualTo(Area.parse("40.00"));
        // a right triangle of legs 1 and 1 mm: 0.5 mm², doubled 1
        assertThat(Polygon.of(p(0, 0), p(1, 0), p(0, 1)).doubledAreaMm2()).isEqualTo(1);
        // 5,000 mm² is 0.005 m², HALF_UP to 0.01 m²
        assertThat(Polygon.rectangle(0, 0, 100, 50).area()).isEqualTo(Area.parse("0.01"));
        assertThat(Polygon.rectangle(0, 0, 100, 49).area()).isEqualTo(Area.parse("0.00"));
    }

    @Test
    void an_l_shape_has_the_area_of_its_two_rectangles() {
        Polygon l = Polygon.of(p(0, 0), p(6000, 0), p(6000, 2000), p(2000, 2000), p(2000, 5000), p(0, 5000));
        assertThat(l.doubledAreaMm2()).isEqualTo(2L * (6000 * 2000 + 2000 * 3000));
    }

    @Test
    void a_shared_edge_is_not_an_overlap() {
        assertThat(Polygon.rectangle(0, 0, 10, 10).overlaps(Polygon.rectangle(10, 0, 20, 10))).isFalse();
        // a partly shared edge
        assertThat(Polygon.rectangle(0, 0, 10, 10).overlaps(Polygon.rectangle(10, 5, 20, 30))).isFalse();
    }

    @Test
    void a_corner_touch_is_not_an_overlap() {
        assertThat(Polygon.rectangle(0, 0, 10, 10).overlaps(Polygon.rectangle(10, 10, 20, 20))).isFalse();
        // a vertex touching the middle of an edge
        Polygon triangle = Polygon.of(p(5, 10), p(8, 15), p(2, 15));
        assertThat(Polygon.rectangle(0, 0, 10, 10).overlaps(triangle)).isFalse();
    }

    @Test
    void apart_outlines_do_not_overlap() {
        assertThat(Polygon.rectangle(0, 0, 10, 10).overlaps(Polygon.rectangle(11, 0, 20, 10))).isFalse();
    }

    @Test
    void containment_is_an_overlap_both_ways() {
        Polygon outer = Polygon.rectangle(0, 0, 100, 100);
        Polygon inner = Polygon.rectangle(10, 10, 20, 20);
        assertThat(outer.overlaps(inner)).isTrue();
        assertThat(inner.overlaps(outer)).isTrue();
        // inside and touching the outer boundary along an edge
        assertThat(outer.overlaps(Polygon.rectangle(0, 0, 20, 20))).isTrue();
    }

    @Test
    void identical_outlines_overlap() {
        assertThat(Polygon.rectangle(0, 0, 10, 10).overlaps(Polygon.rectangle(0, 0, 10, 10))).isTrue();
    }

    @Test
    void crossing_outlines_overlap() {
        assertThat(Polygon.rectangle(0, 0, 10, 10).overlaps(Polygon.rectangle(5, 5, 15, 15))).isTrue();
        // a plus sign: neither contains a vertex of the other
        assertThat(Polygon.rectangle(0, 4, 10, 6).overlaps(Polygon.rectangle(4, 0, 6, 10))).isTrue();
    }

    @Test
    void a_stall_in_the_notch_of_an_l_does_not_overlap_it() {
        Polygon l = Polygon.of(p(0, 0), p(6000, 0), p(6000, 2000), p(2000, 2000), p(2000, 5000), p(0, 5000));
        assertThat(l.overlaps(Polygon.rectangle(2000, 2000, 6000, 5000))).isFalse();
        assertThat(l.overlaps(Polygon.rectangle(1999, 2000, 6000, 5000))).isTrue();
    }

    @Test
    void locate_tells_inside_boundary_and_outside() {
        Polygon r = Polygon.rectangle(0, 0, 10, 10);
        assertThat(r.locate(p(5, 5))).isEqualTo(Polygon.Location.INSIDE);
        assertThat(r.locate(p(10, 5))).isEqualTo(Polygon.Location.BOUNDARY);
        assertThat(r.locate(p(0, 0))).isEqualTo(Polygon.Location.BOUNDARY);
        assertThat(r.locate(p(11, 5))).isEqualTo(Polygon.Location.OUTSIDE);
    }

    @Test
    void within_accepts_the_same_outline_and_inner_ones_but_not_protruding_ones() {
        Polygon l = Polygon.of(p(0, 0), p(6000, 0), p(6000, 2000), p(2000, 2000), p(2000, 5000), p(0, 5000));
        assertThat(l.isWithin(l)).isTrue();
        assertThat(Polygon.rectangle(0, 0, 6000, 2000).isWithin(l)).isTrue();
        // the bounding box of the L is not within it
        assertThat(Polygon.rectangle(0, 0, 6000, 5000).isWithin(l)).isFalse();
        // a triangle whose vertices are all on the L but which cuts across the notch
        assertThat(Polygon.of(p(6000, 0), p(6000, 2000), p(2000, 5000)).isWithin(l)).isFalse();
    }
}
