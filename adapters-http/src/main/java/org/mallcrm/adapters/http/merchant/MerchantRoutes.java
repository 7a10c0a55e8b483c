package org.mallcrm.adapters.http.merchant;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Authenticator;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.common.Writes;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;

/** {@code /api/v1/merchants}: the staff's view of the merchant register. */
public final class MerchantRoutes implements HttpService {

    private final MerchantQueries queries;
    private final Authenticator auth;

    public MerchantRoutes(MerchantQueries queries, Authenticator auth) {
        this.queries = queries;
        this.auth = auth;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list).get("/{no}", this::show);
    }

    private void list(ServerRequest req, ServerResponse res) {
        auth.require(req, Role.STAFF);
        Page<Merchant> page = queries.list(Responses.cursor(req), Responses.limit(req));
        Responses.ok(res, new Responses.PageJson<>(page.items().stream()
                .map(m -> MerchantJson.of(m, queries.today())).toList(), Responses.encodeCursor(page.nextCursor())));
    }

    private void show(ServerRequest req, ServerResponse res) {
        auth.require(req, Role.STAFF);
        String raw = req.path().pathParameters().get("no");
        MerchantNo no = Writes.id("merchant", raw, MerchantNo::of);
        Merchant m = queries.find(no).orElseThrow(() -> ApiException.notFound("no merchant " + raw));
        Responses.ok(res, MerchantJson.of(m, queries.today()));
    }
}
