package org.mallcrm.adapters.http.web.console;

import static org.mallcrm.adapters.http.web.kit.Links.enc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mallcrm.adapters.http.common.Dates;
import org.mallcrm.adapters.http.web.kit.Refusals;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.Shell;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.lease.port.in.ExitUseCases;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.in.LeaseUseCases;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.lease.port.out.Leases;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.audit.AuditEntry;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.AllocationLine;
import org.mallcrm.domain.receipt.Receipt;
import org.mallcrm.domain.receipt.ReceiptAllocation;

/**
 * A lease's page in the console ({@code /leases/{no}}): its terms, its payment plan as of today and its receipts; finance
 * records a receipt there ({@code POST /leases/{no}/receipts}, the same use case as {@code receipts record}) and
 * sees how it was allocated (late fee first, then principal, oldest due first).
 */
public final class LeasePage implements WebPage {

    /** Ways money arrives, offered in the form; the use case stores whatever text it is given. */
    static final List<String> METHODS = List.of("TRANSFER", "CASH", "WECHAT", "ALIPAY");

    private final LeaseQueries leases;
    private final MerchantQueries merchants;
    private final ReceiptUseCases receipts;
    private final LeaseUseCases signing;
    private final ExitUseCases exits;
    private final AuditLog audit;

    public LeasePage(LeaseQueries leases, MerchantQueries merchants, ReceiptUseCases receipts, LeaseUseCases signing,
            ExitUseCases exits, AuditLog audit) {
        this.leases = leases;
        this.merchants = merchants;
        this.receipts = receipts;
        this.signing = signing;
        this.exits = exits;
        this.audit = audit;
    }

    /** The receipt form as typed (to show it again with its errors); {@code receiptNo} makes a double submit harmless. */
    public record ReceiptForm(String receiptNo, String amount, String on, String method) {
    }

    /** A receipt of the lease as listed under the plan. */
    public record ReceiptLine(String receiptNo, String receivedOn, String amount, String method) {
    }

    /** What the lease page shows: the lease, its receipts, the form (when the viewer may record) and a result. */
    public record Page(LeaseView lease, List<ReceiptLine> receipts, boolean canRecord, ReceiptForm form,
            List<String> methods, List<String> errors, String done, List<String> allocation, LeaseActions.Panel actions,
            String receiptHint) {

        public Page {
            receipts = List.copyOf(receipts);
            methods = List.copyOf(methods);
            errors = List.copyOf(errors);
            allocation = List.copyOf(allocation);
        }
    }

    @Override
    public List<WebRoute> routes() {
        List<WebRoute> routes = new ArrayList<>(List.of(WebRoute.get("/leases/{no}", Access.staff(), this::show),
                WebRoute.post("/leases/{no}/receipts", Access.staff(Capability.RECEIPTS), this::record)));
        routes.addAll(new LeaseActions(this, signing, exits, audit).routes());
        return routes;
    }

    /** The lease of that number, or 404; the apps call it with the merchant's own number only. */
    static LeaseRecord find(LeaseQueries leases, String no) {
        Optional<LeaseNo> n;
        try {
            n = Optional.of(LeaseNo.of(no));
        } catch (IllegalArgumentException e) {
            n = Optional.empty();
        }
        return n.flatMap(leases::find).orElseThrow(WebException::notFound);
    }

    public static LeaseView view(Viewer v, LeaseQueries leases, MerchantQueries merchants, LeaseRecord r) {
        var t = r.account().lease().terms();
        String name = merchants.find(t.merchantNo()).map(Merchant::name).orElse("");
        return LeaseView.of(v, r, name, leases.schedule(t.leaseNo(), null).orElseThrow(), leases.today());
    }

    private void show(WebExchange x) {
        LeaseRecord r = find(leases, x.pathParam("no"));
        Viewer v = x.viewer();
        String done = null;
        List<String> allocation = List.of();
        Optional<String> shown = x.query("receipt");
        if (shown.isPresent()) {
            Optional<Leases.StoredReceipt> s = receipts.find(shown.get())
                    .filter(sr -> sr.leaseNo().equals(r.account().lease().terms().leaseNo()));
            if (s.isPresent()) {
                done = v.t("receipt.done", s.get().receipt().receiptNo(), v.formats().money(s.get().receipt().amount()));
                allocation = allocation(v, s.get().allocation());
            }
        }
        if (done == null) {
            done = x.query("done").map(code -> LeaseActions.doneMessage(v, code, x.query("ref").orElse("")))
                    .orElse(null);
        }
        render(x, 200, r, freshForm(r), List.of(), done, allocation, LeaseActions.NO_FORM);
    }

    private ReceiptForm freshForm(LeaseRecord r) {
        String no = r.account().lease().terms().leaseNo().value();
        return new ReceiptForm("R-" + no + "-" + (r.account().receipts().size() + 1), "", leases.today().toString(),
                METHODS.get(0));
    }

