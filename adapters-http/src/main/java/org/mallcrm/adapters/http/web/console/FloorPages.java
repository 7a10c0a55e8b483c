package org.mallcrm.adapters.http.web.console;

import static org.mallcrm.adapters.http.web.kit.Links.enc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.mallcrm.adapters.http.floor.FloorPlanSvg;
import org.mallcrm.adapters.http.web.kit.Refusals;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.MenuEntry;
import org.mallcrm.adapters.http.web.kit.Shell;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.out.ChangeCounters;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.application.stall.port.in.FloorPlan;
import org.mallcrm.application.stall.port.in.FloorQueries;
import org.mallcrm.application.stall.port.in.StallQueries;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.audit.AuditEntry;
import org.mallcrm.domain.deposit.EarnestKind;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.lease.EarnestMoneyPolicy;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.BusinessType;
import org.mallcrm.domain.stall.FloorStats;
import org.mallcrm.domain.stall.Rent;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.domain.stall.Zones;

/**
 * 铺位全景图: the mall's floors ({@code /floors}), a floor's plan ({@code /floors/{floor}}) drawn by
 * {@link FloorPlanSvg} from the stored outlines and coloured by status or business type with a legend of counts and
 * shares, a stall's card ({@code /stalls/{no}/card}) and holding a vacant stall with earnest money
 * ({@code POST /stalls/{no}/hold}), after which the plan is redrawn in place.
 */
public final class FloorPages implements WebPage {

    private final FloorQueries floors;
    private final StallQueries stalls;
    private final EarnestMoneyUseCases deposits;
    private final LeaseQueries leases;
    private final MerchantQueries merchants;
    private final AuditLog audit;

    private final ChangeCounters counters;
    private final org.mallcrm.application.common.service.Remembered<List<FloorStats>> mallStats;
    /** Drawn plans by floor, colouring and language, with the stalls' change count they were drawn at. */
    private final Map<String, Drawn> drawn = new ConcurrentHashMap<>();

    private record Drawn(long count, PlanView plan) {
    }

    public FloorPages(FloorQueries floors, StallQueries stalls, EarnestMoneyUseCases deposits, LeaseQueries leases,
            MerchantQueries merchants, AuditLog audit, ChangeCounters counters) {
        this.counters = counters;
        this.mallStats = new org.mallcrm.application.common.service.Remembered<>(counters,
                ChangeCounters.Kind.STALLS);
        this.floors = floors;
        this.stalls = stalls;
        this.deposits = deposits;
        this.leases = leases;
        this.merchants = merchants;
        this.audit = audit;
    }

    public record FloorLink(String floor, String stalls, String leasable, String percent, String vacant, String href) {
    }

    public record FloorsView(List<FloorLink> floors) {
    }

    public record Tab(String label, String href, boolean active) {
    }

    public record LegendRow(String key, String fill, String label, String count, String share) {
    }

    public record ZoneChip(String zone, String label, String stalls) {
    }

    /** The plan and what is drawn beside it (and its zones with their stalls); redrawn after a change. */
    public record PlanView(String floor, String color, String svg, List<LegendRow> legend, String summary,
            Map<String, Integer> zones) {
    }

    public record FloorView(String floor, List<Tab> floorTabs, List<Tab> colorTabs, List<ZoneChip> zones,
            String initialZone, String selected, PlanView plan, CardView card) {
    }

    /** The hold form as typed, to show it again with its errors. */
    public record HoldForm(String merchantNo, String amount, String kind, String days) {
    }

    /** A stall's card. Lease and deposit fields are empty when the stall has none. */
    public record CardView(String stallNo, String floor, String zone, String businessType, String status,
            String statusLabel, String leasableArea, String outlineArea, String baseRent, String monthlyRent,
            String merchantNo, String merchantName, String leaseNo, String leaseHref, String leaseEnd,
            String depositNo, String depositKind, String depositAmount, String depositMerchant, String depositThrough,
            List<String> parents, List<String> children, boolean canHold, HoldForm hold, String message,
            List<String> errors, String floorHref) {
    }

