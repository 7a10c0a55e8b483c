package org.mallcrm.adapters.http.web.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.adapters.http.common.Dates;
import org.mallcrm.adapters.http.web.console.DetailView.Fact;
import org.mallcrm.adapters.http.web.kit.Refusals;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.lease.port.in.AmendmentSpec;
import org.mallcrm.application.lease.port.in.ExitUseCases;
import org.mallcrm.application.lease.port.in.LeaseUseCases;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.audit.AuditEntry;
import org.mallcrm.domain.common.Limits;
import org.mallcrm.domain.deposit.SecurityDeposit;
import org.mallcrm.domain.exit.ExitRequest;
import org.mallcrm.domain.exit.ExitStatus;
import org.mallcrm.domain.exit.ExitType;
import org.mallcrm.domain.exit.Initiator;
import org.mallcrm.domain.exit.SettlementStatement;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.money.Money;

/**
 * What staff do to a lease from its page, over the same use cases as the command line: 招商部 amends it (free
 * extension, rent-free months, a new price: {@code leases amend}), 财务部 records security deposit received
 * ({@code leases deposit}), and an exit goes request → approve → settle (or withdraw) with its settlement statement
 * ({@code exits request|approve|settle|withdraw}). Each form posts to its own address; a refusal shows the lease page
 * again with the form as typed and the reason, in words.
 */
public final class LeaseActions {

    /** No form was submitted. */
    static final Submitted NO_FORM = new Submitted("", Map.of(), List.of());


    private final LeasePage page;
    private final LeaseUseCases signing;
    private final ExitUseCases exits;
    private final AuditLog audit;

    LeaseActions(LeasePage page, LeaseUseCases signing, ExitUseCases exits, AuditLog audit) {
        this.page = page;
        this.signing = signing;
        this.exits = exits;
        this.audit = audit;
    }

    /** A form as submitted: which one, its fields as typed, and why it was refused. */
    public record Submitted(String form, Map<String, String> fields, List<String> errors) {

        public String field(String name) {
            return fields.getOrDefault(name, "");
        }

        public boolean is(String code) {
            return form.equals(code);
        }
    }

    /** The lease's exit request, with the steps the viewer may take on it and, once settled, its statement. */
    public record ExitLine(String exitNo, String type, String status, String statusCode, String exitOn, String reason,
            boolean canApprove, boolean canWithdraw, boolean canSettle, List<Fact> statement) {
    }

    /** The actions panel under the lease. */
    public record Panel(boolean ended, List<Fact> deposit, boolean canDeposit, boolean canAmend, boolean canRequestExit,
            Optional<ExitLine> exit, Submitted submitted, List<String> exitTypes, List<String> initiators,
            List<String> changeTypes, String today) {
    }

    List<WebRoute> routes() {
        return List.of(
                WebRoute.post("/leases/{no}/amendments", Access.staff(Capability.LEASES), this::amend),
                WebRoute.post("/leases/{no}/deposit", Access.staff(Capability.RECEIPTS), this::deposit),
                WebRoute.post("/leases/{no}/exits", Access.staff(Capability.EXITS), this::requestExit),
                WebRoute.post("/exits/{exitNo}/approve", Access.staff(Capability.EXITS), x -> step(x, "approve")),
                WebRoute.post("/exits/{exitNo}/withdraw", Access.staff(Capability.EXITS), x -> step(x, "withdraw")),
                WebRoute.post("/exits/{exitNo}/settle", Access.staff(Capability.EXITS), x -> step(x, "settle")));
    }

    static String doneMessage(Viewer v, String code, String ref) {
        return switch (code) {
            case "amended", "deposit", "exit.requested", "exit.approved", "exit.withdrawn", "exit.settled" ->
                    v.t("lease.done." + code, ref);
            default -> null;
        };
    }

    static Panel panel(Viewer v, LeaseRecord r, ExitUseCases exits, LocalDate today, Submitted submitted) {
        Formats f = v.formats();
        SecurityDeposit d = r.deposit();
        List<Fact> deposit = List.of(Fact.of("deposit_agreed", v.t("lease.deposit.agreed"), f.money(d.agreed())),
                Fact.of("deposit_received", v.t("lease.deposit.received"), f.money(d.received())),
                Fact.of("deposit_held", v.t("lease.deposit.held"), f.money(d.held())),
                Fact.of("deposit_outstanding", v.t("lease.deposit.outstanding"), f.money(d.outstanding())));
        boolean ended = r.ending() != null;
        Optional<ExitLine> exit = latestExit(exits, r.account().lease().leaseNo())
                .map(e -> exitLine(v, e, !ended));
        boolean open = exit.map(e -> e.statusCode().equals("REQUESTED") || e.statusCode().equals("APPROVED"))
                .orElse(false);
        return new Panel(ended, deposit, !ended && !d.settled() && d.outstanding().isPositive()
                && v.may(Capability.RECEIPTS), !ended && v.may(Capability.LEASES),
                !ended && !open && v.may(Capability.EXITS), exit, submitted,
                List.of("SURRENDER", "RELOCATION", "SUBLET", "ASSIGNMENT"), List.of("MERCHANT", "MALL"),
                List.of("FREE_EXTENSION", "RENT_FREE_MONTHS", "PRICE_CHANGE"), today.toString());
    }