    LeaseQueries leases() {
        return leases;
    }

    /** The lease page again with what a failed action form was given and why it was refused. */
    void renderAction(WebExchange x, int status, LeaseRecord r, LeaseActions.Submitted submitted) {
        render(x, status, r, freshForm(r), List.of(), null, List.of(), submitted);
    }

    private void render(WebExchange x, int status, LeaseRecord r, ReceiptForm form, List<String> errors, String done,
            List<String> allocation, LeaseActions.Submitted submitted) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        LeaseView view = view(v, leases, merchants, r);
        // an ended lease takes receipts only while it still owes
        boolean open = r.ending() == null || owesAfterEnd(r);
        List<ReceiptLine> lines = new ArrayList<>();
        for (Receipt rc : r.account().receipts()) {
            lines.add(new ReceiptLine(rc.receiptNo(), f.date(rc.receivedOn()), f.money(rc.amount()),
                    method(v, rc.method())));
        }
        x.page(status, "lease.jte", x.shell(v.t("lease.title", view.leaseNo()), "leases",
                List.of(new Shell.Crumb(v.t("menu.leases"), "/leases"), new Shell.Crumb(view.leaseNo(), null))),
                new Page(view, lines, v.may(Capability.RECEIPTS) && open, form, METHODS, errors, done, allocation,
                        LeaseActions.panel(v, r, exits, leases.today(), submitted),
                        v.may(Capability.RECEIPTS) ? "receipt.ended" : "receipt.not_allowed"));
    }

    private static String method(Viewer v, String method) {
        if (method == null || method.isBlank()) {
            return "";
        }
        return METHODS.contains(method) ? v.t("receipt.method." + method) : method;
    }

    private static List<String> allocation(Viewer v, ReceiptAllocation a) {
        List<String> out = new ArrayList<>();
        for (AllocationLine l : a.allocations()) {
            out.add(v.t("receipt.alloc." + l.kind().name(), l.seq(), v.formats().money(l.amount())));
        }
        if (a.credit().isPositive()) {
            out.add(v.t("receipt.credit", v.formats().money(a.credit())));
        }
        return out;
    }

    private void record(WebExchange x) {
        LeaseRecord r = find(leases, x.pathParam("no"));
        Viewer v = x.viewer();
        ReceiptForm form = new ReceiptForm(x.form().get("receipt_no").orElse(""), x.form().get("amount").orElse(""),
                x.form().get("on").orElse(""), x.form().get("method").orElse(""));
        List<String> errors = new ArrayList<>();
        Money amount = null;
        LocalDate on = null;
        // a bad field is named by its label, as the lease page's other forms name theirs
        String badAmount = v.t("lease.error.field", v.t("receipt.amount"), v.t("receipt.error.amount"));
        try {
            amount = Money.parse(form.amount());
            if (!amount.isPositive()) {
                errors.add(badAmount);
            }
        } catch (IllegalArgumentException e) {
            errors.add(badAmount);
        }
        on = Dates.parseOrNull(form.on());
        if (on == null) {
            errors.add(v.t("lease.error.field", v.t("receipt.on"), v.t("lease.error.date")));
        }
        if (errors.isEmpty()) {
            LeaseNo lease = r.account().lease().terms().leaseNo();
            Outcome<ReceiptAllocation> o = receipts.record(new ReceiptUseCases.RecordReceipt(lease, amount, on,
                    form.method().isEmpty() ? null : form.method(), form.receiptNo().isEmpty() ? null
                    : form.receiptNo()));
            switch (o) {
                case Outcome.Done<ReceiptAllocation> d -> {
                    ReceiptAllocation a = d.value();
                    audit.record(x.principal(), AuditEntry.Via.WEB, "receipt.record", lease.value(),
                            v.t("audit.receipt.record", a.receiptNo(), v.formats().money(a.amount()),
                                    v.formats().date(on)));
                    x.redirect("/leases/" + lease.value() + "?receipt=" + enc(a.receiptNo().toString()));
                    return;
                }
                case Outcome.Invalid<ReceiptAllocation> i -> errors.addAll(Refusals.invalid(v, i));
                case Outcome.Refused<ReceiptAllocation> rf -> errors.add(Refusals.refused(v, "receipt.submit", rf));
                case Outcome.NotFound<ReceiptAllocation> n -> errors.add(Refusals.notFound(v, n));
            }
        }
        render(x, 422, r, form, errors, null, List.of(), LeaseActions.NO_FORM);
    }

    /** An ended lease takes receipts only while it still owes (what its arrears and late fees come to). */
    private boolean owesAfterEnd(LeaseRecord r) {
        return leases.schedule(r.account().lease().leaseNo(), null).map(s -> s.installments().stream()
                .anyMatch(i -> i.outstanding().isPositive() || i.lateFee().isPositive())).orElse(false);
    }
}
