package org.mallcrm.adapters.http.web.console;

import static org.mallcrm.adapters.http.web.kit.Links.enc;

import java.util.ArrayList;
import java.util.List;
import org.mallcrm.adapters.http.web.auth.SignInPage;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.MenuEntry;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.overview.port.in.MallOverview;
import org.mallcrm.application.overview.port.in.MallOverviewQuery;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.receipt.ArrearsAging;
import org.mallcrm.domain.stall.FloorStats;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.domain.stall.TradeOccupancy;

/**
 * The dashboard (经营看板) at {@code /}: the mall's figures from {@link MallOverviewQuery}, each linking to the list
 * behind it, with ECharts drawn from the same rows. Buyers and campaigns show an empty state until their module
 * exists: no made-up numbers.
 */
public final class DashboardPage implements WebPage {

    private final MallOverviewQuery overview;

    public DashboardPage(MallOverviewQuery overview) {
        this.overview = overview;
    }

    /** A headline figure. */
    public record Kpi(String key, String label, String value, String note, String href) {
    }

    public record FloorRow(String floor, String stalls, String leasable, String leased, String percent, String vacant,
            String planHref, String vacantHref) {
    }

    public record TradeRow(String type, String stalls, String leasable, String percent, String vacant, String href) {
    }

    public record Figure(String key, String label, String value, String href) {
    }

    public record AgeRow(String code, String label, String installments, String outstanding, String lateFees,
            String href) {
    }

    public record StageRow(String stage, String label, String current, String reached, String medianDwell,
            String href) {
    }

    public record ChannelRow(String period, String trips, String reported, String valid, String paid,
            String commission, String flagged, String href) {
    }

