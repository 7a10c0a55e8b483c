package org.mallcrm.adapters.http.web.console;

import java.util.List;
import java.util.Optional;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Shell;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.Merchant;

/** A lease's page in the console ({@code /leases/{no}}): its terms and payment plan as of today. */
public final class LeasePage implements WebPage {

    private final LeaseQueries leases;
    private final MerchantQueries merchants;

    public LeasePage(LeaseQueries leases, MerchantQueries merchants) {
        this.leases = leases;
        this.merchants = merchants;
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(WebRoute.get("/leases/{no}", Access.staff(), this::show));
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
        LeaseView view = view(v, leases, merchants, r);
        x.page("lease.jte", x.shell(v.t("lease.title", view.leaseNo()), "leases",
                List.of(new Shell.Crumb(v.t("menu.leases"), "/leases"), new Shell.Crumb(view.leaseNo(), null))), view);
    }
}
