package org.mallcrm.domain.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TilingTest {

    private static final Polygon PARENT = Polygon.rectangle(0, 0, 8000, 5000);

    @Test
    void two_halves_tile_the_parent() {
        assertThat(Tiling.check(PARENT, List.of(Polygon.rectangle(0, 0, 2600, 5000),
                Polygon.rectangle(2600, 0, 8000, 5000)))).isEqualTo(new TilingResult.Exact());
    }

    @Test
    void the_parent_alone_tiles_itself() {
        assertThat(Tiling.check(PARENT, List.of(PARENT)).isExact()).isTrue();
    }

    @Test
    void a_missing_strip_is_a_gap_with_its_area() {
        TilingResult r = Tiling.check(PARENT, List.of(Polygon.rectangle(0, 0, 2600, 5000),
                Polygon.rectangle(2700, 0, 8000, 5000)));
        assertThat(r).isEqualTo(new TilingResult.Gap(2L * 100 * 5000));
        assertThat(((TilingResult.Gap) r).missing()).isEqualTo(Area.parse("0.50"));
    }

    @Test
    void overlapping_parts_are_reported_by_index() {
        assertThat(Tiling.check(PARENT, List.of(Polygon.rectangle(0, 0, 2600, 5000),
                Polygon.rectangle(2500, 0, 8000, 5000)))).isEqualTo(new TilingResult.Overlap(0, 1));
    }

    @Test
    void a_part_beyond_the_parent_is_reported() {
        assertThat(Tiling.check(PARENT, List.of(Polygon.rectangle(0, 0, 2600, 5000),
                Polygon.rectangle(2600, 0, 8100, 5000)))).isEqualTo(new TilingResult.OutsideParent(1));
    }

    @Test
    void parts_of_the_right_total_area_but_outside_are_not_a_tiling() {
        // same total area as the parent, one part shifted out
        assertThat(Tiling.check(PARENT, List.of(Polygon.rectangle(0, 0, 2600, 5000),
                Polygon.rectangle(2600, 100, 8000, 5100)))).isEqualTo(new TilingResult.OutsideParent(1));
    }

    @Test
    void an_l_parent_tiled_by_two_rectangles() {
        assertThat(Tiling.check(CutTest.L, List.of(Polygon.rectangle(0, 0, 2000, 5000),
                Polygon.rectangle(2000, 0, 6000, 2000))).isExact()).isTrue();
        assertThat(Tiling.check(CutTest.L, List.of(Polygon.rectangle(0, 0, 2000, 5000),
                Polygon.rectangle(2000, 0, 6000, 3000)))).isEqualTo(new TilingResult.OutsideParent(1));
    }
}
