package org.mallcrm.domain.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolygonValidationTest {

    private static Point p(long x, long y) {
        return new Point(x, y);
    }

    @Test
    void a_rectangle_is_accepted_and_kept_counter_clockwise() {
        Polygon clockwise = Polygon.of(p(0, 0), p(0, 5000), p(8000, 5000), p(8000, 0));
        assertThat(clockwise.vertices()).containsExactly(p(8000, 0), p(8000, 5000), p(0, 5000), p(0, 0));
        assertThat(clockwise.doubledAreaMm2()).isEqualTo(2L * 40_000_000);
    }

    @Test
    void a_closing_repeat_of_the_first_vertex_is_dropped() {
        Polygon closed = Polygon.of(p(0, 0), p(10, 0), p(10, 10), p(0, 0));
        assertThat(closed.vertices()).hasSize(3);
    }

    @Test
    void fewer_than_three_vertices_are_refused() {
        assertThatThrownBy(() -> Polygon.of(List.of(p(0, 0), p(1, 1))))
                .isInstanceOf(InvalidPolygonException.class).hasMessageContaining("at least 3");
        assertThatThrownBy(() -> Polygon.of(List.of(p(0, 0))))
                .isInstanceOf(InvalidPolygonException.class).hasMessageContaining("at least 3");
        assertThatThrownBy(() -> Polygon.of(List.of()))
                .isInstanceOf(InvalidPolygonException.class).hasMessageContaining("at least 3");
        // a closed ring of two distinct points is still only two vertices
        assertThatThrownBy(() -> Polygon.of(p(0, 0), p(5, 5), p(0, 0)))
                .isInstanceOf(InvalidPolygonException.class).hasMessageContaining("at least 3");
    }

    @Test
    void a_repeated_vertex_is_refused() {
        assertThatThrownBy(() -> Polygon.of(p(0, 0), p(10, 0), p(10, 0), p(10, 10)))
                .isInstanceOf(InvalidPolygonException.class).hasMessageContaining("repeated");
    }

    @Test
    void a_ring_of_collinear_points_has_zero_area_and_is_refused() {
        assertThatThrownBy(() -> Polygon.of(p(0, 0), p(5, 0), p(10, 0)))
                .isInstanceOf(InvalidPolygonException.class).hasMessageContaining("zero area");
    }

    @Test
    void a_bow_tie_intersects_itself() {
        // a balanced bow tie has zero signed area: the message still names the crossing
        assertThatThrownBy(() -> Polygon.of(p(0, 0), p(10, 10), p(10, 0), p(0, 10)))
                .isInstanceOf(InvalidPolygonException.class).hasMessageContaining("intersects itself");
        // an unbalanced one has a non-zero signed area
        assertThatThrownBy(() -> Polygon.of(p(0, 0), p(20, 10), p(20, 0), p(0, 20)))
                .isInstanceOf(InvalidPolygonException.class).hasMessageContaining("intersects itself");
    }

    @Test
    void an_edge_folding_back_over_the_previous_one_is_refused() {
        // goes out to (10,0), comes back to (5,0) along the same line, then up
        assertThatThrownBy(() -> Polygon.of(p(0, 0), p(10, 0), p(5, 0), p(5, 5)))
                .isInstanceOf(InvalidPolygonException.class).hasMessageContaining("fold back");
    }

    @Test
    void a_spike_at_the_closing_vertex_is_refused() {
        assertThatThrownBy(() -> Polygon.of(p(5, 0), p(10, 10), p(0, 10), p(5, 0), p(5, -5)))
                .isInstanceOf(InvalidPolygonException.class);
    }

    @Test
    void a_vertex_touching_another_edge_is_refused() {
        // the vertex (5,0) lies on the bottom edge from (0,0) to (10,0)
        assertThatThrownBy(() -> Polygon.of(p(0, 0), p(10, 0), p(10, 10), p(5, 0), p(0, 10)))
                .isInstanceOf(InvalidPolygonException.class).hasMessageContaining("intersects itself");
    }

    @Test
    void a_figure_eight_touching_at_one_vertex_is_refused() {
        assertThatThrownBy(() -> Polygon.of(p(0, 0), p(4, 0), p(2, 2), p(4, 4), p(0, 4), p(2, 2)))
                .isInstanceOf(InvalidPolygonException.class);
    }

    @Test
    void a_straight_middle_vertex_is_allowed_and_normalized_away_on_request() {
        Polygon withMiddle = Polygon.of(p(0, 0), p(5, 0), p(10, 0), p(10, 10), p(0, 10));
        assertThat(withMiddle.vertices()).hasSize(5);
        assertThat(withMiddle.normalized().vertices()).hasSize(4);
        assertThat(withMiddle).isNotEqualTo(Polygon.rectangle(0, 0, 10, 10));
        assertThat(withMiddle.sameShape(Polygon.rectangle(0, 0, 10, 10))).isTrue();
    }

    @Test
    void coordinates_beyond_the_limit_are_refused() {
        assertThatThrownBy(() -> new Point(Point.LIMIT + 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equal_outlines_start_anywhere_on_the_ring() {
        Polygon a = Polygon.of(p(0, 0), p(10, 0), p(10, 10), p(0, 10));
        Polygon b = Polygon.of(p(10, 10), p(0, 10), p(0, 0), p(10, 0));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }
}
