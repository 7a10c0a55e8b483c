package org.mallcrm.adapters.http.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.http.floor.FloorPlanSvg;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.application.stall.port.in.FloorPlan;
import org.mallcrm.domain.stall.FloorStats;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.fixtures.stall.ReshapeFixtures;

/** The floor plan as the 铺位全景图 page shows it: its zones in order, its stalls titled in the page's words. */
class FloorPagesTest {

    private static Stall stall(String zone, int i, StallStatus status) {
        long x = i * 5000L;
        return ReshapeFixtures.aStall("1F-" + zone + "-00" + i).zone(zone).rectangle(x, 0, x + 4000, 4000)
                .status(status).build();
    }

    private static final List<Stall> STALLS = List.of(stall("A", 1, StallStatus.VACANT),
            stall("D", 2, StallStatus.LEASED), stall("C", 3, StallStatus.VACANT), stall("B", 4, StallStatus.RESERVED));

    private static FloorPages.PlanView plan(Locale locale) {
        return FloorPages.planView(Viewer.anonymous("t", locale), new FloorPlan("1F", STALLS, FloorStats.of("1F",
                STALLS)), FloorPlanSvg.ColorBy.STATUS);
    }

    @Test
    void the_zones_are_in_order() {
        assertThat(plan(Locale.SIMPLIFIED_CHINESE).zones().keySet()).containsExactly("A", "B", "C", "D");
    }

    @Test
    void a_stalls_title_names_its_status_as_the_console_does() {
        String svg = plan(Locale.SIMPLIFIED_CHINESE).svg();
        assertThat(svg).contains("<title>1F-A-001 · 待租 · ").contains("<title>1F-D-002 · 已租 · ")
                .doesNotContain(" · VACANT · ").doesNotContain(" · LEASED · ");
        assertThat(plan(Locale.ENGLISH).svg()).contains("<title>1F-A-001 · Vacant · ");
        // the API's document (no language to choose) names it as its legend does
        String document = FloorPlanSvg.render(new FloorPlan("1F", STALLS, FloorStats.of("1F", STALLS)),
                FloorPlanSvg.ColorBy.STATUS);
        assertThat(document).contains("<title>1F-A-001 · Vacant 待租 · ").doesNotContain(" · VACANT · ");
    }
}
