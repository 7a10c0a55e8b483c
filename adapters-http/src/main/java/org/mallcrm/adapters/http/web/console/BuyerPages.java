package org.mallcrm.adapters.http.web.console;

import static org.mallcrm.adapters.http.web.kit.Links.enc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.adapters.http.coupon.MarketingRoutes;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.MenuEntry;
import org.mallcrm.adapters.http.web.kit.Shell;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.buyer.port.in.BuyerFilter;
import org.mallcrm.application.buyer.port.in.BuyerQueries;
import org.mallcrm.application.buyer.port.in.BuyerQueries.BuyerDetails;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.coupon.port.in.CouponQueries;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.buyer.Buyer;
import org.mallcrm.domain.buyer.BuyerAttribute;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.RfmAnalysis;
import org.mallcrm.domain.buyer.RfmScore;
import org.mallcrm.domain.buyer.RfmSegment;
import org.mallcrm.domain.buyer.Share;
import org.mallcrm.domain.buyer.Shares;
import org.mallcrm.domain.buyer.TransportMode;
import org.mallcrm.domain.campaign.Signup;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.stall.BusinessType;

/**
 * 下游客户 for the departments that hold {@link Capability#BUYERS} (策划部, 客服部, admins): the shares of registered
 * buyers by main category, province and transport mode within a date window (the figures of {@code buyers stats}),
 * the RFM segments of today (those of {@code buyers rfm}), the register filtered and paged ({@code buyers list}),
 * and one buyer's file ({@code buyers show}): profile, visits, first channel, coupons, redemptions and sign-ups.
 */
public final class BuyerPages implements WebPage {

    static final int PAGE = 100;
    private static final int SHOWN = 100;
    private static final int VISITS_SHOWN = 60;
    private static final List<BuyerAttribute> SHARES = List.of(BuyerAttribute.CATEGORY, BuyerAttribute.PROVINCE,
            BuyerAttribute.TRANSPORT_MODE);

    private final MarketingRoutes.UseCases uc;

    public BuyerPages(MarketingRoutes.UseCases useCases) {
        this.uc = useCases;
    }

    /** One share row: the stable key (as {@code buyers stats} prints it), its label, count, percent, list link. */
    public record ShareRow(String key, String label, long buyers, String count, String pct, String href) {
    }

    /** The shares by one attribute, with its chart. */
    public record ShareTable(String by, String title, List<ShareRow> rows, String total, String chart) {
        public ShareTable {
            rows = List.copyOf(rows);
        }
    }

    /** One RFM segment as of today: its code, label, count and the list of its buyers. */
    public record SegmentRow(String code, String label, long buyers, String count, String href) {
    }

    /** The analysis page: the window as typed, its error, the shares, the segments. */
    public record StatsView(String from, String to, String error, List<ShareTable> shares, String rfmAsOf,
            String rfmWindow, List<SegmentRow> segments, String segmentChart, String scored) {
        public StatsView {
            shares = List.copyOf(shares);
            segments = List.copyOf(segments);
        }
    }

    /** A choice of a filter: its value, label and whether it is the one chosen. */
    public record Option(String value, String label, boolean selected) {
    }

    /** The buyers list: filters as selects, the table and the next page. */
    public record ListView(List<Option> provinces, List<Option> categories, List<Option> segments, TableView table,
            String count) {
    }

    /** A labelled fact of the buyer's file. */
    public record Fact(String key, String label, String value) {
    }

    /** One line of a small table on the buyer's page. */
    public record Line(String key, List<String> cells, String href) {
        public Line {
            cells = List.copyOf(cells);
        }
    }

    public record BuyerView(String id, boolean registered, List<Fact> profile, List<Fact> rfm, String segment,
            List<String> visits, String visitSummary, List<Line> coupons, List<Line> redemptions,
            List<Line> signups) {
    }

    @Override
    public List<WebRoute> routes() {
        Access buyers = Access.staff(Capability.BUYERS);
        return List.of(
                WebRoute.get("/buyers/stats", buyers, this::stats),
                WebRoute.get("/buyers", buyers, this::list),
                WebRoute.get("/buyers/{id}", buyers, this::show));
    }

