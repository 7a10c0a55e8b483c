package org.mallcrm.domain.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WktTest {

    @Test
    void a_polygon_round_trips_through_wkt() {
        Polygon p = Wkt.parsePolygon("POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))");
        assertThat(p).isEqualTo(Polygon.rectangle(0, 0, 8000, 5000));
        assertThat(p.toWkt()).isEqualTo("POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))");
        assertThat(Wkt.parsePolygon(p.toWkt())).isEqualTo(p);
    }

    @Test
    void spacing_and_case_are_tolerated() {
        assertThat(Wkt.parsePolygon("  polygon ( ( 0 0 ,10 0,  10 10,0 0 ) )  "))
                .isEqualTo(Polygon.of(new Point(0, 0), new Point(10, 0), new Point(10, 10)));
    }

    @Test
    void a_clockwise_ring_is_stored_counter_clockwise() {
        Polygon p = Wkt.parsePolygon("POLYGON((0 0, 0 10, 10 10, 10 0, 0 0))");
        assertThat(p.toWkt()).isEqualTo("POLYGON((10 0, 10 10, 0 10, 0 0, 10 0))");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "POLYGON((0 0, 10 0, 10 10, 0 10))|not closed",
            "POLYGON((0 0, 10 0, 10 10, 0 0), (2 2, 3 2, 3 3, 2 2))|holes",
            "POLYGON((0 0, 10.5 0, 10 10, 0 0))|whole number",
            "POLYGON((0 0, 1e3 0, 10 10, 0 0))|whole number",
            "POLYGON((0 0, 10 0, 10, 0 0))|not a vertex",
            "POLYGON((0 0 0, 10 0 0, 10 10 0, 0 0 0))|not a vertex",
            "POLYGON(0 0, 10 0, 10 10, 0 0)|one ring",
            "POLYGON((0 0, 10 0, 10 10, 0 0)|one ring",
            "POINT(0 0)|start with POLYGON",
            "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 0)))|start with POLYGON",
            "POLYGON EMPTY|one ring",
            "POLYGON(())|not a vertex",
            "POLYGON((0 0, 10 0, 0 0))|at least 4 points",
            "POLYGON((0 0, 20 10, 20 0, 0 10, 0 0))|intersects itself",
            "POLYGON((0 0, 200000000 0, 10 10, 0 0))|outside",
            "POLYGON((0 0, 10 0, 10 10, 0 0)) trailing|one ring",
    })
    void malformed_outlines_are_refused_with_a_reason(String wkt, String reason) {
        assertThatThrownBy(() -> Wkt.parsePolygon(wkt))
                .isInstanceOf(InvalidPolygonException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void a_missing_outline_is_refused() {
        assertThatThrownBy(() -> Wkt.parsePolygon(null)).isInstanceOf(InvalidPolygonException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> Wkt.parsePolygon("  ")).isInstanceOf(InvalidPolygonException.class)
                .hasMessageContaining("missing");
    }
}
