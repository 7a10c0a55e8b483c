package org.mallcrm.adapters.http.lease;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.Dates;
import org.mallcrm.adapters.http.common.FieldReads;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.receipt.Receipt;
import org.mallcrm.domain.receipt.ReceiptAllocation;

/**
 * {@code /api/v1/receipts} ({@code GET}: the receipts recorded, {@code ?lease_no=}, paged; {@code POST}: record a
 * receipt, reply its allocation; {@code GET /{no}}: one with its allocation) and {@code /api/v1/reminders}
 * ({@code GET ?as_of=&within=}, paged), for staff.
 */
public final class ReceiptRoutes implements HttpService {

    /** {@code {lease_no, amount, received_on, method, receipt_no}}. */
    public record ReceiptRequest(String leaseNo, String amount, String receivedOn, String method, String receiptNo) {
    }

    /** A receipt in a list: {@code {receipt_no, lease_no, received_on, method, amount}}. */
    public record ReceiptSummaryJson(String receiptNo, String leaseNo, LocalDate receivedOn, String method,
            String amount) {

        static ReceiptSummaryJson of(Receipt r) {
            return new ReceiptSummaryJson(r.receiptNo(), r.leaseNo().value(), r.receivedOn(), r.method(),
                    r.amount().toString());
        }
    }

    private final ReceiptUseCases receipts;
    private final LeaseQueries queries;

    public ReceiptRoutes(ReceiptUseCases receipts, LeaseQueries queries) {
        this.receipts = receipts;
        this.queries = queries;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list).post("/", this::record).get("/{no}", this::show);
    }

    private void list(ServerRequest req, ServerResponse res) {
        String lease = Params.text(req, "lease_no");
        LeaseNo leaseNo = lease == null ? null : Params.id("lease", lease, LeaseNo::of);
        Responses.ok(res, Responses.page(receipts.list(leaseNo, Params.cursor(req), Params.limit(req)),
                ReceiptSummaryJson::of));
    }

    private void record(ServerRequest req, ServerResponse res) {
        FieldReads fields = new FieldReads();
        ReceiptRequest r = Bodies.read(req, ReceiptRequest.class, fields);
        LeaseNo lease = fields.read(() -> Params.id("lease", Params.required("lease_no", r.leaseNo()), LeaseNo::of));
        var amount = fields.read(() -> Params.money("amount", r.amount(), true));
        var on = fields.read(() -> Dates.parse("received_on", r.receivedOn(), true));
        fields.check();
        ReceiptAllocation a = Problems.value(receipts.record(new ReceiptUseCases.RecordReceipt(lease, amount, on,
                r.method(), r.receiptNo())));
        Responses.created(res, AllocationJson.of(a));
    }

    private void show(ServerRequest req, ServerResponse res) {
        String no = Params.path(req, "no");
        var stored = receipts.find(no).orElseThrow(() -> ApiException.notFound("no receipt " + Problems.quote(no)));
        Responses.ok(res, ReceiptJson.of(stored));
    }

    /** {@code GET /api/v1/reminders}. */
    public void reminders(ServerRequest req, ServerResponse res) {
        Integer within = Params.whole(req, "within", 0, 3660);
        Responses.ok(res, Responses.page(req, queries.reminders(Params.date(req, "as_of"), within),
                ReminderJson::of));
    }
}
