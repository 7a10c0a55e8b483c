package org.mallcrm.domain.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnionTest {

    private static Point p(long x, long y) {
        return new Point(x, y);
    }

    private static Polygon one(UnionResult r) {
        assertThat(r).isInstanceOf(UnionResult.One.class);
        return ((UnionResult.One) r).polygon();
    }

    private static UnionResult.Reason reason(UnionResult r) {
        assertThat(r).isInstanceOf(UnionResult.NotOne.class);
        return ((UnionResult.NotOne) r).reason();
    }

    @Test
    void two_rectangles_sharing_an_edge_become_one_rectangle() {
        Polygon u = one(Polygon.union(List.of(Polygon.rectangle(8000, 0, 12000, 6000),
                Polygon.rectangle(12000, 0, 16000, 6000))));
        assertThat(u).isEqualTo(Polygon.rectangle(8000, 0, 16000, 6000));
        assertThat(u.vertices()).hasSize(4);
    }

    @Test
    void a_partly_shared_edge_gives_a_stepped_outline() {
        Polygon u = one(Polygon.union(List.of(Polygon.rectangle(0, 0, 10, 10), Polygon.rectangle(10, 5, 20, 30))));
        assertThat(u).isEqualTo(Polygon.of(p(0, 0), p(10, 0), p(10, 5), p(20, 5), p(20, 30), p(10, 30),
                p(10, 10), p(0, 10)));
        assertThat(u.doubledAreaMm2()).isEqualTo(2L * (100 + 250));
    }

    @Test
    void an_l_and_the_rectangle_in_its_notch_give_the_bounding_rectangle() {
        Polygon l = CutTest.L;
        Polygon u = one(Polygon.union(List.of(l, Polygon.rectangle(2000, 2000, 6000, 5000))));
        assertThat(u).isEqualTo(Polygon.rectangle(0, 0, 6000, 5000));
    }

    @Test
    void a_single_outline_is_its_own_union_without_middle_vertices() {
        Polygon withMiddle = Polygon.of(p(0, 0), p(5, 0), p(10, 0), p(10, 10), p(0, 10));
        assertThat(one(Polygon.union(List.of(withMiddle)))).isEqualTo(Polygon.rectangle(0, 0, 10, 10));
    }

    @Test
    void apart_outlines_are_several_pieces() {
        assertThat(reason(Polygon.union(List.of(Polygon.rectangle(0, 0, 10, 10), Polygon.rectangle(20, 0, 30, 10)))))
                .isEqualTo(UnionResult.Reason.SEVERAL_PIECES);
    }

    @Test
    void outlines_touching_at_a_corner_are_several_pieces() {
        assertThat(reason(Polygon.union(List.of(Polygon.rectangle(0, 0, 4000, 4000),
                Polygon.rectangle(4000, 4000, 8000, 8000))))).isEqualTo(UnionResult.Reason.SEVERAL_PIECES);
    }

    @Test
    void a_ring_of_stalls_around_a_courtyard_has_a_hole() {
        List<Polygon> ring = List.of(
                Polygon.rectangle(0, 0, 30, 10), Polygon.rectangle(20, 10, 30, 30),
                Polygon.rectangle(0, 20, 20, 30), Polygon.rectangle(0, 10, 10, 20));
        assertThat(reason(Polygon.union(ring))).isEqualTo(UnionResult.Reason.HOLE);
    }

    @Test
    void a_hole_touching_the_outside_at_a_corner_is_still_not_one_polygon() {
        // three stalls around a courtyard [10,20]², whose corner (20,20) is where two stalls meet at a point
        List<Polygon> parts = List.of(
                Polygon.rectangle(0, 0, 30, 10), Polygon.rectangle(20, 10, 30, 20),
                Polygon.of(p(0, 10), p(10, 10), p(10, 20), p(20, 20), p(20, 30), p(0, 30)));
        assertThat(reason(Polygon.union(parts))).isEqualTo(UnionResult.Reason.HOLE);
    }

    @Test
    void overlapping_outlines_are_refused() {
        assertThat(reason(Polygon.union(List.of(Polygon.rectangle(0, 0, 10, 10), Polygon.rectangle(5, 0, 15, 10)))))
                .isEqualTo(UnionResult.Reason.OVERLAP);
    }

    @Test
    void three_stalls_in_a_row_merge_into_one_rectangle() {
        Polygon u = one(Polygon.union(List.of(Polygon.rectangle(0, 0, 10, 10), Polygon.rectangle(20, 0, 30, 10),
                Polygon.rectangle(10, 0, 20, 10))));
        assertThat(u).isEqualTo(Polygon.rectangle(0, 0, 30, 10));
    }
}
