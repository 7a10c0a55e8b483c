package org.mallcrm.adapters.http.stall;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Locale;
import java.util.Optional;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.stall.port.in.StallFilter;
import org.mallcrm.application.stall.port.in.StallQueries;
import org.mallcrm.domain.stall.BusinessType;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;

/** {@code /api/v1/stalls}: the staff's view of the mall's stalls. */
public final class StallRoutes implements HttpService {

    private final StallQueries queries;

    public StallRoutes(StallQueries queries) {
        this.queries = queries;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .get("/{no}", this::show);
    }

    private void list(ServerRequest req, ServerResponse res) {
        StallFilter filter = new StallFilter(
                Optional.ofNullable(Params.text(req, "floor")),
                Optional.ofNullable(Params.text(req, "status")).map(StallRoutes::status),
                Optional.ofNullable(Params.text(req, "business_type")).map(StallRoutes::businessType));
        Page<Stall> page = queries.list(filter, Params.cursor(req, StallNo::of), Params.limit(req));
        Responses.ok(res, Responses.page(page, StallJson::of));
    }

    private void show(ServerRequest req, ServerResponse res) {
        StallNo no = stallNo(req.path().pathParameters().get("no"));
        Optional<Stall> stall = queries.find(no);
        Responses.ok(res, StallJson.of(stall.orElseThrow(() -> ApiException.notFound("no stall " + no))));
    }

    static StallNo stallNo(String raw) {
        return Params.id("stall", raw, StallNo::of);
    }

    private static BusinessType businessType(String raw) {
        try {
            return new BusinessType(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("business_type", e.getMessage());
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
