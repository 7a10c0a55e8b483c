package org.mallcrm.adapters.http.lease;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.AmendmentSpec;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.LeaseUseCases;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * {@code /api/v1/leases} for staff: list ({@code ?merchant=}), sign ({@code POST}, a lease spec), show, schedule
 * ({@code ?as_of=}) and amend ({@code POST /{no}/amendments}, an amendment).
 */
public final class LeaseRoutes implements HttpService {

    private final LeaseUseCases leases;
    private final LeaseQueries queries;

    public LeaseRoutes(LeaseUseCases leases, LeaseQueries queries) {
        this.leases = leases;
        this.queries = queries;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/", this::create)
                .get("/{no}", this::show)
                .get("/{no}/schedule", this::schedule)
                .post("/{no}/amendments", this::amend)
                .post("/{no}/deposit", this::deposit);
    }

    private void list(ServerRequest req, ServerResponse res) {
        String m = Params.text(req, "merchant");
        MerchantNo merchant = m == null ? null : Params.id("merchant", m, MerchantNo::of);
        Page<LeaseRecord> page = queries.list(merchant, Params.cursor(req, LeaseNo::of), Params.limit(req));
        LocalDate today = queries.today();
        Responses.ok(res, Responses.page(page, r -> LeaseJson.of(r, today)));
    }

    private void create(ServerRequest req, ServerResponse res) {
        LeaseSpec spec = Bodies.read(req, LeaseSpec.class);
        LeaseUseCases.Signing signed = Problems.value(leases.sign(spec));
        Responses.created(res, LeaseJson.of(signed.lease(), queries.today(), signed.relocation()));
    }

    private void show(ServerRequest req, ServerResponse res) {
        Responses.ok(res, LeaseJson.of(find(req), queries.today()));
    }

    private LeaseRecord find(ServerRequest req) {
        String raw = Params.path(req, "no");
        return queries.find(Params.id("lease", raw, LeaseNo::of))
                .orElseThrow(() -> ApiException.notFound("no lease " + Problems.quote(raw)));
    }

    private void schedule(ServerRequest req, ServerResponse res) {
        LeaseRecord r = find(req);
        LocalDate asOf = Params.date(req, "as_of");
        LocalDate day = asOf == null ? queries.today() : asOf;
        Responses.ok(res, ScheduleJson.of(queries.schedule(r.account().lease().leaseNo(), day).orElseThrow(), day));
    }

    private void amend(ServerRequest req, ServerResponse res) {
        LeaseRecord r = find(req);
        AmendmentSpec spec = Bodies.read(req, AmendmentSpec.class);
        LeaseUseCases.Amended a = Problems.value(leases.amend(r.account().lease().leaseNo(), spec));
        Responses.created(res, AmendmentJson.of(r.account().lease().leaseNo().value(), a.report()));
    }

    /** {@code {amount}}. */
    public record DepositRequest(String amount) {
    }

    private void deposit(ServerRequest req, ServerResponse res) {
        LeaseRecord r = find(req);
        DepositRequest d = Bodies.read(req, DepositRequest.class);
        LeaseRecord after = Problems.value(leases.receiveDeposit(r.account().lease().leaseNo(),
                Params.money("amount", d.amount(), true)));
        Responses.ok(res, LeaseJson.of(after, queries.today()));
    }
}
