package org.mallcrm.adapters.http.request;

import static org.mallcrm.adapters.http.common.Problems.value;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Caller;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.merchant.MerchantDesk;
import org.mallcrm.application.request.port.in.MerchantRequestUseCases;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.request.RequestNo;

/**
 * Staff handling of the merchant app's requests: {@code /api/v1/overtime-requests} (approve, reject),
 * {@code /api/v1/repair-requests} (assign, resolve), {@code /api/v1/feedback} (answer). Lists filter by
 * {@code ?status=} and {@code ?merchant_no=} and are paged. The acting member of staff is the token's name.
 */
public final class RequestRoutes implements HttpService {

    /** A staff step: the use case, given the number, the staff name and the body's text. */
    private record Step(String path, String field, boolean required, StepCall call) {
    }

    @FunctionalInterface
    private interface StepCall {
        RequestJson apply(RequestNo no, String by, String text);
    }

    private final BiFunction<MerchantNo, String, List<RequestJson>> list;
    private final java.util.function.Function<RequestNo, Optional<RequestJson>> find;
    private final String what;
    private final List<Step> steps;

    private RequestRoutes(String what, BiFunction<MerchantNo, String, List<RequestJson>> list,
            java.util.function.Function<RequestNo, Optional<RequestJson>> find, List<Step> steps) {
        this.what = what;
        this.list = list;
        this.find = find;
        this.steps = steps;
    }

    public static RequestRoutes overtime(MerchantRequestUseCases uc) {
        return new RequestRoutes("overtime request",
                (m, s) -> uc.overtimes(m, s).stream().map(RequestJson::of).toList(),
                no -> uc.overtime(no, null).map(RequestJson::of),
                List.of(new Step("approve", "note", false, (no, by, t) -> RequestJson.of(value(uc.approve(no, by, t)))),
                        new Step("reject", "reason", true, (no, by, t) -> RequestJson.of(value(uc.reject(no, by, t))))));
    }

    public static RequestRoutes repairs(MerchantRequestUseCases uc) {
        return new RequestRoutes("repair request",
                (m, s) -> uc.repairs(m, s).stream().map(RequestJson::of).toList(),
                no -> uc.repair(no, null).map(RequestJson::of),
                List.of(new Step("assign", "to", true, (no, by, t) -> RequestJson.of(value(uc.assign(no, by, t)))),
                        new Step("resolve", "resolution", true,
                                (no, by, t) -> RequestJson.of(value(uc.resolve(no, by, t))))));
    }

    public static RequestRoutes feedback(MerchantRequestUseCases uc) {
        return new RequestRoutes("feedback",
                (m, s) -> uc.feedbacks(m, s).stream().map(RequestJson::of).toList(),
                no -> uc.feedback(no, null).map(RequestJson::of),
                List.of(new Step("answer", "answer", true, (no, by, t) -> RequestJson.of(value(uc.answer(no, by, t))))));
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list).get("/{no}", this::show);
        for (Step s : steps) {
            rules.post("/{no}/" + s.path(), (req, res) -> step(req, res, s));
        }
    }

    private void list(ServerRequest req, ServerResponse res) {
        String merchant = Params.text(req, "merchant_no");
        MerchantNo m;
        try {
            m = merchant == null ? null : MerchantNo.of(merchant);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("merchant_no", e.getMessage());
        }
        List<RequestJson> all = MerchantDesk.filtered("status", () -> list.apply(m, Params.text(req, "status")));
        Responses.ok(res, Responses.page(req, all, j -> j));
    }

    private void show(ServerRequest req, ServerResponse res) {
        RequestNo no = Params.id(req, "no", what, RequestNo::of);
        Responses.ok(res, find.apply(no).orElseThrow(() -> ApiException.notFound("no " + what + " " + no)));
    }

    private void step(ServerRequest req, ServerResponse res, Step s) {
        Principal p = Caller.of(req);
        RequestNo no = Params.id(req, "no", what, RequestNo::of);
        java.util.Map<String, String> body = readText(req);
        String text = body.get(s.field());
        if (s.required() && (text == null || text.isBlank())) {
            throw ApiException.badParameter(s.field(), "is required to " + s.path());
        }
        for (String k : body.keySet()) {
            if (!k.equals(s.field())) {
                throw ApiException.badParameter(Problems.truncate(k, 100), "is not a field of this request; the "
                        + "fields are " + s.field());
            }
        }
        Responses.ok(res, s.call().apply(no, p.name(), text));
    }

    /** The body as an object of text fields; an empty body is an empty object. */
    static java.util.Map<String, String> readText(ServerRequest req) {
        return Bodies.readTextFields(req);
    }
}
