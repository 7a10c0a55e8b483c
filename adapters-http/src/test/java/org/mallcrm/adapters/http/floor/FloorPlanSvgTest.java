package org.mallcrm.adapters.http.floor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.stall.port.in.FloorPlan;
import org.mallcrm.domain.geometry.Point;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.geometry.Wkt;
import org.mallcrm.domain.stall.FloorStats;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.fixtures.stall.ReshapeFixtures;
import org.w3c.dom.Element;

class FloorPlanSvgTest {

    /** Four stalls in a row along y = 0..5000, one of each status, and one to the north at y = 10000..15000. */
    private static final List<Stall> STALLS = List.of(
            ReshapeFixtures.aStall("S1").rectangle(0, 0, 4000, 5000).status(StallStatus.VACANT).build(),
            ReshapeFixtures.aStall("S2").rectangle(4000, 0, 8000, 5000).status(StallStatus.LEASED).build(),
            ReshapeFixtures.aStall("S3").rectangle(8000, 0, 12000, 5000).status(StallStatus.RESERVED)
                    .businessType("男装").build(),
            ReshapeFixtures.aStall("S4").rectangle(12000, 0, 16000, 5000).status(StallStatus.RENOVATING)
                    .businessType("A&B <鞋包>").build(),
            ReshapeFixtures.aStall("N1").rectangle(0, 10_000, 4000, 15_000).status(StallStatus.LEASED).build());

    private static Element render(FloorPlanSvg.ColorBy by) {
        FloorPlan plan = new FloorPlan("1F", STALLS, FloorStats.of("1F", STALLS));
        return Xml.parse(FloorPlanSvg.render(plan, by)).getDocumentElement();
    }

    private static Map<String, Element> stalls(Element svg) {
        Map<String, Element> m = new HashMap<>();
        for (Element g : Xml.elements(svg, "g")) {
            if (g.hasAttribute("data-stall-no")) {
                m.put(g.getAttribute("data-stall-no"), g);
            }
        }
        return m;
    }

    private static long[] ys(Element stallGroup) {
        return Arrays.stream(Xml.first(stallGroup, "polygon").getAttribute("points").split(" "))
                .mapToLong(p -> Long.parseLong(p.split(",")[1])).toArray();
    }

    @Test
    void fills_follow_the_status_vacant_white_leased_blue_reserved_and_renovating_distinct() {
        Map<String, Element> s = stalls(render(FloorPlanSvg.ColorBy.STATUS));

        Map<String, String> fill = new HashMap<>();
        s.forEach((no, g) -> fill.put(no, Xml.first(g, "polygon").getAttribute("fill")));
        assertThat(fill.get("S1")).isEqualTo("#ffffff");
        assertThat(fill.get("S2")).isEqualTo("#2f6fbf").isEqualTo(fill.get("N1"));
        assertThat(List.of(fill.get("S1"), fill.get("S2"), fill.get("S3"), fill.get("S4"))).doesNotHaveDuplicates();
    }

    @Test
    void every_stall_is_labelled_with_its_number() {
        Map<String, Element> s = stalls(render(FloorPlanSvg.ColorBy.STATUS));

        assertThat(s.keySet()).containsExactlyInAnyOrder("S1", "S2", "S3", "S4", "N1");
        s.forEach((no, g) -> assertThat(Xml.first(g, "text").getTextContent()).isEqualTo(no));
        assertThat(Xml.first(s.get("S2"), "text").getAttribute("fill")).isEqualTo("#ffffff");
    }

    @Test
    void the_y_axis_is_flipped_so_north_is_up_and_outlines_keep_their_millimetres() {
        Map<String, Element> s = stalls(render(FloorPlanSvg.ColorBy.STATUS));

        assertThat(Xml.first(s.get("S1"), "polygon").getAttribute("points"))
                .isEqualTo("0,0 4000,0 4000,-5000 0,-5000");
        long northBottom = Arrays.stream(ys(s.get("N1"))).max().orElseThrow();
        long southTop = Arrays.stream(ys(s.get("S1"))).min().orElseThrow();
        assertThat(northBottom).as("N1 is drawn above S1").isLessThan(southTop);
    }

