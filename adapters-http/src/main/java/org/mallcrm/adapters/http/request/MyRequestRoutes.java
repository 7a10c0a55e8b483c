package org.mallcrm.adapters.http.request;

import static org.mallcrm.adapters.http.common.Problems.value;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Caller;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.merchant.MerchantDesk;
import org.mallcrm.application.request.port.in.MerchantRequestUseCases;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.request.RequestNo;

/**
 * The merchant app's requests under {@code /api/v1/me}: a MERCHANT token creates them for stalls it leases (409
 * otherwise) and sees its own and their status; another merchant's request is 404.
 */
public final class MyRequestRoutes implements HttpService {

    record OvertimeBody(String stallNo, LocalDate date, LocalTime from, LocalTime to, String reason) {
    }

    record RepairBody(String stallNo, String category, String description, String urgency) {
    }

    record FeedbackBody(String stallNo, String category, String text) {
    }

    @FunctionalInterface
    private interface Create {
        RequestJson apply(MerchantNo merchant, ServerRequest req);
    }

    private final String what;
    private final BiFunction<MerchantNo, String, List<RequestJson>> list;
    private final BiFunction<RequestNo, MerchantNo, Optional<RequestJson>> find;
    private final Create create;

    private MyRequestRoutes(String what, BiFunction<MerchantNo, String, List<RequestJson>> list,
            BiFunction<RequestNo, MerchantNo, Optional<RequestJson>> find, Create create) {
        this.what = what;
        this.list = list;
        this.find = find;
        this.create = create;
    }

    public static MyRequestRoutes overtime(MerchantRequestUseCases uc) {
        return new MyRequestRoutes("overtime request",
                (m, s) -> uc.overtimes(m, s).stream().map(RequestJson::of).toList(),
                (no, m) -> uc.overtime(no, m).map(RequestJson::of),
                (m, req) -> {
                    OvertimeBody b = Bodies.read(req, OvertimeBody.class);
                    return RequestJson.of(value(uc.askOvertime(m, b.stallNo(), b.date(), b.from(), b.to(), b.reason())));
                });
    }

    public static MyRequestRoutes repairs(MerchantRequestUseCases uc) {
        return new MyRequestRoutes("repair request",
                (m, s) -> uc.repairs(m, s).stream().map(RequestJson::of).toList(),
                (no, m) -> uc.repair(no, m).map(RequestJson::of),
                (m, req) -> {
                    RepairBody b = Bodies.read(req, RepairBody.class);
                    return RequestJson.of(value(uc.reportRepair(m, b.stallNo(), b.category(), b.description(),
                            b.urgency())));
                });
    }

    public static MyRequestRoutes feedback(MerchantRequestUseCases uc) {
        return new MyRequestRoutes("feedback",
                (m, s) -> uc.feedbacks(m, s).stream().map(RequestJson::of).toList(),
                (no, m) -> uc.feedback(no, m).map(RequestJson::of),
                (m, req) -> {
                    FeedbackBody b = Bodies.read(req, FeedbackBody.class);
                    return RequestJson.of(value(uc.giveFeedback(m, b.stallNo(), b.category(), b.text())));
                });
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list).post("/", this::create).get("/{no}", this::show);
    }

    private void list(ServerRequest req, ServerResponse res) {
        MerchantNo me = Caller.merchant(req);
        List<RequestJson> mine = MerchantDesk.filtered("status", () -> list.apply(me, Params.text(req, "status")));
        Responses.ok(res, Responses.page(req, mine, j -> j));
    }

    private void show(ServerRequest req, ServerResponse res) {
        RequestNo no = Params.id(req, "no", what, RequestNo::of);
        Responses.ok(res, find.apply(no, Caller.merchant(req))
                .orElseThrow(() -> ApiException.notFound("no " + what + " " + no)));
    }

    private void create(ServerRequest req, ServerResponse res) {
        Responses.created(res, create.apply(Caller.merchant(req), req));
    }
}
