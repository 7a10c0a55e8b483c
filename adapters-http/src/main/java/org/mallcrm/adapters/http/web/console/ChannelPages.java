package org.mallcrm.adapters.http.web.console;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mallcrm.adapters.http.common.Dates;
import org.mallcrm.adapters.http.web.console.DetailView.Action;
import org.mallcrm.adapters.http.web.console.DetailView.Fact;
import org.mallcrm.adapters.http.web.console.DetailView.Section;
import org.mallcrm.adapters.http.web.console.TableView.Cell;
import org.mallcrm.adapters.http.web.console.TableView.Column;
import org.mallcrm.adapters.http.web.console.TableView.Row;
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
import org.mallcrm.application.channel.port.in.CommissionRulesUseCase;
import org.mallcrm.application.channel.port.in.ReconcileUseCase;
import org.mallcrm.application.channel.port.in.StatementUseCases;
import org.mallcrm.application.channel.port.in.TripUseCases;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.audit.AuditEntry;
import org.mallcrm.domain.channel.Adjustment;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.CloseOutcome;
import org.mallcrm.domain.channel.ClosedStatement;
import org.mallcrm.domain.channel.CommissionPolicy;
import org.mallcrm.domain.channel.CommissionRules;
import org.mallcrm.domain.channel.CommissionStatement;
import org.mallcrm.domain.channel.StatementTotals;
import org.mallcrm.domain.channel.StatementLine;
import org.mallcrm.domain.channel.Tier;
import org.mallcrm.domain.channel.TracedHead;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.channel.TripNo;

/**
 * The channels' pages of the console: a trip with its reported and valid heads down to each head's two scans
 * ({@code /trips/{no}}), the month's commission statements per channel ({@code /statements}), one statement with its
 * lines and adjustments and, for 财务部, closing it ({@code /statements/{channel}/{month}}), and the commission rules
 * ({@code /commission-rules}). The same use cases as {@code commissions trip|statement|close|rules}.
 */
public final class ChannelPages implements WebPage {

    private final StatementUseCases statements;
    private final ReconcileUseCase reconcile;
    private final CommissionRulesUseCase rules;
    private final TripUseCases trips;
    private final LeaseQueries clock;
    private final AuditLog audit;

    public ChannelPages(StatementUseCases statements, ReconcileUseCase reconcile, CommissionRulesUseCase rules,
            TripUseCases trips, LeaseQueries clock, AuditLog audit) {
        this.statements = statements;
        this.reconcile = reconcile;
        this.rules = rules;
        this.trips = trips;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public List<WebRoute> routes() {
        List<WebRoute> routes = new ArrayList<>(List.of(
                WebRoute.get("/trips/{no}", Access.staff(), this::trip),
                WebRoute.get("/statements/{channel}/{month}", Access.staff(), this::statement),
                WebRoute.post("/statements/{channel}/{month}/close", Access.staff(Capability.STATEMENTS),
                        this::close)));
        routes.addAll(ListRoutes.of("/statements", Access.staff(), this::month));
        routes.addAll(ListRoutes.of("/commission-rules", Access.staff(), this::rules));
        return routes;
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("statements", "/statements", "menu.statements", "menu.group.channels", 51,
                        Access.staff()),
                new MenuEntry("commission-rules", "/commission-rules", "menu.commission_rules", "menu.group.channels",
                        52, Access.staff()));
    }

    // ---- a trip ----

