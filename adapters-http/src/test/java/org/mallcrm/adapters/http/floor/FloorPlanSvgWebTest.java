package org.mallcrm.adapters.http.floor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.stall.port.in.FloorPlan;
import org.mallcrm.domain.stall.FloorStats;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.fixtures.stall.ReshapeFixtures;
import org.w3c.dom.Element;

/** The plan as the 铺位全景图 page draws it: the same stalls and colours, over their zones, sized by the page. */
class FloorPlanSvgWebTest {

    private static List<Stall> grid(int n) {
        List<Stall> stalls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long x = (i % 50) * 4000L;
            long y = (i / 50) * 6000L;
            stalls.add(ReshapeFixtures.aStall(String.format("1F-%s-%04d", i < n / 2 ? "A" : "B", i))
                    .zone(i < n / 2 ? "A" : "B").rectangle(x, y, x + 4000, y + 5000)
                    .status(i % 3 == 0 ? StallStatus.VACANT : StallStatus.LEASED).build());
        }
        return stalls;
    }

    private static Element render(List<Stall> stalls) {
        FloorPlan plan = new FloorPlan("1F", stalls, FloorStats.of("1F", stalls));
        return Xml.parse(FloorPlanSvg.render(plan, FloorPlanSvg.ColorBy.STATUS, FloorPlanSvg.Frame.WEB))
                .getDocumentElement();
    }

    @Test
    void every_stall_is_an_element_with_its_number_and_status_over_its_zones_block() {
        List<Stall> stalls = grid(100);
        Element svg = render(stalls);
        assertThat(svg.getAttribute("id")).isEqualTo("floor-plan");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        List<Element> drawn = Xml.elements(svg, "g").stream().filter(g -> g.hasAttribute("data-stall-no")).toList();
        assertThat(drawn).hasSize(100);
        assertThat(drawn.get(0).getAttribute("data-status")).isEqualTo("VACANT");
        assertThat(drawn.get(1).getAttribute("data-status")).isEqualTo("LEASED");
        assertThat(Xml.first(drawn.get(0), "polygon").getAttribute("fill"))
                .isEqualTo(FloorPlanSvg.fill(StallStatus.VACANT));
        assertThat(Xml.first(drawn.get(0), "text").getTextContent()).isEqualTo("1F-A-0000");
        List<Element> zones = Xml.elements(svg, "g").stream().filter(g -> g.hasAttribute("data-zone")
                && "zone".equals(g.getAttribute("class"))).toList();
        assertThat(zones).extracting(z -> z.getAttribute("data-zone")).containsExactly("A", "B");
        assertThat(zones.get(0).getAttribute("data-bbox").split(" ")).hasSize(4);
        assertThat(svg.getAttribute("class")).isEmpty();
    }

    @Test
    void a_large_floor_describes_its_labels_instead_of_drawing_them() {
        Element svg = render(grid(2000));
        assertThat(svg.getAttribute("class")).contains("labels-lazy");
        List<Element> drawn = Xml.elements(svg, "g").stream().filter(g -> g.hasAttribute("data-stall-no")).toList();
        assertThat(drawn).hasSize(2000);
        assertThat(Xml.elements(svg, "text").stream().filter(t -> t.getTextContent().startsWith("1F-"))).isEmpty();
        assertThat(drawn.get(0).getAttribute("data-label").split(" ")).hasSize(5);
    }
}
