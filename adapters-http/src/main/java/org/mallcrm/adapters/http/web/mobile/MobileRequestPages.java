package org.mallcrm.adapters.http.web.mobile;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.mallcrm.adapters.http.web.console.RepairView;
import org.mallcrm.adapters.http.web.kit.Refusals;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Shell;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.request.port.in.MerchantRequestUseCases;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.request.RepairRequest;
import org.mallcrm.domain.request.RequestNo;
import org.mallcrm.domain.stall.StallNo;

/**
 * The merchant app's repair requests (报修) under {@code /m/requests}: its requests with their status, a form to report
 * a fault at a stall it leases, and one request with its trail. Another merchant's request is 404, as in the API.
 */
public final class MobileRequestPages implements WebPage {

    static final List<String> CATEGORIES = List.of("水电", "空调", "门窗", "照明", "网络", "其他");

    private final MerchantRequestUseCases requests;
    private final LeaseQueries leases;

    public MobileRequestPages(MerchantRequestUseCases requests, LeaseQueries leases) {
        this.requests = requests;
        this.leases = leases;
    }

    /** One of the merchant's requests in its list. */
    public record Item(String no, String stall, String category, String status, String statusCode, String href) {
    }

    /** The form as typed. */
    public record RepairForm(String stall, String category, String description, String urgency) {
    }

    /** The list with the form under it. */
    public record ListView(List<Item> items, List<String> stalls, List<String> categories, RepairForm form,
            List<String> errors) {
        public ListView {
            items = List.copyOf(items);
            stalls = List.copyOf(stalls);
            categories = List.copyOf(categories);
            errors = List.copyOf(errors);
        }
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(
                WebRoute.get("/m/requests", Access.roles(Role.MERCHANT), this::list),
                WebRoute.post("/m/requests/repairs", Access.roles(Role.MERCHANT), this::report),
                WebRoute.get("/m/requests/{no}", Access.roles(Role.MERCHANT), this::show));
    }

    private static MerchantNo me(WebExchange x) {
        return MerchantNo.of(x.principal().subject().orElseThrow());
    }

    /** The stalls of the merchant's leases that run today or later: where it may report a fault. */
    private List<String> stalls(MerchantNo me) {
        TreeSet<String> out = new TreeSet<>();
        String cursor = null;
        do {
            Page<LeaseRecord> p = leases.list(me, cursor, LeaseQueries.MAX_PAGE);
            for (LeaseRecord r : p.items()) {
                if (!r.occupiedThrough().isBefore(leases.today())) {
                    r.account().lease().terms().stallNos().stream().map(StallNo::value).forEach(out::add);
                }
            }
            cursor = p.nextCursor();
        } while (cursor != null);
        return List.copyOf(out);
    }

    private void list(WebExchange x) {
        List<String> stalls = stalls(me(x));
        render(x, 200, new RepairForm(stalls.isEmpty() ? "" : stalls.get(0), CATEGORIES.get(0), "",
                RepairRequest.Urgency.NORMAL.name()), stalls, List.of());
    }

    private void render(WebExchange x, int status, RepairForm form, List<String> stalls, List<String> errors) {
        Viewer v = x.viewer();
        List<Item> items = new ArrayList<>();
        for (RepairRequest r : requests.repairs(me(x), null)) {
            items.add(new Item(r.no().value(), r.stall().value(), r.category(),
                    v.t("repair.status." + r.status().name()), r.status().name(), "/m/requests/" + r.no().value()));
        }
        x.page(status, "mobile/requests.jte", x.shell(v.t("m.requests.title"), "",
                List.of(new Shell.Crumb(v.t("m.home.title"), "/m/"), new Shell.Crumb(v.t("m.requests.title"), null))),
                new ListView(items, stalls, CATEGORIES, form, errors));
    }

    private void report(WebExchange x) {
        Viewer v = x.viewer();
        RepairForm form = new RepairForm(x.form().get("stall_no").orElse(""), x.form().get("category").orElse(""),
                x.form().get("description").orElse(""), x.form().get("urgency").orElse(""));
        List<String> errors = new ArrayList<>();
        if (form.stall().isEmpty()) {
            errors.add(v.t("m.requests.error.stall"));
        }
        if (form.category().isEmpty()) {
            errors.add(v.t("m.requests.error.category"));
        }
        if (form.description().isEmpty()) {
            errors.add(v.t("m.requests.error.description"));
        }
        if (errors.isEmpty()) {
            switch (requests.reportRepair(me(x), form.stall(), form.category(), form.description(), form.urgency())) {
                case Outcome.Done<RepairRequest> d -> {
                    x.redirect("/m/requests/" + d.value().no().value());
                    return;
                }
                case Outcome.Invalid<RepairRequest> i -> errors.addAll(Refusals.invalid(v, i));
                case Outcome.Refused<RepairRequest> r -> errors.add(Refusals.refused(v, "m.requests.submit", r));
                case Outcome.NotFound<RepairRequest> n -> errors.add(Refusals.notFound(v, n));
            }
        }
        render(x, 422, form, stalls(me(x)), errors);
    }

    private void show(WebExchange x) {
        RepairRequest r;
        try {
            r = requests.repair(RequestNo.of(x.pathParam("no")), me(x)).orElseThrow(WebException::notFound);
        } catch (IllegalArgumentException e) {
            throw WebException.notFound();
        }
        Viewer v = x.viewer();
        RepairView view = RepairView.of(v, r, false, "", "", List.of());
        x.page("requests/repair.jte", x.shell(v.t("repair.title", view.no()), "",
                List.of(new Shell.Crumb(v.t("m.requests.title"), "/m/requests"), new Shell.Crumb(view.no(), null))),
                view);
    }
}
