package org.mallcrm.adapters.http.lease;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Caller;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * The merchant app's own view: {@code /api/v1/me/leases} (its leases, one by number, its schedule) and
 * {@code /api/v1/me/bills} ({@code ?as_of=}: every installment with outstanding and late fee, paged). A merchant only
 * ever sees its own: another merchant's lease is 404.
 */
public final class MyLeaseRoutes {

    private final LeaseQueries queries;

    public MyLeaseRoutes(LeaseQueries queries) {
        this.queries = queries;
    }

    /** {@code /api/v1/me/leases}. */
    public HttpService leases() {
        return rules -> rules.get("/", this::list).get("/{no}", this::show).get("/{no}/schedule", this::schedule);
    }

    /** {@code /api/v1/me/bills}. */
    public HttpService bills() {
        return rules -> rules.get("/", this::bills);
    }

    private void list(ServerRequest req, ServerResponse res) {
        MerchantNo me = Caller.merchant(req);
        Page<LeaseRecord> page = queries.list(me, Params.cursor(req, LeaseNo::of), Params.limit(req));
        LocalDate today = queries.today();
        Responses.ok(res, Responses.page(page, r -> LeaseJson.of(r, today)));
    }

    private LeaseRecord mine(ServerRequest req) {
        MerchantNo me = Caller.merchant(req);
        String raw = Params.path(req, "no");
        return queries.find(Params.id("lease", raw, LeaseNo::of))
                .filter(r -> r.account().lease().merchantNo().equals(me))
                .orElseThrow(() -> ApiException.notFound("no lease " + Problems.quote(raw)));
    }

    private void show(ServerRequest req, ServerResponse res) {
        Responses.ok(res, LeaseJson.of(mine(req), queries.today()));
    }

    private void schedule(ServerRequest req, ServerResponse res) {
        LeaseRecord r = mine(req);
        LocalDate asOf = Params.date(req, "as_of");
        LocalDate day = asOf == null ? queries.today() : asOf;
        Responses.ok(res, ScheduleJson.of(queries.schedule(r.account().lease().leaseNo(), day).orElseThrow(), day));
    }

    private void bills(ServerRequest req, ServerResponse res) {
        MerchantNo me = Caller.merchant(req);
        Responses.ok(res, Responses.page(req, queries.bills(me, Params.date(req, "as_of")), BillJson::of));
    }
}
