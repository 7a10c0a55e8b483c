package org.mallcrm.adapters.http.merchant;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Authenticator;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.credit.CreditRoutes;
import org.mallcrm.adapters.http.request.MyRequestRoutes;
import org.mallcrm.adapters.http.request.RequestRoutes;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.application.merchant.port.in.MerchantPipelineUseCases;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.application.merchantfile.port.in.MerchantFileQuery;
import org.mallcrm.application.request.port.in.MerchantRequestUseCases;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * The merchant desk of the API: the staff's merchant routes (the 360° file, pipeline, follow-ups, contacts, the
 * operations log, reports, credit) and requests handling, and the merchant app's own requests under
 * {@code /api/v1/me}. Shared helpers turn use-case outcomes into replies.
 */
public final class MerchantDesk implements HttpService {

    /** The use cases behind these routes, wired by the composition root. */
    public record UseCases(MerchantQueries merchants, MerchantPipelineUseCases pipeline, CreditUseCases credit,
            MerchantRequestUseCases requests, MerchantFileQuery files) {
    }

    private final UseCases uc;
    private final Authenticator auth;

    public MerchantDesk(UseCases uc, Authenticator auth) {
        this.uc = uc;
        this.auth = auth;
    }

    /** Every route of the desk, below the base path ({@code /api/v1}). */
    @Override
    public void routing(HttpRules rules) {
        MerchantDeskRoutes merchants = new MerchantDeskRoutes(uc, auth);
        CreditRoutes.Mine mine = new CreditRoutes.Mine(uc.credit(), auth);
        rules.get("/follow-ups/due", merchants::due)
                .get("/merchant-reports/{report}", merchants::report)
                .register("/merchants", merchants)
                .register("/credit-types", new CreditRoutes.Types(uc.credit(), auth))
                .register("/credit-records", new CreditRoutes.Records(uc.credit(), auth))
                .get("/me/credit", mine::show)
                .post("/me/credit-records/{id}/appeal", mine::appeal)
                .register("/overtime-requests", RequestRoutes.overtime(uc.requests(), auth))
                .register("/repair-requests", RequestRoutes.repairs(uc.requests(), auth))
                .register("/feedback", RequestRoutes.feedback(uc.requests(), auth))
                .register("/me/overtime-requests", MyRequestRoutes.overtime(uc.requests(), auth))
                .register("/me/repair-requests", MyRequestRoutes.repairs(uc.requests(), auth))
                .register("/me/feedback", MyRequestRoutes.feedback(uc.requests(), auth));
    }

    /** The merchant a MERCHANT token is bound to. */
    public static MerchantNo merchantOf(Principal p) {
        return MerchantNo.of(p.subject().orElseThrow());
    }

    /** A path parameter naming a record; a malformed one names nothing, so 404. */
    public static <T> T id(ServerRequest req, String param, String what, Function<String, T> parse) {
        String raw = req.path().pathParameters().get(param);
        try {
            return parse.apply(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("no " + what + " " + raw);
        }
    }

    /** An optional {@code ?name=YYYY-MM-DD}. */
    public static LocalDate date(ServerRequest req, String name) {
        var v = req.query().first(name);
        if (v.isEmpty() || v.get().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.get().strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "must be a date YYYY-MM-DD");
        }
    }

    /** An optional query text. */
    public static String text(ServerRequest req, String name) {
        var v = req.query().first(name);
        return v.isEmpty() || v.get().isBlank() ? null : v.get().strip();
    }

    /** The value of a done outcome, or the problem: 400 with the fields, 409 with the reason, 404. */
    public static <T> T value(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> d -> d.value();
            case Outcome.Invalid<T> i -> throw ApiException.badRequest("the request has bad values",
                    i.errors().stream().map(e -> new ApiException.FieldError(e.column(), e.reason())).toList());
            case Outcome.Refused<T> r -> throw ApiException.conflict("refused", r.reason());
            case Outcome.NotFound<T> n -> throw ApiException.notFound("no " + n.what());
        };
    }

    /** Runs a list query whose bad filter throws IllegalArgumentException: a 400 naming the parameter. */
    public static <T> List<T> filtered(String param, java.util.function.Supplier<List<T>> query) {
        try {
            return query.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(param, e.getMessage());
        }
    }

    /** One page of an in-memory list ordered by {@code key}: the cursor is the last key of the page. */
    public static <T, J> Responses.PageJson<J> page(ServerRequest req, List<T> items, Function<T, String> key,
            Function<T, J> json) {
        String after = Responses.cursor(req);
        int limit = Responses.limit(req);
        List<J> out = new ArrayList<>();
        String last = null;
        boolean more = false;
        for (T item : items) {
            String k = key.apply(item);
            if (after != null && k.compareTo(after) <= 0) {
                continue;
            }
            if (out.size() == limit) {
                more = true;
                break;
            }
            out.add(json.apply(item));
            last = k;
        }
        return new Responses.PageJson<>(out, more ? Responses.encodeCursor(last) : null);
    }

    /** Answers a write: 201 for a creation, 200 for a step. */
    public static void reply(ServerResponse res, int status, Object body) {
        Responses.json(res, status, body);
    }

    static Principal staff(Authenticator auth, ServerRequest req) {
        return auth.require(req, Role.STAFF);
    }
}