    @Override
    public List<MenuEntry> menu() {
        Access buyers = Access.staff(Capability.BUYERS);
        return List.of(
                new MenuEntry("buyer-stats", "/buyers/stats", "menu.buyerstats", "menu.group.marketing", 60, buyers),
                new MenuEntry("buyers", "/buyers", "menu.buyers", "menu.group.marketing", 61, buyers));
    }


    /** A share's key as people read it: a transport mode's Chinese name, "未填写" for none. */
    static String keyLabel(Viewer v, BuyerAttribute by, String key) {
        if (key.equals(Shares.NONE)) {
            return v.t("buyers.none");
        }
        if (by == BuyerAttribute.TRANSPORT_MODE) {
            try {
                return v.t("transport." + TransportMode.valueOf(key).name());
            } catch (IllegalArgumentException e) {
                return key;
            }
        }
        return key;
    }

    private static String listLink(BuyerAttribute by, String key) {
        if (key.equals(Shares.NONE)) {
            return null;
        }
        return switch (by) {
            case CATEGORY -> "/buyers?category=" + enc(key);
            case PROVINCE -> "/buyers?province=" + enc(key);
            default -> null;
        };
    }

    // ---- shares and segments ----

    private void stats(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        // either end may be left open; a mistaken period is said on the page, above the form that keeps it
        PeriodForm period = PeriodForm.readOpen(x, v);
        Optional<LocalDate> from = Optional.ofNullable(period.from());
        Optional<LocalDate> to = Optional.ofNullable(period.to());
        String error = period.error();
        List<ShareTable> tables = new ArrayList<>();
        for (BuyerAttribute by : period.usable() ? SHARES : List.<BuyerAttribute>of()) {
            // the period read may still end before it starts: from alone, after today
            switch (uc.stats().stats(by, from, to)) {
                case Outcome.Done<List<Share>> d -> tables.add(shareTable(v, by, d.value()));
                case Outcome.Invalid<List<Share>> i -> error = v.t("buyers.window.invalid");
                case Outcome.Refused<List<Share>> r -> error = v.t("buyers.window.invalid");
                case Outcome.NotFound<List<Share>> n -> throw WebException.notFound();
            }
            if (error != null) {
                tables.clear();
                break;
            }
        }
        RfmAnalysis rfm = switch (uc.rfm().rfm(Optional.empty(), Optional.empty())) {
            case Outcome.Done<RfmAnalysis> d -> d.value();
            default -> throw new IllegalStateException("the mall's own RFM window is valid");
        };
        Map<RfmSegment, Long> counts = segmentCounts(rfm);
        List<SegmentRow> segments = new ArrayList<>();
        for (RfmSegment s : RfmSegment.values()) {
            long n = counts.get(s);
            segments.add(new SegmentRow(s.name(), v.t("segment." + s.name()), n, f.count(n),
                    "/buyers?segment=" + s.name()));
        }
        String segmentChart = Charts.bars(segments.stream().map(SegmentRow::label).toList(),
                segments.stream().map(s -> BigDecimal.valueOf(s.buyers())).toList(),
                segments.stream().map(SegmentRow::href).toList(), v.t("buyers.col.buyers"), "", Charts.BLUE, true);
        x.page("buyers/stats.jte", x.shell(v.t("buyers.stats.title"), "buyer-stats", List.of()),
                new StatsView(period.fromText(), period.toText(), error,
                        tables, f.date(rfm.asOf()), v.t("buyers.rfm.window", f.date(rfm.window().from()),
                        f.date(rfm.window().to())), segments, segmentChart, f.count(rfm.scores().size())));
    }

    /** Buyers per segment in the analysis (every segment, zero included). */
    static Map<RfmSegment, Long> segmentCounts(RfmAnalysis rfm) {
        Map<RfmSegment, Long> counts = new EnumMap<>(RfmSegment.class);
        for (RfmSegment s : RfmSegment.values()) {
            counts.put(s, 0L);
        }
        for (RfmScore score : rfm.scores()) {
            counts.merge(score.segment(), 1L, Long::sum);
        }
        return counts;
    }