    /** The answer to a hold: the card, and the plan redrawn. */
    public record HoldResult(CardView card, PlanView plan) {
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(
                WebRoute.get("/floors", Access.staff(), this::mall),
                WebRoute.get("/floors/{floor}", Access.staff(), this::floor),
                WebRoute.get("/floors/{floor}/plan", Access.staff(), this::planFragment),
                WebRoute.get("/stalls/{no}/card", Access.staff(), this::card),
                WebRoute.post("/stalls/{no}/hold", Access.staff(Capability.DEPOSITS), this::hold));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("floors", "/floors", "menu.floors", "menu.group.stalls", 20, Access.staff()));
    }

    /** Every floor's figures, read again only when a stall changed. */
    private List<FloorStats> floorStats() {
        return mallStats.get(java.time.LocalDate.EPOCH, () -> floors.floors().stream()
                .flatMap(f -> floors.stats(f).stream()).toList());
    }

    private void mall(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        List<FloorLink> rows = new ArrayList<>();
        for (FloorStats s : floorStats()) {
            rows.add(new FloorLink(s.floor(), f.count(s.stalls()), f.area(s.leasableArea()),
                    f.percent(s.leasedBasisPoints()), f.count(s.count(StallStatus.VACANT)), "/floors/" + s.floor()));
        }
        x.page("floors.jte", x.shell(v.t("floors.title"), "floors",
                List.of(new Shell.Crumb(x.kit().mallName(), null))), new FloorsView(rows));
    }

    /**
     * The floor's plan as drawn for the page: drawn again only when a stall changed since (any server process's
     * change moves the counter), so a floor of thousands of stalls is drawn once, not on every visit.
     */
    private PlanView drawnPlan(Viewer v, String floor, FloorPlanSvg.ColorBy by) {
        long count = counters.current(ChangeCounters.Kind.STALLS);
        String key = floor + "|" + by + "|" + v.lang();
        Drawn d = drawn.get(key);
        if (count >= 0 && d != null && d.count() == count) {
            return d.plan();
        }
        PlanView plan = planView(v, floors.plan(floor).orElseThrow(WebException::notFound), by);
        if (count >= 0) {
            if (drawn.size() > 64) {
                drawn.clear();
            }
            drawn.put(key, new Drawn(count, plan));
        }
        return plan;
    }

    private static FloorPlanSvg.ColorBy colorBy(WebExchange x) {
        String c = x.query("color").or(() -> x.form().get("color")).orElse("status");
        return "business_type".equals(c) ? FloorPlanSvg.ColorBy.BUSINESS_TYPE : FloorPlanSvg.ColorBy.STATUS;
    }

    private void floor(WebExchange x) {
        Viewer v = x.viewer();
        FloorPlanSvg.ColorBy by = colorBy(x);
        PlanView drawnPlan = drawnPlan(v, x.pathParam("floor"), by);
        String floorName = drawnPlan.floor();
        String color = by == FloorPlanSvg.ColorBy.STATUS ? "status" : "business_type";
        List<Tab> floorTabs = new ArrayList<>();
        for (String f : floorStats().stream().map(FloorStats::floor).toList()) {
            floorTabs.add(new Tab(f, "/floors/" + f + (by == FloorPlanSvg.ColorBy.STATUS ? "" : "?color=" + color),
                    f.equals(floorName)));
        }
        String base = "/floors/" + floorName;
        List<Tab> colorTabs = List.of(new Tab(v.t("floor.color.status"), base, by == FloorPlanSvg.ColorBy.STATUS),
                new Tab(v.t("floor.color.business_type"), base + "?color=business_type",
                        by == FloorPlanSvg.ColorBy.BUSINESS_TYPE));
        Map<String, Integer> zoneCounts = drawnPlan.zones();
        List<ZoneChip> zones = new ArrayList<>();
        zoneCounts.forEach((z, n) -> zones.add(new ZoneChip(z, v.t("floor.zone", z), v.formats().count(n))));
        String zone = x.query("zone").filter(zoneCounts::containsKey).orElse("");
        CardView card = x.query("stall").flatMap(no -> find(no)).filter(s -> s.floor().equals(floorName))
                .map(s -> card(v, s, null, null, List.of())).orElse(null);
        List<Shell.Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Shell.Crumb(x.kit().mallName(), "/floors"));
        crumbs.add(new Shell.Crumb(floorName, zone.isEmpty() && card == null ? null : base));
        if (!zone.isEmpty()) {
            crumbs.add(new Shell.Crumb(v.t("floor.zone", zone), card == null ? null : base + "?zone=" + enc(zone)));
        }
        if (card != null) {
            crumbs.add(new Shell.Crumb(card.stallNo(), null));
        }
        x.page("floor.jte", x.shell(v.t("floor.title", floorName), "floors", crumbs), new FloorView(floorName,
                floorTabs, colorTabs, zones, zone, card == null ? "" : card.stallNo(), drawnPlan, card));
    }

    private void planFragment(WebExchange x) {
        x.fragment(200, "partials/floorPlan.jte", drawnPlan(x.viewer(), x.pathParam("floor"), colorBy(x)));
    }

    static PlanView planView(Viewer v, FloorPlan plan, FloorPlanSvg.ColorBy by) {
        Formats f = v.formats();
        FloorStats s = plan.stats();
        List<LegendRow> legend = new ArrayList<>();
        if (by == FloorPlanSvg.ColorBy.STATUS) {
            Map<StallStatus, Long> shares = s.statusShares();
            for (StallStatus st : List.of(StallStatus.VACANT, StallStatus.LEASED, StallStatus.RESERVED,
                    StallStatus.RENOVATING)) {
                legend.add(new LegendRow(st.name(), FloorPlanSvg.fill(st), v.t("status." + st.name()),
                        f.count(s.count(st)), f.percent(shares.getOrDefault(st, 0L))));
            }
        } else {
            Map<BusinessType, String> fills = FloorPlanSvg.fills(plan.stalls());
            for (FloorStats.TypeShare t : s.businessTypes()) {
                legend.add(new LegendRow(t.businessType().name(), fills.get(t.businessType()), t.businessType().name(),
                        f.count(t.stalls()), t.percent() + "%"));
            }
        }
        String summary = v.t("floor.summary", f.count(s.stalls()), f.area(s.leasableArea()),
                f.percent(s.leasedBasisPoints()));
        // in natural order (A, B, … A2 before A10); Map.copyOf would lose it
        Map<String, Integer> zones = new TreeMap<>(Zones.ORDER);
        plan.stalls().forEach(st -> zones.merge(st.zone(), 1, Integer::sum));
        return new PlanView(plan.floor(), by == FloorPlanSvg.ColorBy.STATUS ? "status" : "business_type",
                FloorPlanSvg.render(plan, by, FloorPlanSvg.Frame.WEB, st -> v.t("status." + st.name())), legend,
                summary, Collections.unmodifiableMap(zones));
    }

    private Optional<Stall> find(String no) {
        try {
            return stalls.find(StallNo.of(no)).filter(Stall::isActive);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void card(WebExchange x) {
        Stall s = find(x.pathParam("no")).orElseThrow(WebException::notFound);
        x.fragment(200, "partials/stallCard.jte", card(x.viewer(), s, null, null, List.of()));
    }

    private CardView card(Viewer v, Stall s, HoldForm form, String message, List<String> errors) {
        Formats f = v.formats();
        String merchantNo = "";
        String merchantName = "";
        String leaseNo = "";
        String leaseEnd = "";
        if (s.status() == StallStatus.LEASED) {
            Optional<LeaseRecord> lease = leases.occupying(s.no(), null);
            if (lease.isPresent()) {
                var terms = lease.get().account().lease().terms();
                leaseNo = terms.leaseNo().value();
                leaseEnd = f.date(lease.get().occupiedThrough());
                merchantNo = terms.merchantNo().value();
                merchantName = merchants.find(terms.merchantNo()).map(Merchant::name).orElse("");
            }
        }
        String depositNo = "";
        String depositKind = "";
        String depositAmount = "";
        String depositMerchant = "";
        String depositThrough = "";
        if (s.status() == StallStatus.RESERVED) {
            Optional<EarnestMoney> held = deposits.holding(s.no());
            if (held.isPresent()) {
                EarnestMoney e = held.get();
                depositNo = e.depositNo();
                depositKind = v.t("earnest." + e.kind().name());
                depositAmount = f.money(e.received());
                depositMerchant = e.merchantNo().value() + merchants.find(e.merchantNo()).map(m -> " " + m.name())
                        .orElse("");
                depositThrough = f.date(e.lockedThrough());
            }
        }
        boolean canHold = s.status() == StallStatus.VACANT && v.may(Capability.DEPOSITS);
        HoldForm hold = form != null ? form : new HoldForm("", "", EarnestKind.EARNEST.name(), "");
        return new CardView(s.no().value(), s.floor(), s.zone(), s.businessType().name(), s.status().name(),
                v.t("status." + s.status().name()), f.area(s.leasableArea()), f.area(s.outlineArea()),
                f.money(s.baseRent()), f.money(Rent.monthly(s.leasableArea(), s.baseRent())), merchantNo, merchantName,
                leaseNo, leaseNo.isEmpty() ? "" : "/leases/" + leaseNo, leaseEnd, depositNo, depositKind,
                depositAmount, depositMerchant, depositThrough, s.parents().stream().map(StallNo::value).toList(),
                s.children().stream().map(StallNo::value).toList(), canHold, hold, message, errors,
                "/floors/" + s.floor() + "?stall=" + enc(s.no().value()));
    }

    private void hold(WebExchange x) {
        Viewer v = x.viewer();
        Stall stall = find(x.pathParam("no")).orElseThrow(WebException::notFound);
        HoldForm form = new HoldForm(x.form().get("merchant_no").orElse(""), x.form().get("amount").orElse(""),
                x.form().get("kind").orElse(EarnestKind.EARNEST.name()), x.form().get("days").orElse(""));
        List<String> errors = new ArrayList<>();
        MerchantNo merchant = null;
        Money amount = null;
        EarnestKind kind = null;
        Integer days = null;
        try {
            merchant = MerchantNo.of(form.merchantNo());
        } catch (IllegalArgumentException e) {
            errors.add(v.t("lease.error.field", v.t("hold.merchant"), v.t("hold.error.merchant")));
        }
        // a bad field is named by its label, as the receipt form names its own
        String badAmount = v.t("lease.error.field", v.t("hold.amount"), v.t("hold.error.amount"));
        try {
            amount = Money.parse(form.amount());
            if (!amount.isPositive()) {
                errors.add(badAmount);
            }
        } catch (IllegalArgumentException e) {
            errors.add(badAmount);
        }
        try {
            kind = EarnestKind.valueOf(form.kind());
        } catch (IllegalArgumentException e) {
            errors.add(v.t("lease.error.field", v.t("hold.kind"), v.t("lease.error.choose")));
        }
        if (!form.days().isEmpty()) {
            String badDays = v.t("lease.error.field", v.t("hold.days"), v.t("hold.error.days",
                    EarnestMoneyPolicy.MAX_HOLD_DAYS));
            try {
                days = Integer.valueOf(form.days());
                if (days < 1 || days > EarnestMoneyPolicy.MAX_HOLD_DAYS) {
                    errors.add(badDays);
                }
            } catch (NumberFormatException e) {
                errors.add(badDays);
            }
        }
        if (errors.isEmpty()) {
            Outcome<EarnestMoney> o = deposits.hold(new EarnestMoneyUseCases.Hold(List.of(stall.no()), merchant,
                    amount, kind, null, days, null, null));
            switch (o) {
                case Outcome.Done<EarnestMoney> d -> {
                    EarnestMoney e = d.value();
                    audit.record(x.principal(), AuditEntry.Via.WEB, "deposit.hold", stall.no().value(),
                            v.t("audit.deposit.hold", e.depositNo(), v.t("earnest." + e.kind().name()),
                                    v.formats().money(e.received()), e.merchantNo().value(),
                                    v.formats().date(e.lockedThrough())));
                    Stall now = find(stall.no().value()).orElse(stall);
                    CardView card = card(v, now, null, v.t("hold.done", e.depositNo()), List.of());
                    x.fragment(200, "partials/holdResult.jte", new HoldResult(card,
                            drawnPlan(v, now.floor(), colorBy(x))));
                    return;
                }
                case Outcome.Invalid<EarnestMoney> i -> errors.addAll(Refusals.invalid(v, i));
                case Outcome.Refused<EarnestMoney> r -> errors.add(Refusals.refused(v, "hold.submit", r));
                case Outcome.NotFound<EarnestMoney> n -> errors.add(Refusals.notFound(v, n));
            }
        }
        x.fragment(422, "partials/stallCard.jte", card(v, stall, form, null, errors));
    }
}
