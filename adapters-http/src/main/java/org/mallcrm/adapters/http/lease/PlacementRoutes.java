package org.mallcrm.adapters.http.lease;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.FieldReads;
import org.mallcrm.adapters.http.common.Caller;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.lease.port.in.PlacementUseCases;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.placement.Grade;
import org.mallcrm.domain.placement.Placement;
import org.mallcrm.domain.stall.StallNo;

/**
 * {@code /api/v1/placements} for staff: list, draft ({@code POST}), show, {@code POST /{no}/submit},
 * {@code /{no}/approve} ({@code {note}}), {@code /{no}/reject} ({@code {reason}}). Steps are signed by the caller.
 */
public final class PlacementRoutes implements HttpService {

    /** {@code {merchant_no, stall_nos, rent_per_m2_month, grade, placement_no}}. */
    public record CreateRequest(String merchantNo, List<String> stallNos, String rentPerM2Month, String grade,
            String placementNo) {
    }

    /** {@code {note}} or {@code {reason}}. */
    public record StepRequest(String note, String reason) {
    }

    private final PlacementUseCases placements;

    public PlacementRoutes(PlacementUseCases placements) {
        this.placements = placements;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list).post("/", this::create).get("/{no}", this::show)
                .post("/{no}/submit", this::submit).post("/{no}/approve", this::approve)
                .post("/{no}/reject", this::reject);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Responses.ok(res, Responses.page(placements.list(Params.cursor(req), Params.limit(req)), PlacementJson::of));
    }

    private void create(ServerRequest req, ServerResponse res) {
        Principal p = Caller.of(req);
        FieldReads fields = new FieldReads();
        CreateRequest c = Bodies.read(req, CreateRequest.class, fields);
        MerchantNo merchant = fields.read(() -> Params.id("merchant", Params.required("merchant_no", c.merchantNo()),
                MerchantNo::of));
        List<StallNo> stalls = fields.read(() -> {
            if (c.stallNos() == null || c.stallNos().isEmpty()) {
                throw ApiException.badParameter("stall_nos", "is required: name at least one stall");
            }
            return c.stallNos().stream().map(s -> Params.id("stall", s, StallNo::of)).toList();
        });
        var rent = fields.read(() -> Params.money("rent_per_m2_month", c.rentPerM2Month(), false));
        Grade grade = fields.read(() -> Params.enumValue("grade", c.grade(), Grade.class, false));
        fields.check();
        Placement placed = Problems.value(placements.create(new PlacementUseCases.Create(merchant, stalls, rent, grade,
                p.name(), c.placementNo())));
        Responses.created(res, PlacementJson.of(placed));
    }

    private void show(ServerRequest req, ServerResponse res) {
        String no = Params.path(req, "no");
        Responses.ok(res, PlacementJson.of(placements.find(no)
                .orElseThrow(() -> ApiException.notFound("no placement " + Problems.quote(no)))));
    }

    private void submit(ServerRequest req, ServerResponse res) {
        String no = Params.path(req, "no");
        Bodies.readOrEmpty(req, DepositRoutes.NoBody.class);
        Responses.ok(res, PlacementJson.of(Problems.value(placements.submit(no, Caller.of(req).name()))));
    }

    private void approve(ServerRequest req, ServerResponse res) {
        String no = Params.path(req, "no");
        StepRequest step = Bodies.readOrEmpty(req, StepRequest.class);
        Responses.ok(res, PlacementJson.of(Problems.value(placements.approve(no, Caller.of(req).name(),
                step.note()))));
    }

    private void reject(ServerRequest req, ServerResponse res) {
        String no = Params.path(req, "no");
        StepRequest step = Bodies.readOrEmpty(req, StepRequest.class);
        Responses.ok(res, PlacementJson.of(Problems.value(placements.reject(no, Caller.of(req).name(),
                step.reason()))));
    }
}
