package org.mallcrm.adapters.http.merchant;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;
import java.util.function.Supplier;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.credit.CreditRoutes;
import org.mallcrm.adapters.http.request.MyRequestRoutes;
import org.mallcrm.adapters.http.request.RequestRoutes;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.application.merchant.port.in.MerchantPipelineUseCases;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.application.merchantfile.port.in.MerchantFileQuery;
import org.mallcrm.application.request.port.in.MerchantRequestUseCases;

/**
 * The merchant desk of the API: the staff's merchant routes (the 360° file, pipeline, follow-ups, contacts, the
 * operations log, reports, credit) and requests handling, and the merchant app's own requests under
 * {@code /api/v1/me}.
 */
public final class MerchantDesk implements HttpService {

    /** The use cases behind these routes, wired by the composition root. */
    public record UseCases(MerchantQueries merchants, MerchantPipelineUseCases pipeline, CreditUseCases credit,
            MerchantRequestUseCases requests, MerchantFileQuery files) {
    }

    private final UseCases uc;

    public MerchantDesk(UseCases uc) {
        this.uc = uc;
    }

    /** Every route of the desk, below the base path ({@code /api/v1}). */
    @Override
    public void routing(HttpRules rules) {
        MerchantDeskRoutes merchants = new MerchantDeskRoutes(uc);
        CreditRoutes.Mine mine = new CreditRoutes.Mine(uc.credit());
        rules.get("/follow-ups/due", merchants::due)
                .get("/merchant-reports/{report}", merchants::report)
                .register("/merchants", merchants)
                .register("/credit-types", new CreditRoutes.Types(uc.credit()))
                .register("/credit-records", new CreditRoutes.Records(uc.credit()))
                .get("/me/credit", mine::show)
                .post("/me/credit-records/{id}/appeal", mine::appeal)
                .register("/overtime-requests", RequestRoutes.overtime(uc.requests()))
                .register("/repair-requests", RequestRoutes.repairs(uc.requests()))
                .register("/feedback", RequestRoutes.feedback(uc.requests()))
                .register("/me/overtime-requests", MyRequestRoutes.overtime(uc.requests()))
                .register("/me/repair-requests", MyRequestRoutes.repairs(uc.requests()))
                .register("/me/feedback", MyRequestRoutes.feedback(uc.requests()));
    }

    /** Runs a list query whose bad filter throws IllegalArgumentException: a 400 naming the parameter. */
    public static <T> List<T> filtered(String param, Supplier<List<T>> query) {
        try {
            return query.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(param, e.getMessage());
        }
    }
}