    public record DashboardView(String asOf, List<Kpi> kpis, List<FloorRow> floors, List<TradeRow> trades,
            List<Figure> expiring, List<Figure> rent, List<AgeRow> arrears, Figure arrearsTotal, List<StageRow> funnel,
            ChannelRow channels, List<Figure> buyers, String buyersPeriod, String floorChart, String tradeChart,
            String rentChart, String arrearsChart, String funnelChart) {
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(WebRoute.get("/", Access.roles(Role.values()), this::show));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("dashboard", "/", "menu.dashboard", "menu.group.overview", 10, Access.staff()));
    }

    private void show(WebExchange x) {
        if (x.principal().role() != Role.STAFF) {
            x.redirect(SignInPage.home(x.principal()));
            return;
        }
        Viewer v = x.viewer();
        MallOverview o = overview.overview(null);
        String title = v.t("dashboard.title");
        x.page("dashboard.jte", x.shell(title, "dashboard", List.of()), view(o, v));
    }

    static DashboardView view(MallOverview o, Viewer v) {
        Formats f = v.formats();
        String month = o.rent().month().toString();
        List<Kpi> kpis = List.of(
                new Kpi("occupancy", v.t("dashboard.kpi.occupancy"), f.percent(o.leasedBasisPoints()),
                        v.t("dashboard.kpi.occupancy.note", f.area(o.leasedArea()), f.area(o.leasableArea())),
                        "/floors"),
                new Kpi("vacant", v.t("dashboard.kpi.vacant"), f.count(o.vacantStalls()), v.t("dashboard.kpi.vacant.note"),
                        "/stalls?status=VACANT"),
                new Kpi("rent", v.t("dashboard.kpi.collected"), f.money(o.rent().collected()),
                        v.t("dashboard.kpi.collected.note", f.money(o.rent().due())), "/bills?month=" + month),
                new Kpi("arrears", v.t("dashboard.kpi.arrears"), f.money(o.arrears().totalOutstanding()),
                        v.t("dashboard.kpi.arrears.note", f.count(o.arrears().totalInstallments())), "/arrears"));

        List<FloorRow> floors = new ArrayList<>();
        for (FloorStats s : o.floors()) {
            floors.add(new FloorRow(s.floor(), f.count(s.stalls()), f.area(s.leasableArea()), f.area(s.leasedArea()),
                    f.percent(s.leasedBasisPoints()), f.count(s.count(StallStatus.VACANT)), "/floors/" + s.floor(),
                    "/stalls?floor=" + enc(s.floor()) + "&status=VACANT"));
        }
        List<TradeRow> trades = new ArrayList<>();
        for (TradeOccupancy t : o.trades()) {
            trades.add(new TradeRow(t.businessType().name(), f.count(t.stalls()), f.area(t.leasableArea()),
                    f.percent(t.leasedBasisPoints()), f.count(t.vacant()),
                    "/stalls?business_type=" + enc(t.businessType().name())));
        }
        List<Figure> expiring = new ArrayList<>();
        for (MallOverview.Expiring e : o.expiring()) {
            expiring.add(new Figure("expiring-" + e.days(), v.t("dashboard.expiring.within", e.days()),
                    f.count(e.leases()), "/leases?expiring_within=" + e.days()));
        }
        List<Figure> rent = List.of(
                new Figure("rent-due", v.t("dashboard.rent.due"), f.money(o.rent().due()), "/bills?month=" + month),
                new Figure("rent-collected", v.t("dashboard.rent.collected"), f.money(o.rent().collected()),
                        "/bills?month=" + month),
                new Figure("rent-uncollected", v.t("dashboard.rent.uncollected"), f.money(o.rent().uncollected()),
                        "/bills?month=" + month + "&unpaid=1"));
        List<AgeRow> arrears = new ArrayList<>();
        for (ArrearsAging.Bucket b : o.arrears().buckets()) {
            arrears.add(new AgeRow(b.age().code(), v.t("age." + b.age().code()), f.count(b.installments()),
                    f.money(b.outstanding()), f.money(b.lateFees()), "/arrears?age=" + enc(b.age().code())));
        }
        Figure arrearsTotal = new Figure("arrears-total", v.t("dashboard.arrears.total"),
                f.money(o.arrears().totalOutstanding()), "/arrears");
        List<StageRow> funnel = new ArrayList<>();
        for (MallOverview.FunnelStage s : o.pipeline()) {
            funnel.add(new StageRow(s.stage().name(), v.t("stage." + s.stage().name()), f.count(s.current()),
                    f.count(s.reached()), f.decimal(s.medianDwellDays()), "/merchants?stage=" + s.stage().name()));
        }
        MallOverview.ChannelMonth c = o.channels();
        ChannelRow channels = new ChannelRow(f.date(c.from()) + " – " + f.date(c.to()), f.count(c.totals().trips()),
                f.count(c.reportedHeads()), f.count(c.totals().validHeads()), f.count(c.totals().paidHeads()),
                f.money(c.totals().commission()), f.count(c.totals().flaggedTrips()),
                "/trips?from=" + c.from() + "&to=" + c.to());
        // this month's buyers and coupons, as reports mall gives them; each links to the page behind it
        // the buyers' pages are for departments that hold BUYERS: others see the figures without the links
        boolean buyerPages = v.may(Capability.BUYERS);
        String visits = buyerPages ? "/buyers/stats?from=" + c.from() + "&to=" + c.to() : null;
        List<Figure> buyers = List.of(
                new Figure("buyers-registered", v.t("dashboard.buyers.registered"),
                        f.count(o.buyers().registeredBuyers()), buyerPages ? "/buyers" : null),
                new Figure("buyers-visiting", v.t("dashboard.buyers.visiting"), f.count(o.buyers().visitingBuyers()),
                        visits),
                new Figure("coupons-redeemed", v.t("dashboard.buyers.redeemed"), f.count(o.buyers().couponsRedeemed()),
                        "/campaigns"),
                new Figure("coupon-cost", v.t("dashboard.buyers.cost"), f.money(o.buyers().couponMallCost()),
                        "/settlements"));

        String floorChart = Charts.bars(o.floors().stream().map(FloorStats::floor).toList(),
                o.floors().stream().map(s -> Charts.percent(s.leasedBasisPoints())).toList(),
                floors.stream().map(FloorRow::planHref).toList(), v.t("dashboard.occupancy"), "%", Charts.BLUE,
                false);
        String tradeChart = Charts.bars(o.trades().stream().map(t -> t.businessType().name()).toList(),
                o.trades().stream().map(t -> Charts.percent(t.leasedBasisPoints())).toList(),
                trades.stream().map(TradeRow::href).toList(), v.t("dashboard.occupancy"), "%", Charts.BLUE, true);
        String rentChart = Charts.pair(List.of(f.month(o.rent().month())), v.t("dashboard.rent.due"),
                List.of(o.rent().due().toBigDecimal()), v.t("dashboard.rent.collected"),
                List.of(o.rent().collected().toBigDecimal()), List.of("/bills?month=" + month));
        String arrearsChart = Charts.bars(arrears.stream().map(AgeRow::label).toList(),
                o.arrears().buckets().stream().map(b -> b.outstanding().toBigDecimal()).toList(),
                arrears.stream().map(AgeRow::href).toList(), v.t("dashboard.arrears.outstanding"), "", Charts.RED,
                false);
        // the stages in pipeline order, each bar the merchants that ever reached it (the table has those in it now)
        String funnelChart = Charts.bars(funnel.stream().map(StageRow::label).toList(),
                o.pipeline().stream().map(s -> java.math.BigDecimal.valueOf(s.reached())).toList(),
                funnel.stream().map(StageRow::href).toList(), v.t("dashboard.funnel.reached"), "", Charts.GREEN, true);
        return new DashboardView(f.date(o.asOf()), kpis, floors, trades, expiring, rent, arrears, arrearsTotal, funnel,
                channels, buyers, channels.period(), floorChart, tradeChart, rentChart, arrearsChart, funnelChart);
    }
}