    private void trip(WebExchange x) {
        TripNo no;
        try {
            no = TripNo.of(x.pathParam("no"));
        } catch (IllegalArgumentException e) {
            throw WebException.notFound();
        }
        StatementUseCases.TripLine found = statements.line(no).orElseThrow(WebException::notFound);
        Viewer v = x.viewer();
        Formats f = v.formats();
        StatementLine line = found.line();
        Trip t = line.trip();
        YearMonth month = YearMonth.from(t.arrivalDate());
        List<Fact> facts = List.of(
                Fact.of("trip_no", v.t("col.trip_no"), t.tripNo().toString()),
                new Fact("channel", v.t("col.channel"), named(t.channel()), statementHref(t.channel(), month)),
                Fact.of("coach_plate", v.t("channel.coach_plate"), t.coachPlate().toString()),
                Fact.of("arrival", v.t("col.arrival"), f.date(t.arrivalDate())),
                Fact.of("window", v.t("channel.window"), f.instant(t.windowStart()) + " – "
                        + f.instant(t.windowEnd())),
                Fact.of("reported", v.t("col.reported"), f.count(t.reportedHeadcount())),
                Fact.of("valid_heads", v.t("col.valid_heads"), f.count(line.validHeads())),
                Fact.of("paid_heads", v.t("col.paid_heads"), f.count(line.paidHeads())),
                Fact.of("commission", v.t("col.commission"), f.money(line.commission())),
                Fact.of("flag", v.t("col.flag"), line.flagged() ? v.t("list.trips.flagged") : "—"),
                new Fact("statement", v.t("channel.statement"), v.t("channel.status." + found.status().name()),
                        statementHref(t.channel(), month)));
        List<Row> heads = new ArrayList<>();
        for (TracedHead h : line.heads()) {
            heads.add(new Row(List.of(Cell.of(h.buyer().toString()), Cell.of(h.channelScan().toString()),
                    Cell.of(f.instant(h.channelScanAt())), Cell.of(h.checkinScan().toString()),
                    Cell.of(f.instant(h.checkinAt())), Cell.of(h.paid() ? v.t("channel.head.paid") : ""))));
        }
        TableView table = new TableView(List.of(), List.of(new Column(v.t("channel.buyer"), false),
                new Column(v.t("channel.channel_scan"), false), new Column(v.t("channel.channel_scan_at"), false),
                new Column(v.t("channel.checkin_scan"), false), new Column(v.t("channel.checkin_at"), false),
                new Column(v.t("channel.head.paid_col"), false)), heads, List.of(), null, v.t("channel.heads.none"));
        x.page("detail.jte", x.shell(v.t("channel.trip.title", t.tripNo().toString()), "trips", List.of(
                new Shell.Crumb(v.t("menu.trips"), "/trips"), new Shell.Crumb(t.tripNo().toString(), null))),
                new DetailView("trip", null, List.of(), facts,
                        List.of(new Section("heads", v.t("channel.heads"), table)), List.of()));
    }

    /** The channel as a person reads it: its code and, when the channel is stored, its name ({@code CH02 杭州快客}). */
    private String named(ChannelCode channel) {
        String name = trips.channelNames(List.of(channel)).get(channel);
        return name == null ? channel.toString() : channel + " " + name;
    }

    private static String statementHref(ChannelCode channel, YearMonth month) {
        return "/statements/" + channel + "/" + month;
    }

    // ---- a month's statements ----

    private YearMonth monthParam(WebExchange x, String value) {
        YearMonth month = Dates.monthOrNull(value);
        if (month == null) {
            throw WebException.badRequest("error.400.parameter", "month");
        }
        return month;
    }

    private Listing month(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        LocalDate today = clock.today();
        YearMonth month = x.query("month").map(m -> monthParam(x, m)).orElse(YearMonth.from(today).minusMonths(1));
        List<StatementTotals> all = statements.totalsOf(month);
        Map<ChannelCode, String> channelNames = trips.channelNames(all.stream().map(StatementTotals::channel)
                .collect(Collectors.toSet()));
        List<Row> rows = new ArrayList<>();
        long trips = 0;
        org.mallcrm.domain.money.Money total = org.mallcrm.domain.money.Money.ZERO;
        for (StatementTotals s : all) {
            ChannelCode c = s.channel();
            trips += s.trips();
            total = total.plus(s.total());
            rows.add(new Row(List.of(Cell.link(c.toString(), statementHref(c, month)),
                    Cell.of(channelNames.getOrDefault(c, "")), Cell.of(v.t("channel.status." + s.status().name())), Cell.count(s.trips(), f),
                    Cell.count(s.reportedHeads(), f), Cell.count(s.validHeads(), f), Cell.count(s.paidHeads(), f),
                    Cell.money(s.linesTotal(), f), Cell.money(s.adjustmentsTotal(), f),
                    Cell.money(s.total(), f).figured("total"))));
        }
        List<TableView.Chip> months = new ArrayList<>();
        for (int back = 5; back >= 0; back--) {
            YearMonth m = YearMonth.from(today).minusMonths(back);
            months.add(new TableView.Chip(f.month(m), "/statements?month=" + m, m.equals(month)));
        }
        return new Listing(v.t("channel.statements.title", f.month(month)), "statements", List.of(),
                List.of(new TableView.Filter(v.t("channel.month"), months)),
                List.of(new Column(v.t("col.channel"), false), new Column(v.t("col.channel_name"), false),
                        new Column(v.t("col.status"), false), new Column(v.t("channel.trips"), true), new Column(v.t("col.reported"), true),
                        new Column(v.t("col.valid_heads"), true), new Column(v.t("col.paid_heads"), true),
                        new Column(v.t("channel.lines_total"), true), new Column(v.t("channel.adjustments"), true),
                        new Column(v.t("channel.total"), true)),
                Listing.Rows.of(rows), List.of(v.t("channel.statements.summary", f.count(all.size()),
                        f.count(trips), f.money(total))), v.t("list.empty"));
    }

