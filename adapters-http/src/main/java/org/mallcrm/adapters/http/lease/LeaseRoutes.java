package org.mallcrm.adapters.http.lease;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Authenticator;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.common.Writes;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.AmendmentSpec;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.LeaseUseCases;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * {@code /api/v1/leases} for staff: list ({@code ?merchant=}), sign ({@code POST}, a lease spec), show, schedule
 * ({@code ?as_of=}) and amend ({@code POST /{no}/amendments}, an amendment).
 */
public final class LeaseRoutes implements HttpService {

    private final LeaseUseCases leases;
    private final LeaseQueries queries;
    private final Authenticator auth;
    private final Writes writes;

    public LeaseRoutes(LeaseUseCases leases, LeaseQueries queries, Authenticator auth, Writes writes) {
        this.leases = leases;
        this.queries = queries;
        this.auth = auth;
        this.writes = writes;
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
        auth.require(req, Role.STAFF);
        MerchantNo merchant = req.query().first("merchant").asOptional().filter(s -> !s.isBlank())
                .map(s -> Writes.id("merchant", s, MerchantNo::of)).orElse(null);
        Page<LeaseRecord> page = queries.list(merchant, Responses.cursor(req), Responses.limit(req));
        LocalDate today = queries.today();
        Responses.ok(res, new Responses.PageJson<>(page.items().stream().map(r -> LeaseJson.of(r, today)).toList(),
                Responses.encodeCursor(page.nextCursor())));
    }

    private void create(ServerRequest req, ServerResponse res) {
        Principal p = auth.require(req, Role.STAFF);
        byte[] body = Writes.bytes(req);
        writes.write(req, res, p, body, () -> {
            LeaseSpec spec = Writes.parse(body, LeaseSpec.class);
            LeaseUseCases.Signing signed = Writes.value(leases.sign(spec));
            return new Writes.Reply(201, LeaseJson.of(signed.lease(), queries.today(), signed.relocation()));
        });
    }

    private void show(ServerRequest req, ServerResponse res) {
        auth.require(req, Role.STAFF);
        Responses.ok(res, LeaseJson.of(find(req), queries.today()));
    }

    private LeaseRecord find(ServerRequest req) {
        String raw = req.path().pathParameters().get("no");
        return queries.find(Writes.id("lease", raw, LeaseNo::of))
                .orElseThrow(() -> ApiException.notFound("no lease " + raw));
    }

    private void schedule(ServerRequest req, ServerResponse res) {
        auth.require(req, Role.STAFF);
        LeaseRecord r = find(req);
        LocalDate asOf = Writes.queryDate(req, "as_of");
        LocalDate day = asOf == null ? queries.today() : asOf;
        Responses.ok(res, ScheduleJson.of(queries.schedule(r.account().lease().leaseNo(), day).orElseThrow(), day));
    }

    private void amend(ServerRequest req, ServerResponse res) {
        Principal p = auth.require(req, Role.STAFF);
        LeaseRecord r = find(req);
        byte[] body = Writes.bytes(req);
        writes.write(req, res, p, body, () -> {
            AmendmentSpec spec = Writes.parse(body, AmendmentSpec.class);
            LeaseUseCases.Amended a = Writes.value(leases.amend(r.account().lease().leaseNo(), spec));
            return new Writes.Reply(201, AmendmentJson.of(r.account().lease().leaseNo().value(), a.report()));
        });
    }

    /** {@code {amount}}. */
    public record DepositRequest(String amount) {
    }

    private void deposit(ServerRequest req, ServerResponse res) {
        Principal p = auth.require(req, Role.STAFF);
        LeaseRecord r = find(req);
        byte[] body = Writes.bytes(req);
        writes.write(req, res, p, body, () -> {
            DepositRequest d = Writes.parse(body, DepositRequest.class);
            LeaseRecord after = Writes.value(leases.receiveDeposit(r.account().lease().leaseNo(),
                    Writes.money("amount", d.amount(), true)));
            return new Writes.Reply(200, LeaseJson.of(after, queries.today()));
        });
    }
}
