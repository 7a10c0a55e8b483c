package org.mallcrm.adapters.http.lease;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.function.Function;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Authenticator;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.common.Writes;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.deposit.EarnestKind;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.StallNo;

/**
 * {@code /api/v1/deposits} for staff: list, hold ({@code POST}), show, and {@code POST /{no}/refund},
 * {@code /{no}/forfeit}, {@code /{no}/return-double}.
 */
public final class DepositRoutes implements HttpService {

    /** {@code {stall_no, merchant_no, amount, kind, days, on, contract_value, deposit_no}}. */
    public record HoldRequest(String stallNo, String merchantNo, String amount, String kind, Integer days, String on,
            String contractValue, String depositNo) {
    }

    private final EarnestMoneyUseCases deposits;
    private final Authenticator auth;
    private final Writes writes;

    public DepositRoutes(EarnestMoneyUseCases deposits, Authenticator auth, Writes writes) {
        this.deposits = deposits;
        this.auth = auth;
        this.writes = writes;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/", this::hold)
                .get("/{no}", this::show)
                .post("/{no}/refund", (req, res) -> settle(req, res, deposits::refund))
                .post("/{no}/forfeit", (req, res) -> settle(req, res, deposits::forfeit))
                .post("/{no}/return-double", (req, res) -> settle(req, res, deposits::returnDouble));
    }

    private void list(ServerRequest req, ServerResponse res) {
        auth.require(req, Role.STAFF);
        Page<EarnestMoney> page = deposits.list(Responses.cursor(req), Responses.limit(req));
        Responses.ok(res, new Responses.PageJson<>(page.items().stream().map(e -> DepositJson.of(e, null)).toList(),
                Responses.encodeCursor(page.nextCursor())));
    }

    private void hold(ServerRequest req, ServerResponse res) {
        Principal p = auth.require(req, Role.STAFF);
        byte[] body = Writes.bytes(req);
        writes.write(req, res, p, body, () -> {
            HoldRequest h = Writes.parse(body, HoldRequest.class);
            if (h.stallNo() == null || h.merchantNo() == null) {
                throw ApiException.badRequest("stall_no and merchant_no are required", List.of(
                        new ApiException.FieldError(h.stallNo() == null ? "stall_no" : "merchant_no", "is required")));
            }
            EarnestMoney e = Writes.value(deposits.hold(new EarnestMoneyUseCases.Hold(
                    List.of(Writes.id("stall", h.stallNo(), StallNo::of)),
                    Writes.id("merchant", h.merchantNo(), MerchantNo::of), Writes.money("amount", h.amount(), true),
                    Writes.enumValue("kind", h.kind(), EarnestKind.class, true), Writes.date("on", h.on(), false),
                    h.days(), Writes.money("contract_value", h.contractValue(), false), h.depositNo())));
            return new Writes.Reply(201, DepositJson.of(e, null));
        });
    }

    private void show(ServerRequest req, ServerResponse res) {
        auth.require(req, Role.STAFF);
        String no = req.path().pathParameters().get("no");
        Responses.ok(res, DepositJson.of(deposits.find(no)
                .orElseThrow(() -> ApiException.notFound("no earnest money " + no)), null));
    }

    private void settle(ServerRequest req, ServerResponse res,
            Function<String, Outcome<EarnestMoneyUseCases.Settled>> operation) {
        Principal p = auth.require(req, Role.STAFF);
        String no = req.path().pathParameters().get("no");
        writes.write(req, res, p, Writes.bytes(req), () -> {
            EarnestMoneyUseCases.Settled s = Writes.value(operation.apply(no));
            return new Writes.Reply(200, DepositJson.of(s.earnestMoney(), s.payBack()));
        });
    }
}
