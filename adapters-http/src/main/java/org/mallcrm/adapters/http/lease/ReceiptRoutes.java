package org.mallcrm.adapters.http.lease;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.mallcrm.adapters.http.common.Authenticator;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.common.Writes;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.receipt.ReceiptAllocation;

/**
 * {@code /api/v1/receipts} ({@code POST}: record a receipt, reply its allocation) and {@code /api/v1/reminders}
 * ({@code GET ?as_of=&within=}), for staff.
 */
public final class ReceiptRoutes implements HttpService {

    /** {@code {lease_no, amount, received_on, method, receipt_no}}. */
    public record ReceiptRequest(String leaseNo, String amount, String receivedOn, String method, String receiptNo) {
    }

    private final ReceiptUseCases receipts;
    private final LeaseQueries queries;
    private final Authenticator auth;
    private final Writes writes;

    public ReceiptRoutes(ReceiptUseCases receipts, LeaseQueries queries, Authenticator auth, Writes writes) {
        this.receipts = receipts;
        this.queries = queries;
        this.auth = auth;
        this.writes = writes;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::record).get("/{no}", this::show);
    }

    private void record(ServerRequest req, ServerResponse res) {
        Principal p = auth.require(req, Role.STAFF);
        byte[] body = Writes.bytes(req);
        writes.write(req, res, p, body, () -> {
            ReceiptRequest r = Writes.parse(body, ReceiptRequest.class);
            if (r.leaseNo() == null || r.leaseNo().isBlank()) {
                throw org.mallcrm.adapters.http.common.ApiException.badParameter("lease_no", "is required");
            }
            ReceiptAllocation a = Writes.value(receipts.record(new ReceiptUseCases.RecordReceipt(
                    Writes.id("lease", r.leaseNo(), LeaseNo::of), Writes.money("amount", r.amount(), true),
                    Writes.date("received_on", r.receivedOn(), true), r.method(), r.receiptNo())));
            return new Writes.Reply(201, AllocationJson.of(a));
        });
    }

    private void show(ServerRequest req, ServerResponse res) {
        auth.require(req, Role.STAFF);
        String no = req.path().pathParameters().get("no");
        var stored = receipts.find(no).orElseThrow(() -> org.mallcrm.adapters.http.common.ApiException.notFound(
                "no receipt " + no));
        Responses.ok(res, ReceiptJson.of(stored));
    }

    /** {@code GET /api/v1/reminders}. */
    public void reminders(ServerRequest req, ServerResponse res) {
        auth.require(req, Role.STAFF);
        Integer within = null;
        var w = req.query().first("within");
        if (w.isPresent()) {
            try {
                within = Integer.parseInt(w.get());
            } catch (NumberFormatException e) {
                throw org.mallcrm.adapters.http.common.ApiException.badParameter("within", "must be a whole number");
            }
            if (within < 0) {
                throw org.mallcrm.adapters.http.common.ApiException.badParameter("within", "cannot be negative");
            }
        }
        Responses.ok(res, queries.reminders(Writes.queryDate(req, "as_of"), within).stream().map(ReminderJson::of)
                .toList());
    }
}
