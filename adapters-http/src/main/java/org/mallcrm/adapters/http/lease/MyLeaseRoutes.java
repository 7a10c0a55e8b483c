package org.mallcrm.adapters.http.lease;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Authenticator;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.common.Writes;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * The merchant app's own view: {@code /api/v1/me/leases} (its leases, one by number, its schedule) and
 * {@code /api/v1/me/bills} ({@code ?as_of=}: every installment with outstanding and late fee). A merchant only ever
 * sees its own: another merchant's lease is 404.
 */
public final class MyLeaseRoutes {

    private final LeaseQueries queries;
    private final Authenticator auth;

    public MyLeaseRoutes(LeaseQueries queries, Authenticator auth) {
        this.queries = queries;
        this.auth = auth;
    }

    private MerchantNo merchant(ServerRequest req) {
        Principal p = auth.require(req, Role.MERCHANT);
        return MerchantNo.of(p.subject().orElseThrow());
    }

    /** {@code /api/v1/me/leases}. */
    public HttpService leases() {
        return new HttpService() {
            @Override
            public void routing(HttpRules rules) {
                rules.get("/", MyLeaseRoutes.this::list).get("/{no}", MyLeaseRoutes.this::show)
                        .get("/{no}/schedule", MyLeaseRoutes.this::schedule);
            }
        };
    }

    /** {@code /api/v1/me/bills}. */
    public HttpService bills() {
        return new HttpService() {
            @Override
            public void routing(HttpRules rules) {
                rules.get("/", MyLeaseRoutes.this::bills);
            }
        };
    }

    private void list(ServerRequest req, ServerResponse res) {
        MerchantNo me = merchant(req);
        Page<LeaseRecord> page = queries.list(me, Responses.cursor(req), Responses.limit(req));
        LocalDate today = queries.today();
        Responses.ok(res, new Responses.PageJson<>(page.items().stream().map(r -> LeaseJson.of(r, today)).toList(),
                Responses.encodeCursor(page.nextCursor())));
    }

    private LeaseRecord mine(ServerRequest req) {
        MerchantNo me = merchant(req);
        String raw = req.path().pathParameters().get("no");
        return queries.find(Writes.id("lease", raw, LeaseNo::of))
                .filter(r -> r.account().lease().merchantNo().equals(me))
                .orElseThrow(() -> ApiException.notFound("no lease " + raw));
    }

    private void show(ServerRequest req, ServerResponse res) {
        Responses.ok(res, LeaseJson.of(mine(req), queries.today()));
    }

    private void schedule(ServerRequest req, ServerResponse res) {
        LeaseRecord r = mine(req);
        LocalDate asOf = Writes.queryDate(req, "as_of");
        LocalDate day = asOf == null ? queries.today() : asOf;
        Responses.ok(res, ScheduleJson.of(queries.schedule(r.account().lease().leaseNo(), day).orElseThrow(), day));
    }

    private void bills(ServerRequest req, ServerResponse res) {
        MerchantNo me = merchant(req);
        List<BillJson> bills = new ArrayList<>();
        queries.bills(me, Writes.queryDate(req, "as_of")).forEach(b -> bills.add(BillJson.of(b)));
        Responses.ok(res, bills);
    }
}
