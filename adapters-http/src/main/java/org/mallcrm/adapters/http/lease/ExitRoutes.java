package org.mallcrm.adapters.http.lease;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.Dates;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.lease.port.in.ExitUseCases;
import org.mallcrm.domain.exit.ExitRequest;
import org.mallcrm.domain.exit.ExitType;
import org.mallcrm.domain.exit.Initiator;
import org.mallcrm.domain.lease.LeaseNo;

/**
 * {@code /api/v1/exits} for staff: list, request ({@code POST}), show, {@code POST /{no}/approve},
 * {@code /{no}/withdraw}, {@code /{no}/settle} ({@code {damages}}).
 */
public final class ExitRoutes implements HttpService {

    /** {@code {lease_no, type, initiator, requested_on, exit_on, reason, exit_no}}. */
    public record CreateRequest(String leaseNo, String type, String initiator, String requestedOn, String exitOn,
            String reason, String exitNo) {
    }

    /** {@code {damages}}. */
    public record SettleRequest(String damages) {
    }

    private final ExitUseCases exits;

    public ExitRoutes(ExitUseCases exits) {
        this.exits = exits;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list).post("/", this::create).get("/{no}", this::show)
                .post("/{no}/approve", (req, res) -> move(req, res, false))
                .post("/{no}/withdraw", (req, res) -> move(req, res, true))
                .post("/{no}/settle", this::settle);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Responses.ok(res, Responses.page(exits.list(Params.cursor(req), Params.limit(req)), ExitJson::of));
    }

    private void create(ServerRequest req, ServerResponse res) {
        CreateRequest c = Bodies.read(req, CreateRequest.class);
        ExitRequest e = Problems.value(exits.request(new ExitUseCases.Request(
                Params.id("lease", Params.required("lease_no", c.leaseNo()), LeaseNo::of),
                Params.enumValue("type", c.type(), ExitType.class, true),
                c.initiator() == null ? Initiator.MERCHANT
                        : Params.enumValue("initiator", c.initiator(), Initiator.class, true),
                Dates.parse("requested_on", c.requestedOn(), false), Dates.parse("exit_on", c.exitOn(), true),
                c.reason(), c.exitNo())));
        Responses.created(res, ExitJson.of(e));
    }

    private void show(ServerRequest req, ServerResponse res) {
        String no = Params.path(req, "no");
        Responses.ok(res, ExitJson.of(exits.find(no).orElseThrow(() -> ApiException.notFound("no exit "
                + Problems.quote(no)))));
    }

    private void move(ServerRequest req, ServerResponse res, boolean withdraw) {
        String no = Params.path(req, "no");
        Bodies.readOrEmpty(req, DepositRoutes.NoBody.class);
        Responses.ok(res, ExitJson.of(Problems.value(withdraw ? exits.withdraw(no) : exits.approve(no))));
    }

    private void settle(ServerRequest req, ServerResponse res) {
        String no = Params.path(req, "no");
        SettleRequest s = Bodies.readOrEmpty(req, SettleRequest.class);
        Responses.ok(res, ExitJson.of(Problems.value(exits.settle(no, Params.money("damages", s.damages(), false)))));
    }
}