    private static ShareTable shareTable(Viewer v, BuyerAttribute by, List<Share> shares) {
        Formats f = v.formats();
        List<ShareRow> rows = new ArrayList<>();
        long total = 0;
        for (Share s : shares) {
            total += s.buyers();
            rows.add(new ShareRow(s.key(), keyLabel(v, by, s.key()), s.buyers(), f.count(s.buyers()),
                    s.pct().toPlainString() + "%", listLink(by, s.key())));
        }
        List<String> links = new ArrayList<>();
        rows.forEach(r -> links.add(r.href()));
        String chart = Charts.bars(rows.stream().map(ShareRow::label).toList(),
                shares.stream().map(Share::pct).toList(), links, v.t("buyers.col.share"), "%", Charts.BLUE, true);
        String code = by.name().toLowerCase(java.util.Locale.ROOT);
        return new ShareTable(code, v.t("buyers.by." + code), rows, f.count(total), chart);
    }

    // ---- the list ----

    private void list(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Optional<Province> province;
        Optional<RfmSegment> segment;
        try {
            province = x.query("province").map(Province::parse);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("error.400.parameter", "province");
        }
        try {
            segment = x.query("segment").map(RfmSegment::parse);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("error.400.parameter", "segment");
        }
        Optional<BusinessType> category;
        try {
            category = x.query("category").map(BusinessType::new);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("error.400.parameter", "category");
        }
        Page<Buyer> page;
        try {
            page = uc.buyers().list(new BuyerFilter(province, category, segment), x.query("cursor").orElse(null),
                    PAGE);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("error.400.parameter", "cursor");
        }
        List<TableView.Row> rows = new ArrayList<>();
        for (Buyer b : page.items()) {
            rows.add(new TableView.Row(List.of(
                    new TableView.Cell(b.id().value(), "/buyers/" + enc(b.id().value()), "buyer-" + b.id().value()),
                    TableView.Cell.of(b.profile().name()), TableView.Cell.of(b.phone().value()),
                    TableView.Cell.of(b.profile().mainCategory().map(BusinessType::name).orElse("")),
                    TableView.Cell.of(b.profile().province().map(Province::fullName).orElse("")),
                    TableView.Cell.of(b.profile().transportMode().map(t -> v.t("transport." + t.name())).orElse("")),
                    TableView.Cell.of(f.instant(b.registeredAt())))));
        }
        String filters = province.map(p -> "province=" + enc(p.fullName()) + "&").orElse("")
                + category.map(c -> "category=" + enc(c.name()) + "&").orElse("")
                + segment.map(s -> "segment=" + s.name() + "&").orElse("");
        String next = page.nextCursor() == null ? null : "/buyers?" + filters + "cursor=" + enc(page.nextCursor());
        TableView table = new TableView(List.of(), List.of(
                new TableView.Column(v.t("buyers.col.id"), false), new TableView.Column(v.t("col.name"), false),
                new TableView.Column(v.t("buyers.col.phone"), false),
                new TableView.Column(v.t("buyers.col.category"), false),
                new TableView.Column(v.t("buyers.col.province"), false),
                new TableView.Column(v.t("buyers.col.transport"), false),
                new TableView.Column(v.t("buyers.col.registered_at"), false)), rows, List.of(), next,
                v.t("list.empty"));
        List<Option> provinces = new ArrayList<>();
        for (Province p : Province.values()) {
            provinces.add(new Option(p.fullName(), p.fullName(), province.map(p::equals).orElse(false)));
        }
        List<Option> categories = new ArrayList<>();
        if (uc.stats().stats(BuyerAttribute.CATEGORY, Optional.empty(), Optional.empty())
                instanceof Outcome.Done<List<Share>> d) {
            for (Share s : d.value()) {
                if (!s.key().equals(Shares.NONE)) {
                    categories.add(new Option(s.key(), s.key(), category.map(c -> c.name().equals(s.key()))
                            .orElse(false)));
                }
            }
        }
        List<Option> segments = new ArrayList<>();
        for (RfmSegment s : RfmSegment.values()) {
            segments.add(new Option(s.name(), v.t("segment." + s.name()), segment.map(s::equals).orElse(false)));
        }
        String count = v.t(page.nextCursor() == null ? "buyers.list.count" : "buyers.list.count_more",
                f.count(page.items().size()));
        x.page("buyers/list.jte", x.shell(v.t("buyers.list.title"), "buyers", List.of()),
                new ListView(provinces, categories, segments, table, count));
    }

    // ---- one buyer ----

