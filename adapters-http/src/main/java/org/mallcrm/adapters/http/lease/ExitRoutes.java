package org.mallcrm.adapters.http.lease;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Authenticator;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.common.Writes;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.ExitUseCases;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
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
    private final Authenticator auth;
    private final Writes writes;

    public ExitRoutes(ExitUseCases exits, Authenticator auth, Writes writes) {
        this.exits = exits;
        this.auth = auth;
        this.writes = writes;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list).post("/", this::create).get("/{no}", this::show)
                .post("/{no}/approve", (req, res) -> move(req, res, false))
                .post("/{no}/withdraw", (req, res) -> move(req, res, true))
                .post("/{no}/settle", this::settle);
    }

    private void list(ServerRequest req, ServerResponse res) {
        auth.require(req, Role.STAFF);
        Page<ExitRequest> page = exits.list(Responses.cursor(req), Responses.limit(req));
        Responses.ok(res, new Responses.PageJson<>(page.items().stream().map(ExitJson::of).toList(),
                Responses.encodeCursor(page.nextCursor())));
    }

    private void create(ServerRequest req, ServerResponse res) {
        Principal p = auth.require(req, Role.STAFF);
        byte[] body = Writes.bytes(req);
        writes.write(req, res, p, body, () -> {
            CreateRequest c = Writes.parse(body, CreateRequest.class);
            if (c.leaseNo() == null) {
                throw ApiException.badParameter("lease_no", "is required");
            }
            ExitRequest e = Writes.value(exits.request(new ExitUseCases.Request(
                    Writes.id("lease", c.leaseNo(), LeaseNo::of), Writes.enumValue("type", c.type(), ExitType.class,
                            true),
                    c.initiator() == null ? Initiator.MERCHANT
                            : Writes.enumValue("initiator", c.initiator(), Initiator.class, true),
                    Writes.date("requested_on", c.requestedOn(), false), Writes.date("exit_on", c.exitOn(), true),
                    c.reason(), c.exitNo())));
            return new Writes.Reply(201, ExitJson.of(e));
        });
    }

    private void show(ServerRequest req, ServerResponse res) {
        auth.require(req, Role.STAFF);
        String no = req.path().pathParameters().get("no");
        Responses.ok(res, ExitJson.of(exits.find(no).orElseThrow(() -> ApiException.notFound("no exit " + no))));
    }

    private void move(ServerRequest req, ServerResponse res, boolean withdraw) {
        Principal p = auth.require(req, Role.STAFF);
        String no = req.path().pathParameters().get("no");
        writes.write(req, res, p, Writes.bytes(req), () -> new Writes.Reply(200, ExitJson.of(Writes.value(
                withdraw ? exits.withdraw(no) : exits.approve(no)))));
    }

    private void settle(ServerRequest req, ServerResponse res) {
        Principal p = auth.require(req, Role.STAFF);
        String no = req.path().pathParameters().get("no");
        byte[] body = Writes.bytes(req);
        writes.write(req, res, p, body, () -> {
            SettleRequest s = body.length == 0 ? new SettleRequest(null) : Writes.parse(body, SettleRequest.class);
            return new Writes.Reply(200, ExitJson.of(Writes.value(exits.settle(no,
                    Writes.money("damages", s.damages(), false)))));
        });
    }
}
