package org.mallcrm.adapters.http.stall;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Locale;
import java.util.Optional;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Authenticator;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.stall.port.in.StallFilter;
import org.mallcrm.application.stall.port.in.StallQueries;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.stall.BusinessType;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;

/** {@code /api/v1/stalls}: the staff's view of the mall's stalls. */
public final class StallRoutes implements HttpService {

    private final StallQueries queries;
    private final Authenticator auth;

    public StallRoutes(StallQueries queries, Authenticator auth) {
        this.queries = queries;
        this.auth = auth;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .get("/{no}", this::show);
    }

    private void list(ServerRequest req, ServerResponse res) {
        auth.require(req, Role.STAFF);
        StallFilter filter = new StallFilter(
                req.query().first("floor").asOptional().filter(s -> !s.isBlank()),
                req.query().first("status").asOptional().filter(s -> !s.isBlank()).map(StallRoutes::status),
                req.query().first("business_type").asOptional().filter(s -> !s.isBlank()).map(BusinessType::new));
        Page<Stall> page = queries.list(filter, Responses.cursor(req), Responses.limit(req));
        Responses.ok(res, new Responses.PageJson<>(page.items().stream().map(StallJson::of).toList(),
                Responses.encodeCursor(page.nextCursor())));
    }

    private void show(ServerRequest req, ServerResponse res) {
        auth.require(req, Role.STAFF);
        StallNo no = stallNo(req.path().pathParameters().get("no"));
        Optional<Stall> stall = queries.find(no);
        Responses.ok(res, StallJson.of(stall.orElseThrow(() -> ApiException.notFound("no stall " + no))));
    }

    static StallNo stallNo(String raw) {
        try {
            return StallNo.of(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("no stall " + raw);
        }
    }

    private static StallStatus status(String raw) {
        try {
            return StallStatus.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("status", "one of VACANT, RESERVED, LEASED, RENOVATING, SPLIT, MERGED");
        }
    }
}