    private static Optional<ExitRequest> latestExit(ExitUseCases exits, LeaseNo lease) {
        List<ExitRequest> ofLease = exits.ofLease(lease);
        return ofLease.isEmpty() ? Optional.empty() : Optional.of(ofLease.get(ofLease.size() - 1));
    }

    private static ExitLine exitLine(Viewer v, ExitRequest e, boolean live) {
        Formats f = v.formats();
        List<Fact> statement = new ArrayList<>();
        SettlementStatement s = e.settlement();
        if (s != null) {
            statement.add(Fact.of("s_deposit_held", v.t("exit.s.deposit_held"), f.money(s.depositHeld())));
            statement.add(Fact.of("s_credit", v.t("exit.s.credit"), f.money(s.credit())));
            statement.add(Fact.of("s_arrears", v.t("exit.s.arrears"), f.money(s.arrears())));
            statement.add(Fact.of("s_late_fees", v.t("exit.s.late_fees"), f.money(s.lateFees())));
            statement.add(Fact.of("s_damages", v.t("exit.s.damages"), f.money(s.damages())));
            statement.add(Fact.of("s_deposit_applied", v.t("exit.s.deposit_applied"), f.money(s.depositApplied())));
            statement.add(Fact.of("s_refund", v.t("exit.s.refund"), f.money(s.refund())));
            statement.add(Fact.of("s_owed", v.t("exit.s.owed"), f.money(s.amountOwed())));
        }
        boolean may = v.may(Capability.EXITS) && live;
        return new ExitLine(e.exitNo(), v.t("exit.type." + e.type().name()), v.t("exit.status." + e.status().name()),
                e.status().name(), f.date(e.exitOn()), e.reason(), may && e.status() == ExitStatus.REQUESTED,
                may && (e.status() == ExitStatus.REQUESTED || e.status() == ExitStatus.APPROVED),
                may && e.status() == ExitStatus.APPROVED, statement);
    }

    // ---- the forms ----

