package org.mallcrm.adapters.http.web.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mallcrm.adapters.http.web.console.TableView.Cell;
import org.mallcrm.adapters.http.web.console.TableView.Chip;
import org.mallcrm.adapters.http.web.console.TableView.Column;
import org.mallcrm.adapters.http.web.console.TableView.Filter;
import org.mallcrm.adapters.http.web.console.TableView.Row;
import org.mallcrm.adapters.http.web.kit.Refusals;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.MenuEntry;
import org.mallcrm.adapters.http.web.kit.Shell;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.request.port.in.MerchantRequestUseCases;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.audit.AuditEntry;
import org.mallcrm.domain.request.RepairRequest;
import org.mallcrm.domain.request.RequestNo;

/**
 * The requests inbox of the console (商服部): merchants' repair requests by status ({@code /requests}), one request
 * with its trail ({@code /requests/{no}}), and the steps staff take on it: assign someone, then resolve it, over the
 * same use cases as {@code requests assign|resolve} and the API.
 */
public final class RequestPages implements WebPage {

    private final MerchantRequestUseCases requests;
    private final AuditLog audit;

    public RequestPages(MerchantRequestUseCases requests, AuditLog audit) {
        this.requests = requests;
        this.audit = audit;
    }

    @Override
    public List<WebRoute> routes() {
        List<WebRoute> routes = new ArrayList<>(ListRoutes.of("/requests", Access.staff(), this::list));
        routes.addAll(List.of(
                WebRoute.get("/requests/{no}", Access.staff(), this::show),
                WebRoute.post("/requests/{no}/assign", Access.staff(Capability.REQUESTS), this::assign),
                WebRoute.post("/requests/{no}/resolve", Access.staff(Capability.REQUESTS), this::resolve)));
        return List.copyOf(routes);
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("requests", "/requests", "menu.requests", "menu.group.service", 45,
                Access.staff()));
    }

    private Listing list(WebExchange x) {
        Viewer v = x.viewer();
        Optional<RepairRequest.Status> status;
        try {
            status = x.query("status").map(RepairRequest.Status::valueOf);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("error.400.parameter", "status");
        }
        List<RepairRequest> all = requests.repairs(null, status.map(Enum::name).orElse(null));
        List<Row> rows = new ArrayList<>();
        for (RepairRequest r : all) {
            rows.add(new Row(List.of(Cell.link(r.no().value(), "/requests/" + r.no().value()),
                    Cell.of(r.merchant().value()), Cell.of(r.stall().value()), Cell.of(r.category()),
                    Cell.of(v.t("repair.urgency." + r.urgency().name())),
                    Cell.of(v.t("repair.status." + r.status().name())),
                    Cell.of(r.assignee() == null ? "" : r.assignee().value()))));
        }
        List<Chip> chips = new ArrayList<>();
        chips.add(new Chip(v.t("list.all"), "/requests", status.isEmpty()));
        for (RepairRequest.Status s : RepairRequest.Status.values()) {
            chips.add(new Chip(v.t("repair.status." + s.name()), "/requests?status=" + s.name(),
                    status.map(s::equals).orElse(false)));
        }
        return new Listing(v.t("requests.title"), "requests", List.of(), List.of(new Filter(v.t("col.status"), chips)),
                List.of(new Column(v.t("col.request_no"), false), new Column(v.t("col.merchant_no"), false),
                        new Column(v.t("col.stall_no"), false), new Column(v.t("repair.category"), false),
                        new Column(v.t("repair.urgency"), false), new Column(v.t("col.status"), false),
                        new Column(v.t("repair.assignee"), false)),
                Listing.Rows.of(rows), List.of(v.t("requests.count", v.formats().count(rows.size()))),
                v.t("list.empty"));
    }

    private RepairRequest find(WebExchange x) {
        try {
            return requests.repair(RequestNo.of(x.pathParam("no")), null).orElseThrow(WebException::notFound);
        } catch (IllegalArgumentException e) {
            throw WebException.notFound();
        }
    }

    private void show(WebExchange x) {
        render(x, 200, find(x), "", "", List.of());
    }

    private void render(WebExchange x, int status, RepairRequest r, String assignTo, String resolution,
            List<String> errors) {
        Viewer v = x.viewer();
        RepairView view = RepairView.of(v, r, v.may(Capability.REQUESTS), assignTo, resolution, errors);
        x.page(status, "requests/repair.jte", x.shell(v.t("repair.title", view.no()), "requests",
                List.of(new Shell.Crumb(v.t("menu.requests"), "/requests"), new Shell.Crumb(view.no(), null))), view);
    }

    private void assign(WebExchange x) {
        RepairRequest r = find(x);
        String to = x.form().get("to").orElse("");
        step(x, r, to, "", to.isEmpty() ? "repair.error.to" : null,
                () -> requests.assign(r.no(), x.principal().name(), to), "request.assign",
                x.viewer().t("audit.request.assign", to));
    }

    private void resolve(WebExchange x) {
        RepairRequest r = find(x);
        String resolution = x.form().get("resolution").orElse("");
        step(x, r, "", resolution, resolution.isEmpty() ? "repair.error.resolution" : null,
                () -> requests.resolve(r.no(), x.principal().name(), resolution), "request.resolve",
                x.viewer().t("audit.request.resolve", resolution));
    }

    private void step(WebExchange x, RepairRequest r, String to, String resolution, String missing,
            java.util.function.Supplier<Outcome<RepairRequest>> work, String action, String detail) {
        Viewer v = x.viewer();
        List<String> errors = new ArrayList<>();
        if (missing != null) {
            errors.add(v.t(missing));
        } else {
            switch (work.get()) {
                case Outcome.Done<RepairRequest> d -> {
                    audit.record(x.principal(), AuditEntry.Via.WEB, action, r.no().value(), detail);
                    x.redirect("/requests/" + r.no().value());
                    return;
                }
                case Outcome.Invalid<RepairRequest> i -> errors.addAll(Refusals.invalid(v, i));
                case Outcome.Refused<RepairRequest> rf -> errors.add(Refusals.refused(v, "request.action", rf));
                case Outcome.NotFound<RepairRequest> n -> throw WebException.notFound();
            }
        }
        render(x, 422, r, to, resolution, errors);
    }
}
