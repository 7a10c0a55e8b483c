package org.mallcrm.adapters.http.floor;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.stall.port.in.FloorPlan;
import org.mallcrm.application.stall.port.in.FloorQueries;

/**
 * {@code /api/v1/floors/{floor}}: a floor's plan as SVG ({@code plan.svg?color=status|business_type}) and its
 * figures as JSON ({@code stats}). Staff only; a floor without active stalls is 404.
 */
public final class FloorRoutes implements HttpService {

    private final FloorQueries floors;

    public FloorRoutes(FloorQueries floors) {
        this.floors = floors;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{floor}/plan.svg", this::plan)
                .get("/{floor}/stats", this::stats);
    }

    private void plan(ServerRequest req, ServerResponse res) {
        FloorPlanSvg.ColorBy colorBy;
        try {
            String color = Params.text(req, "color");
            colorBy = FloorPlanSvg.ColorBy.parse(color == null ? "status" : color);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("color", "status or business_type");
        }
        FloorPlan plan = find(req);
        byte[] svg = FloorPlanSvg.render(plan, colorBy).getBytes(StandardCharsets.UTF_8);
        res.header(HeaderNames.CONTENT_TYPE, "image/svg+xml; charset=utf-8");
        res.send(svg);
    }

    private void stats(ServerRequest req, ServerResponse res) {
        Responses.ok(res, FloorStatsJson.of(find(req).stats()));
    }

    private FloorPlan find(ServerRequest req) {
        String floor = req.path().pathParameters().get("floor");
        return floors.plan(floor).orElseThrow(() -> ApiException.notFound("no active stall on floor "
                + Problems.quote(floor)));
    }
}