    private void show(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        BuyerId id;
        try {
            id = BuyerId.of(x.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw WebException.notFound();
        }
        BuyerDetails d = uc.buyers().show(id).orElseThrow(WebException::notFound);
        List<Fact> profile = new ArrayList<>();
        profile.add(new Fact("buyer_id", v.t("buyers.col.id"), id.value()));
        d.profile().ifPresent(b -> {
            profile.add(new Fact("name", v.t("col.name"), b.profile().name()));
            profile.add(new Fact("phone", v.t("buyers.col.phone"), b.phone().value()));
            profile.add(new Fact("main_category", v.t("buyers.col.category"),
                    b.profile().mainCategory().map(BusinessType::name).orElse(v.t("buyers.none"))));
            profile.add(new Fact("province", v.t("buyers.col.province"),
                    b.profile().province().map(Province::fullName).orElse(v.t("buyers.none"))));
            profile.add(new Fact("transport_mode", v.t("buyers.col.transport"), b.profile().transportMode()
                    .map(t -> v.t("transport." + t.name())).orElse(v.t("buyers.none"))));
            profile.add(new Fact("registered_at", v.t("buyers.col.registered_at"), f.instant(b.registeredAt())));
        });
        profile.add(new Fact("first_channel", v.t("buyers.first_channel"),
                d.firstChannel().map(c -> c.value()).orElse(v.t("buyers.first_channel.none"))));
        List<Fact> rfm = new ArrayList<>();
        String segment = null;
        if (d.rfm().isPresent()) {
            RfmScore s = d.rfm().get();
            segment = s.segment().name();
            rfm.add(new Fact("segment", v.t("buyers.segment"), v.t("segment." + s.segment().name())));
            rfm.add(new Fact("recency_days", v.t("buyers.rfm.recency"), f.count(s.recencyDays())));
            rfm.add(new Fact("frequency", v.t("buyers.rfm.frequency"), f.count(s.frequency())));
            rfm.add(new Fact("monetary", v.t("buyers.rfm.monetary"), f.money(s.monetary())));
        }
        List<String> visits = new ArrayList<>();
        List<LocalDate> days = d.visitDays();
        for (int i = days.size() - 1; i >= 0 && visits.size() < VISITS_SHOWN; i--) {
            visits.add(f.date(days.get(i)));
        }
        String visitSummary = days.isEmpty() ? v.t("buyers.visits.none")
                : v.t("buyers.visits.summary", f.count(days.size()), f.date(d.firstVisit().orElseThrow()),
                        f.date(d.lastVisit().orElseThrow()));
        List<Line> coupons = new ArrayList<>();
        for (CouponQueries.CouponView c : uc.coupons().coupons(new Coupons.CouponFilter(Optional.empty(),
                Optional.of(id), Optional.empty()), null, SHOWN).items()) {
            coupons.add(new Line(c.coupon().code().value(), List.of(c.coupon().code().grouped(),
                    c.coupon().campaign().value(), v.t("coupon.status." + c.status().name()),
                    f.date(c.coupon().validity().lastDay())), "/campaigns/" + enc(c.coupon().campaign().value())));
        }
        List<Line> redemptions = new ArrayList<>();
        for (Redemption r : uc.coupons().redemptions(new Coupons.RedemptionFilter(Optional.empty(), Optional.empty(),
                Optional.of(id)), null, SHOWN).items()) {
            redemptions.add(new Line(r.no().value(), List.of(r.no().value(), r.merchant().value(),
                    f.money(r.orderAmount()), f.money(r.split().discount()), f.instant(r.redeemedAt()),
                    r.isReversed() ? v.t("buyers.redemption.reversed") : ""), null));
        }
        List<Line> signups = new ArrayList<>();
        for (Signup s : uc.signups().signupsOf(id)) {
            String state = s.cancelledAt().isPresent() ? v.t("signup.cancelled")
                    : s.attended() ? v.t("signup.attended") : v.t("signup.active");
            signups.add(new Line(s.campaign().value(), List.of(s.campaign().value(), f.instant(s.signedUpAt()), state),
                    "/campaigns/" + enc(s.campaign().value())));
        }
        String title = d.profile().map(b -> b.profile().name() + " · " + id.value()).orElse(id.value());
        x.page("buyers/buyer.jte", x.shell(title, "buyers", List.of(
                new Shell.Crumb(v.t("buyers.list.title"), "/buyers"), new Shell.Crumb(id.value(), null))),
                new BuyerView(id.value(), d.registered(), profile, rfm, segment, visits, visitSummary, coupons,
                        redemptions, signups));
    }
}
