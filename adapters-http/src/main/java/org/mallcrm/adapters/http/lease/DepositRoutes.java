package org.mallcrm.adapters.http.lease;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.function.Function;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.Dates;
import org.mallcrm.adapters.http.common.FieldReads;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
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

    public DepositRoutes(EarnestMoneyUseCases deposits) {
        this.deposits = deposits;
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
        Responses.ok(res, Responses.page(deposits.list(Params.cursor(req), Params.limit(req)),
                e -> DepositJson.of(e, null)));
    }

    private void hold(ServerRequest req, ServerResponse res) {
        FieldReads fields = new FieldReads();
        HoldRequest h = Bodies.read(req, HoldRequest.class, fields);
        StallNo stall = fields.read(() -> Params.id("stall", Params.required("stall_no", h.stallNo()), StallNo::of));
        MerchantNo merchant = fields.read(() -> Params.id("merchant", Params.required("merchant_no", h.merchantNo()),
                MerchantNo::of));
        var amount = fields.read(() -> Params.money("amount", h.amount(), true));
        EarnestKind kind = fields.read(() -> Params.enumValue("kind", h.kind(), EarnestKind.class, true));
        var on = fields.read(() -> Dates.parse("on", h.on(), false));
        var contractValue = fields.read(() -> Params.money("contract_value", h.contractValue(), false));
        fields.check();
        EarnestMoney e = Problems.value(deposits.hold(new EarnestMoneyUseCases.Hold(List.of(stall), merchant, amount,
                kind, on, h.days(), contractValue, h.depositNo())));
        Responses.created(res, DepositJson.of(e, null));
    }

    private void show(ServerRequest req, ServerResponse res) {
        String no = Params.path(req, "no");
        Responses.ok(res, DepositJson.of(deposits.find(no)
                .orElseThrow(() -> ApiException.notFound("no earnest money " + Problems.quote(no))), null));
    }

    private void settle(ServerRequest req, ServerResponse res,
            Function<String, Outcome<EarnestMoneyUseCases.Settled>> operation) {
        String no = Params.path(req, "no");
        Bodies.readOrEmpty(req, NoBody.class);
        EarnestMoneyUseCases.Settled s = Problems.value(operation.apply(no));
        Responses.ok(res, DepositJson.of(s.earnestMoney(), s.payBack()));
    }

    /** A step that takes no fields: the body, if any, is {@code {}}. */
    public record NoBody() {
    }
}
