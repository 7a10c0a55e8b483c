package org.mallcrm.domain.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CutTest {

    private static Point p(long x, long y) {
        return new Point(x, y);
    }

    private static CutResult.Pieces pieces(CutResult r) {
        assertThat(r).isInstanceOf(CutResult.Pieces.class);
        return (CutResult.Pieces) r;
    }

    /** An L: a 6 m × 2 m foot and a 2 m × 3 m upright on its left. */
    static final Polygon L = Polygon.of(p(0, 0), p(6000, 0), p(6000, 2000), p(2000, 2000), p(2000, 5000),
            p(0, 5000));

    @Test
    void a_rectangle_cut_at_x_gives_the_lower_side_first() {
        CutResult.Pieces r = pieces(Polygon.rectangle(0, 0, 8000, 5000).cut(Axis.X, 2600));
        assertThat(r.lower()).isEqualTo(Polygon.rectangle(0, 0, 2600, 5000));
        assertThat(r.upper()).isEqualTo(Polygon.rectangle(2600, 0, 8000, 5000));
        assertThat(r.lower().area()).isEqualTo(Area.parse("13.00"));
        assertThat(r.upper().area()).isEqualTo(Area.parse("27.00"));
    }

    @Test
    void a_rectangle_cut_at_y_gives_the_lower_side_first() {
        CutResult.Pieces r = pieces(Polygon.rectangle(0, 0, 8000, 5000).cut(Axis.Y, 1000));
        assertThat(r.lower()).isEqualTo(Polygon.rectangle(0, 0, 8000, 1000));
        assertThat(r.upper()).isEqualTo(Polygon.rectangle(0, 1000, 8000, 5000));
    }

    @Test
    void an_l_cut_through_its_foot_gives_an_l_and_a_rectangle() {
        CutResult.Pieces r = pieces(L.cut(Axis.X, 4000));
        assertThat(r.lower()).isEqualTo(Polygon.of(p(0, 0), p(4000, 0), p(4000, 2000), p(2000, 2000),
                p(2000, 5000), p(0, 5000)));
        assertThat(r.upper()).isEqualTo(Polygon.rectangle(4000, 0, 6000, 2000));
        assertThat(r.lower().doubledAreaMm2() + r.upper().doubledAreaMm2()).isEqualTo(L.doubledAreaMm2());
        assertThat(Tiling.check(L, java.util.List.of(r.lower(), r.upper())).isExact()).isTrue();
    }

    @Test
    void an_l_cut_along_its_inner_corner_leaves_no_stray_vertex() {
        CutResult.Pieces r = pieces(L.cut(Axis.X, 2000));
        assertThat(r.lower()).isEqualTo(Polygon.rectangle(0, 0, 2000, 5000));
        assertThat(r.upper()).isEqualTo(Polygon.rectangle(2000, 0, 6000, 2000));
        CutResult.Pieces h = pieces(L.cut(Axis.Y, 2000));
        assertThat(h.lower()).isEqualTo(Polygon.rectangle(0, 0, 6000, 2000));
        assertThat(h.upper()).isEqualTo(Polygon.rectangle(0, 2000, 2000, 5000));
    }

    @Test
    void an_l_cut_through_its_upright_gives_a_rectangle_below_and_an_l_above() {
        CutResult.Pieces r = pieces(L.cut(Axis.Y, 1000));
        assertThat(r.lower()).isEqualTo(Polygon.rectangle(0, 0, 6000, 1000));
        assertThat(r.upper()).isEqualTo(Polygon.of(p(0, 1000), p(6000, 1000), p(6000, 2000), p(2000, 2000),
                p(2000, 5000), p(0, 5000)));
    }

    @Test
    void a_cut_through_both_arms_of_a_u_is_reported_as_more_than_two_pieces() {
        Polygon u = Polygon.of(p(0, 0), p(9000, 0), p(9000, 6000), p(6000, 6000), p(6000, 2000), p(3000, 2000),
                p(3000, 6000), p(0, 6000));
        assertThat(u.cut(Axis.Y, 4000)).isEqualTo(new CutResult.MoreThanTwoPieces(1, 2));
        assertThat(u.cut(Axis.Y, 1000)).isInstanceOf(CutResult.Pieces.class);
        // along the floor of the U's gap: the arms touch the line only at points of the boundary
        assertThat(u.cut(Axis.Y, 2000)).isEqualTo(new CutResult.MoreThanTwoPieces(1, 2));
    }

    @Test
    void pieces_that_would_touch_only_at_a_point_count_as_separate() {
        // a square with a triangular notch from the left whose tip reaches x = 5
        Polygon notched = Polygon.of(p(0, 0), p(10, 0), p(10, 10), p(0, 10), p(0, 6), p(5, 5), p(0, 4));
        assertThat(notched.cut(Axis.X, 5)).isEqualTo(new CutResult.MoreThanTwoPieces(2, 1));
    }

    @Test
    void a_line_that_misses_the_interior_is_reported() {
        Polygon r = Polygon.rectangle(0, 0, 8000, 5000);
        assertThat(r.cut(Axis.X, 0)).isEqualTo(new CutResult.Misses(Axis.X, 0));
        assertThat(r.cut(Axis.X, 8000)).isInstanceOf(CutResult.Misses.class);
        assertThat(r.cut(Axis.Y, 9000)).isEqualTo(new CutResult.Misses(Axis.Y, 9000));
    }

    @Test
    void a_cut_through_a_slanted_edge_between_millimetres_is_reported_off_grid() {
        Polygon t = Polygon.of(p(0, 0), p(3, 0), p(0, 3));
        assertThat(t.cut(Axis.X, 1)).isInstanceOf(CutResult.Pieces.class);
        Polygon s = Polygon.of(p(0, 0), p(3, 0), p(0, 2));
        assertThat(s.cut(Axis.X, 1)).isInstanceOf(CutResult.OffGrid.class);
        assertThat(s.cut(Axis.Y, 1)).isInstanceOf(CutResult.OffGrid.class);
    }

    @Test
    void a_slanted_outline_cut_on_the_grid_tiles_exactly() {
        Polygon trapezoid = Polygon.of(p(0, 0), p(1000, 0), p(800, 400), p(200, 400));
        CutResult.Pieces r = pieces(trapezoid.cut(Axis.X, 600));
        assertThat(r.lower()).isEqualTo(Polygon.of(p(0, 0), p(600, 0), p(600, 400), p(200, 400)));
        assertThat(Tiling.check(trapezoid, java.util.List.of(r.lower(), r.upper())).isExact()).isTrue();
    }
}