    private static Map<String, String> fields(WebExchange x, String... names) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String n : names) {
            m.put(n, x.form().get(n).orElse("").strip());
        }
        return m;
    }

    private LeaseRecord lease(WebExchange x) {
        return LeasePage.find(page.leases(), x.pathParam("no"));
    }

    private void refused(WebExchange x, int status, LeaseRecord r, String form, Map<String, String> fields,
            List<String> errors) {
        page.renderAction(x, status, r, new Submitted(form, fields, errors));
    }

    private static void done(WebExchange x, LeaseRecord r, String code, String ref) {
        x.redirect("/leases/" + r.account().lease().leaseNo().value() + "?done=" + code + "&ref="
                + java.net.URLEncoder.encode(ref, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Why the use case did not do it, in the page's language ({@code action}: the label key of the step). */
    private static <T> List<String> reasons(Viewer v, String action, Outcome<T> o) {
        return Refusals.of(v, action, o);
    }

    private static int status(Outcome<?> o) {
        return o instanceof Outcome.Refused<?> ? 409 : o instanceof Outcome.NotFound<?> ? 404 : 422;
    }

    private void amend(WebExchange x) {
        LeaseRecord r = lease(x);
        Viewer v = x.viewer();
        Map<String, String> in = fields(x, "effective_on", "type", "from", "months", "rent_per_m2", "note");
        List<String> errors = new ArrayList<>();
        Integer months = null;
        // a free extension and a rent-free period count 1 to Limits.MAX_MONTHS months, as the use case reads them
        boolean counted = List.of("FREE_EXTENSION", "RENT_FREE_MONTHS").contains(in.get("type"));
        String monthsRange = v.t("lease.error.field", v.t("lease.amend.months"), v.t("lease.error.months",
                Limits.MAX_MONTHS));
        if (!in.get("months").isEmpty()) {
            if (!in.get("months").matches("-?\\d+")) {
                errors.add(v.t("lease.error.field", v.t("lease.amend.months"), v.t("lease.error.whole_number")));
            } else if (in.get("months").length() > 9) {
                errors.add(monthsRange);
            } else {
                months = Integer.valueOf(in.get("months"));
                if (counted && (months < 1 || months > Limits.MAX_MONTHS)) {
                    errors.add(monthsRange);
                }
            }
        } else if (counted) {
            errors.add(monthsRange);
        }
        if (!List.of("FREE_EXTENSION", "RENT_FREE_MONTHS", "PRICE_CHANGE").contains(in.get("type"))) {
            errors.add(v.t("lease.error.field", v.t("lease.amend.type"), v.t("lease.error.choose")));
        }
        if (errors.isEmpty()) {
            AmendmentSpec spec = new AmendmentSpec(null, in.get("effective_on"), in.get("note").isEmpty() ? null
                    : in.get("note"), List.of(new AmendmentSpec.Change(in.get("type"),
                    in.get("from").isEmpty() ? null : in.get("from"), months,
                    in.get("rent_per_m2").isEmpty() ? null : in.get("rent_per_m2"))));
            Outcome<LeaseUseCases.Amended> o = signing.amend(r.account().lease().leaseNo(), spec);
            if (o instanceof Outcome.Done<LeaseUseCases.Amended> d) {
                String version = String.valueOf(d.value().lease().account().lease().version());
                audit.record(x.principal(), AuditEntry.Via.WEB, "lease.amend", r.account().lease().leaseNo().value(),
                        v.t("audit.lease.amend", version, v.t("lease.amend.type." + in.get("type"))));
                done(x, r, "amended", version);
                return;
            }
            refused(x, status(o), r, "amend", in, reasons(v, "lease.amend.submit", o));
            return;
        }
        refused(x, 422, r, "amend", in, errors);
    }

    private void deposit(WebExchange x) {
        LeaseRecord r = lease(x);
        Viewer v = x.viewer();
        Map<String, String> in = fields(x, "amount");
        Money amount;
        try {
            amount = Money.parse(in.get("amount"));
        } catch (IllegalArgumentException e) {
            refused(x, 422, r, "deposit", in, List.of(v.t("lease.error.field", v.t("lease.deposit.amount"),
                    v.t("lease.error.money"))));
            return;
        }
        Outcome<LeaseRecord> o = signing.receiveDeposit(r.account().lease().leaseNo(), amount);
        if (o instanceof Outcome.Done<LeaseRecord>) {
            audit.record(x.principal(), AuditEntry.Via.WEB, "lease.deposit", r.account().lease().leaseNo().value(),
                    v.t("audit.lease.deposit", v.formats().money(amount)));
            done(x, r, "deposit", v.formats().money(amount));
            return;
        }
        refused(x, status(o), r, "deposit", in, reasons(v, "lease.deposit.submit", o));
    }

    private void requestExit(WebExchange x) {
        LeaseRecord r = lease(x);
        Viewer v = x.viewer();
        Map<String, String> in = fields(x, "type", "initiator", "exit_on", "reason");
        List<String> errors = new ArrayList<>();
        ExitType type = null;
        Initiator initiator = null;
        LocalDate exitOn = null;
        try {
            type = ExitType.valueOf(in.get("type"));
        } catch (IllegalArgumentException e) {
            errors.add(v.t("lease.error.field", v.t("exit.type"), v.t("lease.error.choose")));
        }
        try {
            initiator = Initiator.valueOf(in.get("initiator"));
        } catch (IllegalArgumentException e) {
            errors.add(v.t("lease.error.field", v.t("exit.initiator"), v.t("lease.error.choose")));
        }
        exitOn = Dates.parseOrNull(in.get("exit_on"));
        if (exitOn == null) {
            errors.add(v.t("lease.error.field", v.t("exit.exit_on"), v.t("lease.error.date")));
        }
        if (!errors.isEmpty()) {
            refused(x, 422, r, "exit", in, errors);
            return;
        }
        Outcome<ExitRequest> o = exits.request(new ExitUseCases.Request(r.account().lease().leaseNo(), type,
                initiator, null, exitOn, in.get("reason"), null));
        if (o instanceof Outcome.Done<ExitRequest> d) {
            audit.record(x.principal(), AuditEntry.Via.WEB, "exit.request", d.value().exitNo(),
                    v.t("audit.exit.request", r.account().lease().leaseNo().value(), v.formats().date(exitOn)));
            done(x, r, "exit.requested", d.value().exitNo());
            return;
        }
        refused(x, status(o), r, "exit", in, reasons(v, "exit.request.submit", o));
    }

    private void step(WebExchange x, String step) {
        String no = x.pathParam("exitNo");
        ExitRequest e = exits.find(no).orElseThrow(WebException::notFound);
        LeaseRecord r = LeasePage.find(page.leases(), e.leaseNo().value());
        Viewer v = x.viewer();
        Map<String, String> in = fields(x, "damages");
        Outcome<ExitRequest> o;
        switch (step) {
            case "approve" -> o = exits.approve(no);
            case "withdraw" -> o = exits.withdraw(no);
            default -> {
                Money damages;
                try {
                    damages = in.get("damages").isEmpty() ? Money.ZERO : Money.parse(in.get("damages"));
                } catch (IllegalArgumentException ex) {
                    refused(x, 422, r, "settle", in, List.of(v.t("lease.error.field", v.t("exit.s.damages"),
                            v.t("lease.error.money"))));
                    return;
                }
                o = exits.settle(no, damages);
            }
        }
        if (o instanceof Outcome.Done<ExitRequest> d) {
            String done = switch (step) {
                case "approve" -> "exit.approved";
                case "withdraw" -> "exit.withdrawn";
                default -> "exit.settled";
            };
            audit.record(x.principal(), AuditEntry.Via.WEB, "exit." + step, no, v.t("audit.exit." + step,
                    e.leaseNo().value()));
            done(x, r, done, no);
            return;
        }
        refused(x, status(o), r, "settle", in, reasons(v, "exit." + step, o));
    }
}