    @Test
    void the_view_box_holds_the_floor_and_the_legend_below_it() {
        Element svg = render(FloorPlanSvg.ColorBy.STATUS);

        long[] vb = Arrays.stream(svg.getAttribute("viewBox").split(" ")).mapToLong(Long::parseLong).toArray();
        assertThat(vb[0]).isLessThan(0);
        assertThat(vb[1]).isLessThan(-15_000);
        assertThat(vb[0] + vb[2]).isGreaterThan(16_000);
        assertThat(vb[1] + vb[3]).isGreaterThan(0);
        assertThat(Long.parseLong(svg.getAttribute("width"))).isPositive();
        Element legend = Xml.elements(svg, "g").stream().filter(g -> g.getAttribute("id").equals("legend"))
                .findFirst().orElseThrow();
        for (Element t : Xml.elements(legend, "text")) {
            assertThat(Long.parseLong(t.getAttribute("y"))).as("legend below the plan").isGreaterThan(0);
        }
    }

    @Test
    void the_legend_gives_counts_figures_and_escaped_business_types() {
        Element svg = render(FloorPlanSvg.ColorBy.STATUS);
        String legend = Xml.elements(svg, "g").stream().filter(g -> g.getAttribute("id").equals("legend"))
                .findFirst().orElseThrow().getTextContent();

        assertThat(legend).contains("Leased 已租: 2", "Vacant 待租: 1", "Reserved 已定: 1", "Renovating 装修中: 1",
                "Stalls: 5", "Leased share of area: 40.00 %", "A&B <鞋包>: 20.00 %", "女装: 60.00 %");
    }

    @Test
    void by_business_type_one_colour_per_type() {
        Map<String, Element> s = stalls(render(FloorPlanSvg.ColorBy.BUSINESS_TYPE));
        Map<String, String> fill = new HashMap<>();
        s.forEach((no, g) -> fill.put(no, Xml.first(g, "polygon").getAttribute("fill")));

        assertThat(fill.get("S1")).isEqualTo(fill.get("S2")).isEqualTo(fill.get("N1"));
        assertThat(List.of(fill.get("S1"), fill.get("S3"), fill.get("S4"))).doesNotHaveDuplicates();
    }

    @Test
    void an_l_shaped_stall_is_labelled_inside_even_when_its_centroid_is_not() {
        Polygon l = Wkt.parsePolygon("POLYGON((0 0, 10000 0, 10000 1000, 1000 1000, 1000 10000, 0 10000, 0 0))");

        double[] at = FloorPlanSvg.labelPoint(l);

        assertThat(l.locate(new Point(Math.round(at[0]), Math.round(at[1])))).isEqualTo(Polygon.Location.INSIDE);
    }

    @Test
    void labels_are_white_on_dark_fills_and_dark_on_light_ones() {
        assertThat(FloorPlanSvg.inkFor("#2f6fbf")).isEqualTo("#ffffff");
        assertThat(FloorPlanSvg.inkFor("#4e79a7")).isEqualTo("#ffffff");
        assertThat(FloorPlanSvg.inkFor("#ffffff")).isEqualTo("#1f2933");
        assertThat(FloorPlanSvg.inkFor("#f5a623")).isEqualTo("#1f2933");
        assertThat(FloorPlanSvg.inkFor("#edc948")).isEqualTo("#1f2933");
        FloorPlanSvg.STATUS_COLOURS.values()
                .forEach(sw -> assertThat(FloorPlanSvg.inkFor(sw.fill())).as(sw.label()).isEqualTo(sw.ink()));
    }

    @Test
    void a_narrow_deep_stall_is_labelled_upright() {
        Stall narrow = ReshapeFixtures.aStall("1F-A-068").rectangle(0, 0, 3000, 4500).build();
        List<Stall> stalls = List.of(narrow);
        Element svg = Xml.parse(FloorPlanSvg.render(new FloorPlan("1F", stalls, FloorStats.of("1F", stalls)),
                FloorPlanSvg.ColorBy.STATUS)).getDocumentElement();

        assertThat(Xml.first(stalls(svg).get("1F-A-068"), "text").getAttribute("transform")).startsWith("rotate(-90");
    }

    @Test
    void colouring_is_parsed_from_the_option_text() {
        assertThat(FloorPlanSvg.ColorBy.parse("business-type")).isEqualTo(FloorPlanSvg.ColorBy.BUSINESS_TYPE);
        assertThat(FloorPlanSvg.ColorBy.parse("STATUS")).isEqualTo(FloorPlanSvg.ColorBy.STATUS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FloorPlanSvg.ColorBy.parse("rainbow"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
