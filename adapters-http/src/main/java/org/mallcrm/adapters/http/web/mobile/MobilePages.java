package org.mallcrm.adapters.http.web.mobile;

import java.util.ArrayList;
import java.util.List;
import org.mallcrm.adapters.http.web.console.LeasePage;
import org.mallcrm.adapters.http.web.console.LeaseView;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.Shell;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.StallNo;

/**
 * The apps' pages under {@code /m/}, phone-sized: a merchant's home (its leases) and one of its leases. A merchant
 * sees only its own: another merchant's lease is 404, as in the API. A channel operator's home is its trips
 * ({@link MobileChannelPages}), a buyer's its coupons and campaigns ({@link MobileMarketingPages}).
 */
public final class MobilePages implements WebPage {

    private final LeaseQueries leases;
    private final MerchantQueries merchants;

    public MobilePages(LeaseQueries leases, MerchantQueries merchants) {
        this.leases = leases;
        this.merchants = merchants;
    }

    /** One of the merchant's leases in its list. */
    public record LeaseItem(String leaseNo, String stalls, String term, String monthlyRent, String href) {
    }

    /** The merchant app's home: who it is, and its leases. */
    public record HomeView(String role, String subject, List<LeaseItem> leases) {
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(
                WebRoute.get("/m/", Access.roles(Role.values()), this::home),
                WebRoute.get("/m/leases/{no}", Access.roles(Role.MERCHANT), this::lease));
    }

    private void home(WebExchange x) {
        if (x.principal().role() == Role.STAFF) {
            x.redirect("/");
            return;
        }
        if (x.principal().role() == Role.CHANNEL) {
            x.redirect("/m/trips");
            return;
        }
        if (x.principal().role() == Role.BUYER) {
            x.redirect("/m/coupons");
            return;
        }
        Viewer v = x.viewer();
        Formats f = v.formats();
        List<LeaseItem> items = new ArrayList<>();
        MerchantNo me = MerchantNo.of(x.principal().subject().orElseThrow());
        String cursor = null;
        do {
            Page<LeaseRecord> p = leases.list(me, cursor, LeaseQueries.MAX_PAGE);
            for (LeaseRecord r : p.items()) {
                LeaseTerms t = r.account().lease().terms();
                items.add(new LeaseItem(t.leaseNo().value(),
                        String.join(", ", t.stallNos().stream().map(StallNo::value).toList()),
                        f.date(t.start()) + " – " + f.date(r.occupiedThrough()), f.money(t.monthlyRent()),
                        "/m/leases/" + t.leaseNo().value()));
            }
            cursor = p.nextCursor();
        } while (cursor != null);
        x.page("mobile/home.jte", x.shell(v.t("m.home.title"), "", List.of()), new HomeView(
                v.t("role." + x.principal().role().name()), x.principal().subject().orElse(""), items));
    }

    private void lease(WebExchange x) {
        LeaseRecord r;
        try {
            r = leasesOf(x);
        } catch (IllegalArgumentException e) {
            throw WebException.notFound();
        }
        Viewer v = x.viewer();
        LeaseView view = LeasePage.view(v, leases, merchants, r);
        x.page("mobile/lease.jte", x.shell(v.t("lease.title", view.leaseNo()), "",
                List.of(new Shell.Crumb(v.t("m.home.title"), "/m/"), new Shell.Crumb(view.leaseNo(), null))), view);
    }

    /** The lease, if it is this merchant's; another's is answered exactly as a lease that does not exist. */
    private LeaseRecord leasesOf(WebExchange x) {
        String me = x.principal().subject().orElseThrow();
        String no = x.pathParam("no");
        return leases.find(org.mallcrm.domain.lease.LeaseNo.of(no))
                .filter(r -> r.account().lease().terms().merchantNo().value().equals(me))
                .orElseThrow(WebException::notFound);
    }
}
