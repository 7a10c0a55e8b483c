package org.mallcrm.adapters.http.lease;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Authenticator;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.common.Writes;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.PlacementUseCases;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
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
    private final Authenticator auth;
    private final Writes writes;

    public PlacementRoutes(PlacementUseCases placements, Authenticator auth, Writes writes) {
        this.placements = placements;
        this.auth = auth;
        this.writes = writes;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list).post("/", this::create).get("/{no}", this::show)
                .post("/{no}/submit", this::submit).post("/{no}/approve", this::approve)
                .post("/{no}/reject", this::reject);
    }

    private void list(ServerRequest req, ServerResponse res) {
        auth.require(req, Role.STAFF);
        Page<Placement> page = placements.list(Responses.cursor(req), Responses.limit(req));
        Responses.ok(res, new Responses.PageJson<>(page.items().stream().map(PlacementJson::of).toList(),
                Responses.encodeCursor(page.nextCursor())));
    }

    private void create(ServerRequest req, ServerResponse res) {
        Principal p = auth.require(req, Role.STAFF);
        byte[] body = Writes.bytes(req);
        writes.write(req, res, p, body, () -> {
            CreateRequest c = Writes.parse(body, CreateRequest.class);
            if (c.merchantNo() == null || c.stallNos() == null) {
                throw ApiException.badParameter(c.merchantNo() == null ? "merchant_no" : "stall_nos", "is required");
            }
            Placement placed = Writes.value(placements.create(new PlacementUseCases.Create(
                    Writes.id("merchant", c.merchantNo(), MerchantNo::of),
                    c.stallNos().stream().map(s -> Writes.id("stall", s, StallNo::of)).toList(),
                    Writes.money("rent_per_m2_month", c.rentPerM2Month(), false),
                    Writes.enumValue("grade", c.grade(), Grade.class, false), p.name(), c.placementNo())));
            return new Writes.Reply(201, PlacementJson.of(placed));
        });
    }

    private void show(ServerRequest req, ServerResponse res) {
        auth.require(req, Role.STAFF);
        String no = req.path().pathParameters().get("no");
        Responses.ok(res, PlacementJson.of(placements.find(no)
                .orElseThrow(() -> ApiException.notFound("no placement " + no))));
    }

    private StepRequest step(byte[] body) {
        return body.length == 0 ? new StepRequest(null, null) : Writes.parse(body, StepRequest.class);
    }

    private void submit(ServerRequest req, ServerResponse res) {
        Principal p = auth.require(req, Role.STAFF);
        String no = req.path().pathParameters().get("no");
        writes.write(req, res, p, Writes.bytes(req),
                () -> new Writes.Reply(200, PlacementJson.of(Writes.value(placements.submit(no, p.name())))));
    }

    private void approve(ServerRequest req, ServerResponse res) {
        Principal p = auth.require(req, Role.STAFF);
        String no = req.path().pathParameters().get("no");
        byte[] body = Writes.bytes(req);
        writes.write(req, res, p, body, () -> new Writes.Reply(200, PlacementJson.of(Writes.value(
                placements.approve(no, p.name(), step(body).note())))));
    }

    private void reject(ServerRequest req, ServerResponse res) {
        Principal p = auth.require(req, Role.STAFF);
        String no = req.path().pathParameters().get("no");
        byte[] body = Writes.bytes(req);
        writes.write(req, res, p, body, () -> new Writes.Reply(200, PlacementJson.of(Writes.value(
                placements.reject(no, p.name(), step(body).reason())))));
    }
}