    // ---- one statement ----

    private record Key(ChannelCode channel, YearMonth month) {
    }

    private Key key(WebExchange x) {
        ChannelCode channel;
        try {
            channel = ChannelCode.of(x.pathParam("channel"));
        } catch (IllegalArgumentException e) {
            throw WebException.notFound();
        }
        YearMonth month = Dates.monthOrNull(x.pathParam("month"));
        if (month == null) {
            throw WebException.notFound();
        }
        return new Key(channel, month);
    }

    private void statement(WebExchange x) {
        Key k = key(x);
        String done = x.query("closed").isPresent() ? x.viewer().t("channel.close.done") : null;
        render(x, 200, k, done, List.of());
    }

    private void render(WebExchange x, int status, Key k, String done, List<String> errors) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        CommissionStatement s = statements.statement(k.channel(), k.month());
        if (s.lines().isEmpty() && s.adjustments().isEmpty() && s instanceof org.mallcrm.domain.channel.DraftStatement
                && reconcile.reconcile(k.month().atDay(1), k.month().atEndOfMonth()).trips().stream()
                        .noneMatch(t -> t.channel().equals(k.channel()))) {
            throw WebException.notFound();
        }
        String channel = named(k.channel());
        List<Fact> facts = new ArrayList<>(List.of(
                Fact.of("channel", v.t("col.channel"), channel),
                Fact.of("month", v.t("channel.month"), f.month(k.month())),
                Fact.of("status", v.t("col.status"), v.t("channel.status." + s.status().name())),
                Fact.of("trips", v.t("channel.trips"), f.count(s.lines().size())),
                Fact.of("valid_heads", v.t("col.valid_heads"), f.count(s.validHeads())),
                Fact.of("paid_heads", v.t("col.paid_heads"), f.count(s.paidHeads())),
                Fact.of("lines_total", v.t("channel.lines_total"), f.money(s.linesTotal())),
                Fact.of("adjustments", v.t("channel.adjustments"), f.money(s.adjustmentsTotal())),
                Fact.of("total", v.t("channel.total"), f.money(s.total()))));
        if (s instanceof ClosedStatement c) {
            facts.add(Fact.of("closed_at", v.t("channel.closed_at"), f.instant(c.closedAt())));
        }
        List<Row> lines = new ArrayList<>();
        for (StatementLine l : s.lines()) {
            lines.add(new Row(List.of(Cell.link(l.trip().tripNo().toString(), "/trips/" + l.trip().tripNo()),
                    Cell.of(f.date(l.trip().arrivalDate())), Cell.of(f.count(l.trip().reportedHeadcount())),
                    Cell.of(f.count(l.validHeads())), Cell.of(f.count(l.paidHeads())), Cell.of(f.money(l.commission())),
                    Cell.of(l.flagged() ? v.t("list.trips.flagged") : ""))));
        }
        List<Row> adjustments = new ArrayList<>();
        for (Adjustment a : s.adjustments()) {
            adjustments.add(new Row(List.of(Cell.of(f.month(a.correctedMonth())), Cell.link(a.trip().toString(),
                    "/trips/" + a.trip()), Cell.of(f.count(a.paidHeadsDelta())), Cell.of(f.money(a.amount())),
                    Cell.of(a.reason()))));
        }
        List<Section> sections = List.of(
                new Section("lines", v.t("channel.lines"), new TableView(List.of(), List.of(
                        new Column(v.t("col.trip_no"), false), new Column(v.t("col.arrival"), false),
                        new Column(v.t("col.reported"), true), new Column(v.t("col.valid_heads"), true),
                        new Column(v.t("col.paid_heads"), true), new Column(v.t("col.commission"), true),
                        new Column(v.t("col.flag"), false)), lines, List.of(), null, v.t("list.empty"))),
                new Section("adjustments", v.t("channel.adjustments"), new TableView(List.of(), List.of(
                        new Column(v.t("channel.corrected_month"), false), new Column(v.t("col.trip_no"), false),
                        new Column(v.t("col.paid_heads"), true), new Column(v.t("channel.amount"), true),
                        new Column(v.t("channel.reason"), false)), adjustments, List.of(), null,
                        v.t("channel.adjustments.none"))));
        List<Action> actions = s instanceof ClosedStatement || !v.may(Capability.STATEMENTS) ? List.of()
                : List.of(new Action("close", v.t("channel.close"),
                        statementHref(k.channel(), k.month()) + "/close",
                        v.t("channel.close.confirm", channel, f.month(k.month()), f.money(s.total()))));
        String title = v.t("channel.statement.title", channel, f.month(k.month()));
        x.page(status, "detail.jte", x.shell(title, "statements", List.of(
                new Shell.Crumb(v.t("menu.statements"), "/statements?month=" + k.month()),
                new Shell.Crumb(channel + " " + f.month(k.month()), null))),
                new DetailView("statement", done, errors, facts, sections, actions));
    }

    private void close(WebExchange x) {
        Key k = key(x);
        Viewer v = x.viewer();
        if (k.month().isAfter(YearMonth.from(clock.today()))) {
            render(x, 422, k, null, List.of(v.t("channel.close.future")));
            return;
        }
        switch (statements.close(k.channel(), k.month())) {
            case CloseOutcome.Closed c -> {
                audit.record(x.principal(), AuditEntry.Via.WEB, "statement.close", k.channel() + "/" + k.month(),
                        v.t("audit.statement.close", k.channel().toString(), v.formats().month(k.month()),
                                v.formats().money(c.statement().total())));
                x.redirect(statementHref(k.channel(), k.month()) + "?closed=1");
            }
            case CloseOutcome.AlreadyClosed a -> render(x, 409, k, null, List.of(v.t("channel.close.already",
                    v.formats().instant(a.statement().closedAt()))));
        }
    }

    // ---- the rules ----

    private Listing rules(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        CommissionRules r = rules.rules();
        List<Row> rows = new ArrayList<>();
        rows.add(policyRow(v, f, v.t("channel.rules.default"), "", r.defaults()));
        Map<ChannelCode, String> channelNames = trips.channelNames(r.channels().keySet());
        for (Map.Entry<ChannelCode, CommissionPolicy> e : new java.util.TreeMap<>(r.channels()).entrySet()) {
            rows.add(policyRow(v, f, e.getKey().toString(), channelNames.getOrDefault(e.getKey(), ""),
                    e.getValue()));
        }
        return new Listing(v.t("channel.rules.title"), "commission-rules", List.of(), List.of(),
                List.of(new Column(v.t("col.channel"), false), new Column(v.t("col.channel_name"), false),
                        new Column(v.t("channel.rules.rate"), true),
                        new Column(v.t("channel.rules.tiers"), false), new Column(v.t("channel.rules.cap"), true),
                        new Column(v.t("channel.rules.min_heads"), true),
                        new Column(v.t("channel.rules.cap_at_reported"), false),
                        new Column(v.t("channel.rules.variance"), true),
                        new Column(v.t("channel.rules.scan_order"), true)),
                Listing.Rows.of(rows), List.of(v.t("channel.rules.summary")), v.t("list.empty"));
    }

    private static Row policyRow(Viewer v, Formats f, String who, String name, CommissionPolicy p) {
        List<String> tiers = new ArrayList<>();
        for (Tier t : p.tiers()) {
            tiers.add(v.t("channel.rules.tier", f.count(t.from()), f.money(t.rate())));
        }
        String tierText = tiers.isEmpty() ? "—"
                : String.join("；", tiers) + " (" + v.t("channel.rules.mode." + p.tierMode().name()) + ")";
        return new Row(List.of(Cell.of(who), Cell.of(name), Cell.money(p.ratePerHead(), f), Cell.of(tierText),
                p.monthlyCap().map(m -> Cell.money(m, f)).orElse(Cell.of("—")), Cell.count(p.minHeads(), f),
                Cell.of(p.capAtReported() ? v.t("channel.rules.cap_at_reported.on", p.capTolerance().toString())
                        : v.t("channel.rules.off")),
                Cell.of(p.varianceFlag() + "%"), Cell.count(p.scanOrderToleranceMinutes(), f)));
    }
}
