package org.mallcrm.adapters.http.web;

import io.helidon.webserver.http.HttpRouting;
import org.mallcrm.adapters.http.coupon.MarketingRoutes;
import org.mallcrm.adapters.http.imports.FileImports;
import org.mallcrm.adapters.http.merchant.MerchantDesk;
import java.util.List;
import java.util.function.Supplier;
import org.mallcrm.adapters.http.web.auth.SignInPage;
import org.mallcrm.adapters.http.web.console.AccessPage;
import org.mallcrm.adapters.http.web.console.AccountPages;
import org.mallcrm.adapters.http.web.console.BuyerPages;
import org.mallcrm.adapters.http.web.console.CampaignPages;
import org.mallcrm.adapters.http.web.console.ChannelPages;
import org.mallcrm.adapters.http.web.console.DashboardPage;
import org.mallcrm.adapters.http.web.console.FloorPages;
import org.mallcrm.adapters.http.web.console.ImportPages;
import org.mallcrm.adapters.http.web.console.LeasePage;
import org.mallcrm.adapters.http.web.console.ListPages;
import org.mallcrm.adapters.http.web.console.MerchantPages;
import org.mallcrm.adapters.http.web.console.RequestPages;
import org.mallcrm.adapters.http.web.console.SettingsPage;
import org.mallcrm.adapters.http.web.console.SettlementPages;
import org.mallcrm.adapters.http.web.console.StallPage;
import org.mallcrm.adapters.http.stall.StallReshapeRoutes;
import org.mallcrm.adapters.http.web.kit.Assets;
import org.mallcrm.adapters.http.web.kit.Dispatcher;
import org.mallcrm.adapters.http.web.kit.Templates;
import org.mallcrm.adapters.http.web.kit.WebKit;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.adapters.http.web.mobile.MobilePages;
import org.mallcrm.adapters.http.web.mobile.MobileChannelPages;
import org.mallcrm.adapters.http.web.mobile.MobileMarketingPages;
import org.mallcrm.adapters.http.web.mobile.MobileRequestPages;
import org.mallcrm.application.account.port.in.AccountUseCases;
import org.mallcrm.application.account.port.in.CallerMallQuery;
import org.mallcrm.application.account.port.in.SessionUseCases;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.channel.port.in.CommissionRulesUseCase;
import org.mallcrm.application.channel.port.in.ReconcileUseCase;
import org.mallcrm.application.channel.port.in.StatementUseCases;
import org.mallcrm.application.channel.port.in.TripUseCases;
import org.mallcrm.application.common.port.out.ChangeCounters;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
import org.mallcrm.application.lease.port.in.ExitUseCases;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.in.LeaseUseCases;
import org.mallcrm.application.lease.port.in.PlacementUseCases;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.application.overview.port.in.MallOverviewQuery;
import org.mallcrm.application.request.port.in.MerchantRequestUseCases;
import org.mallcrm.application.settings.port.in.SettingsUseCases;
import org.mallcrm.application.stall.port.in.FloorQueries;
import org.mallcrm.application.stall.port.in.StallQueries;

/**
 * The web pages: the staff console at {@code /}, the apps' pages at {@code /m/}, sign-in at {@code /login}, assets
 * under {@code /assets/}. One more adapter over the same use cases as the API; {@link #routing} is shared by the
 * server and the tests.
 *
 * <p>To add a page: a {@link WebPage} (its routes, each with its {@link org.mallcrm.adapters.http.web.kit.Access},
 * and its sidebar entry), its view records, its template under {@code src/main/jte}, its labels in both message
 * bundles, and one line in {@link #pages}.
 */
public final class WebConsole {

    /**
     * The use cases the pages call, wired by the composition root: either one mall's, or (a server of every mall)
     * each acting on the mall of the request, which {@code callers} finds from the session or the sign-in;
     * {@code defaultMall} is the mall of pages shown before anyone signs in; {@code marketingDesk} are the buyer,
     * campaign and subsidy use cases the API serves staff, which the console's pages of those call too.
     */
    public record Services(SessionUseCases sessions, AccountUseCases accounts, AuditLog audit,
            MallOverviewQuery overview, FloorQueries floors, StallQueries stalls, EarnestMoneyUseCases deposits,
            LeaseQueries leases, MerchantQueries merchants, ReconcileUseCase reconcile, ChangeCounters counters,
            Supplier<String> mallName, ReceiptUseCases receipts, MerchantRequestUseCases requests,
            StatementUseCases statements, TripUseCases trips, MobileMarketingPages.UseCases marketing,
            CallerMallQuery callers, String defaultMall, FileImports imports, CommissionRulesUseCase commissionRules,
            LeaseUseCases leaseUseCases, ExitUseCases exits, StallReshapeRoutes.UseCases reshaping,
            MerchantDesk.UseCases merchantDesk, MarketingRoutes.UseCases marketingDesk, SettingsUseCases settings,
            PlacementUseCases placements) {
    }

    private final Dispatcher dispatcher;
    private final List<WebPage> pages;

    private WebConsole(Services s) {
        WebKit kit = new WebKit(new Templates(), new Assets(), s.sessions(), s.mallName(), s.callers(), s.defaultMall());
        this.dispatcher = new Dispatcher(kit);
        this.pages = pages(s);
    }

    /** Every page, in the order of the sidebar's groups. */
    private static List<WebPage> pages(Services s) {
        return List.of(
                new SignInPage(s.sessions()),
                new DashboardPage(s.overview()),
                new FloorPages(s.floors(), s.stalls(), s.deposits(), s.leases(), s.merchants(), s.audit(),
                        s.counters()),
                new ListPages(s.stalls(), s.leases(), s.merchants(), s.reconcile(), s.trips(), s.counters()),
                new MerchantPages(s.merchantDesk(), s.leases(), s.placements(), s.stalls(), s.audit()),
                new LeasePage(s.leases(), s.merchants(), s.receipts(), s.leaseUseCases(), s.exits(), s.audit()),
                new AccessPage(),
                new AccountPages(s.accounts(), s.sessions(), s.audit()),
                new RequestPages(s.requests(), s.audit()),
                new StallPage(s.reshaping(), s.audit()),
                new ChannelPages(s.statements(), s.reconcile(), s.commissionRules(), s.trips(), s.leases(), s.audit()),
                new ImportPages(s.imports(), s.audit()),
                new BuyerPages(s.marketingDesk()),
                new CampaignPages(s.marketingDesk(), s.merchants(), s.audit()),
                new SettlementPages(s.marketingDesk().subsidies(), s.merchants(), s.audit()),
                new SettingsPage(s.settings(), s.audit()),
                new MobilePages(s.leases(), s.merchants()),
                new MobileRequestPages(s.requests(), s.leases()),
                new MobileChannelPages(s.statements(), s.trips(), s.leases()),
                new MobileMarketingPages(s.marketing()));
    }

    /** Registers the pages on the routing (before the API's routes, whose last route answers every other path). */
    public static WebConsole routing(HttpRouting.Builder routing, Services services) {
        WebConsole web = new WebConsole(services);
        web.dispatcher.install(routing, web.pages);
        return web;
    }

    /** The route table as registered: every page route with who may call it. */
    public List<WebRoute> routes() {
        return dispatcher.routes();
    }
}
