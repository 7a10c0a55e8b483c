package org.mallcrm.adapters.http.web.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.MenuEntry;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.adapters.http.web.console.TableView.Cell;
import org.mallcrm.adapters.http.web.console.TableView.Chip;
import org.mallcrm.adapters.http.web.console.TableView.Column;
import org.mallcrm.adapters.http.web.console.TableView.Filter;
import org.mallcrm.adapters.http.web.console.TableView.Row;
import org.mallcrm.application.channel.port.in.ReconcileUseCase;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.out.ChangeCounters;
import org.mallcrm.application.common.service.Remembered;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.application.overview.service.MallOverviewService;
import org.mallcrm.application.stall.port.in.StallFilter;
import org.mallcrm.application.stall.port.in.StallQueries;
import org.mallcrm.domain.channel.TripResult;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.ArrearsAging;
import org.mallcrm.domain.receipt.InstallmentView;
import org.mallcrm.domain.stall.BusinessType;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;

/**
 * The lists behind the dashboard's figures: stalls (by floor, status, business type), leases (expiring within N
 * days), the month's bills, arrears by age, merchants by stage, the channels' trips of a period. Each reads the
 * same use case as the figure, so a list's total is the figure.
 */
public final class ListPages implements WebPage {

    private static final int PAGE = 200;
    private final StallQueries stalls;
    private final LeaseQueries leases;
    private final MerchantQueries merchants;
    private final ReconcileUseCase reconcile;

    /** Merchant names by number, read again only when a merchant changed. */
    private final Remembered<Map<MerchantNo, String>> names;

    public ListPages(StallQueries stalls, LeaseQueries leases, MerchantQueries merchants, ReconcileUseCase reconcile,
            ChangeCounters counters) {
        this.names = new Remembered<>(counters, ChangeCounters.Kind.MERCHANTS);
        this.stalls = stalls;
        this.leases = leases;
        this.merchants = merchants;
        this.reconcile = reconcile;
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(
                WebRoute.get("/stalls", Access.staff(), this::stalls),
                WebRoute.get("/leases", Access.staff(), this::leases),
                WebRoute.get("/bills", Access.staff(), this::bills),
                WebRoute.get("/arrears", Access.staff(), this::arrears),
                WebRoute.get("/merchants", Access.staff(), this::merchants),
                WebRoute.get("/trips", Access.staff(), this::trips));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("stalls", "/stalls", "menu.stalls", "menu.group.stalls", 21, Access.staff()),
                new MenuEntry("merchants", "/merchants", "menu.merchants", "menu.group.leasing", 30, Access.staff()),
                new MenuEntry("leases", "/leases", "menu.leases", "menu.group.leasing", 31, Access.staff()),
                new MenuEntry("bills", "/bills", "menu.bills", "menu.group.money", 40, Access.staff()),
                new MenuEntry("arrears", "/arrears", "menu.arrears", "menu.group.money", 41, Access.staff()),
                new MenuEntry("trips", "/trips", "menu.trips", "menu.group.channels", 50, Access.staff()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void show(WebExchange x, String titleKey, String active, TableView view, Object... args) {
        String title = x.viewer().t(titleKey, args);
        x.page("table.jte", x.shell(title, active, List.of()), view);
    }

    // ---- stalls ----

    private void stalls(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Optional<String> floor = x.query("floor");
        Optional<StallStatus> status;
        try {
            status = x.query("status").map(StallStatus::valueOf);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("error.400.parameter", "status");
        }
        Optional<BusinessType> type = x.query("business_type").map(BusinessType::new);
        StallFilter filter = new StallFilter(floor, status, type);
        Page<Stall> page = stalls.list(filter, x.query("cursor").orElse(null), PAGE);
        long total = count(filter);
        List<Row> rows = new ArrayList<>();
        for (Stall s : page.items()) {
            rows.add(new Row(List.of(Cell.link(s.no().value(), "/floors/" + s.floor() + "?stall=" + enc(s.no().value())),
                    Cell.of(s.floor()), Cell.of(s.zone()), Cell.of(s.businessType().name()),
                    Cell.of(v.t("status." + s.status().name())), Cell.of(f.area(s.leasableArea())),
                    Cell.of(f.money(s.baseRent())))));
        }
        String base = "/stalls?" + floor.map(fl -> "floor=" + enc(fl) + "&").orElse("")
                + type.map(t -> "business_type=" + enc(t.name()) + "&").orElse("");
        List<Chip> statusChips = new ArrayList<>();
        statusChips.add(new Chip(v.t("list.all"), base, status.isEmpty()));
        for (StallStatus st : StallStatus.values()) {
            statusChips.add(new Chip(v.t("status." + st.name()), base + "status=" + st.name(),
                    status.map(st::equals).orElse(false)));
        }
        List<Filter> filters = new ArrayList<>();
        filters.add(new Filter(v.t("list.stalls.status"), statusChips));
        List<String> summary = new ArrayList<>();
        summary.add(v.t("list.stalls.count", f.count(total)));
        floor.ifPresent(fl -> summary.add(v.t("list.filter.floor", fl)));
        type.ifPresent(t -> summary.add(v.t("list.filter.business_type", t.name())));
        String next = page.nextCursor() == null ? null
                : base + status.map(st -> "status=" + st.name() + "&").orElse("") + "cursor=" + enc(page.nextCursor());
        show(x, "list.stalls.title", "stalls", new TableView(filters, List.of(new Column(v.t("col.stall_no"), false),
                new Column(v.t("col.floor"), false), new Column(v.t("col.zone"), false),
                new Column(v.t("col.business_type"), false), new Column(v.t("col.status"), false),
                new Column(v.t("col.leasable_area"), true), new Column(v.t("col.base_rent"), true)), rows, summary,
                next, v.t("list.empty")));
    }

    private long count(StallFilter filter) {
        long n = 0;
        String cursor = null;
        do {
            Page<Stall> p = stalls.list(filter, cursor, StallQueries.MAX_PAGE);
            n += p.items().size();
            cursor = p.nextCursor();
        } while (cursor != null);
        return n;
    }

    // ---- leases ----

    private Map<MerchantNo, String> merchantNames() {
        return names.get(LocalDate.EPOCH, this::readMerchantNames);
    }

    private Map<MerchantNo, String> readMerchantNames() {
        Map<MerchantNo, String> names = new HashMap<>();
        String cursor = null;
        do {
            Page<Merchant> p = merchants.list(cursor, MerchantQueries.MAX_PAGE);
            p.items().forEach(m -> names.put(m.no(), m.name()));
            cursor = p.nextCursor();
        } while (cursor != null);
        return Map.copyOf(names);
    }

    private void leases(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        LocalDate today = leases.today();
        Optional<Integer> within;
        try {
            within = x.query("expiring_within").map(Integer::valueOf);
        } catch (NumberFormatException e) {
            throw WebException.badRequest("error.400.parameter", "expiring_within");
        }
        List<LeaseRecord> rows = new ArrayList<>();
        for (LeaseQueries.Standing s : leases.standings(today)) {
            LeaseRecord r = s.lease();
            boolean live = r.occupiedThrough().compareTo(today) >= 0;
            if (within.isPresent() ? MallOverviewService.expiresWithin(r, today, within.get()) : live) {
                rows.add(r);
            }
        }
        rows.sort(Comparator.comparing(LeaseRecord::occupiedThrough)
                .thenComparing(r -> r.account().lease().leaseNo().value()));
        Map<MerchantNo, String> names = merchantNames();
        List<Row> out = new ArrayList<>();
        for (LeaseRecord r : rows) {
            LeaseTerms t = r.account().lease().terms();
            out.add(new Row(List.of(Cell.link(t.leaseNo().value(), "/leases/" + enc(t.leaseNo().value())),
                    Cell.of(t.merchantNo().value() + " " + names.getOrDefault(t.merchantNo(), "")),
                    Cell.of(String.join(", ", t.stallNos().stream().map(StallNo::value).toList())),
                    Cell.of(f.date(t.start())), Cell.of(f.date(r.occupiedThrough())),
                    Cell.of(f.money(t.monthlyRent())))));
        }
        List<Chip> chips = new ArrayList<>();
        chips.add(new Chip(v.t("list.leases.live"), "/leases", within.isEmpty()));
        for (int d : MallOverviewService.EXPIRY_SPANS) {
            chips.add(new Chip(v.t("dashboard.expiring.within", d), "/leases?expiring_within=" + d,
                    within.map(w -> w == d).orElse(false)));
        }
        List<String> summary = List.of(v.t("list.leases.count", f.count(out.size())));
        show(x, "list.leases.title", "leases", new TableView(List.of(new Filter(v.t("list.leases.which"), chips)),
                List.of(new Column(v.t("col.lease_no"), false), new Column(v.t("col.merchant"), false),
                        new Column(v.t("col.stalls"), false), new Column(v.t("col.start"), false),
                        new Column(v.t("col.end"), false), new Column(v.t("col.monthly_rent"), true)),
                out, summary, null, v.t("list.empty")));
    }

    // ---- bills and arrears ----

    private record Line(LeaseRecord lease, InstallmentView installment) {
    }

    private List<Line> installments(Predicate<InstallmentView> keep) {
        List<Line> lines = new ArrayList<>();
        for (LeaseQueries.Standing s : leases.standings(leases.today())) {
            for (InstallmentView i : s.installments()) {
                if (keep.test(i)) {
                    lines.add(new Line(s.lease(), i));
                }
            }
        }
        lines.sort(Comparator.comparing((Line l) -> l.installment().dueOn())
                .thenComparing(l -> l.lease().account().lease().leaseNo().value())
                .thenComparingInt(l -> l.installment().seq()));
        return lines;
    }

    private List<Row> installmentRows(Viewer v, List<Line> lines, boolean overdue) {
        Formats f = v.formats();
        Map<MerchantNo, String> names = merchantNames();
        List<Row> rows = new ArrayList<>();
        for (Line l : lines) {
            LeaseTerms t = l.lease().account().lease().terms();
            InstallmentView i = l.installment();
            List<Cell> cells = new ArrayList<>(List.of(
                    Cell.link(t.leaseNo().value(), "/leases/" + enc(t.leaseNo().value())),
                    Cell.of(t.merchantNo().value() + " " + names.getOrDefault(t.merchantNo(), "")),
                    Cell.of(String.valueOf(i.seq())), Cell.of(f.date(i.dueOn())), Cell.of(f.money(i.amount())),
                    Cell.of(f.money(i.paid())), Cell.of(f.money(i.outstanding()))));
            if (overdue) {
                cells.add(Cell.of(f.count(i.daysOverdue())));
                cells.add(Cell.of(f.money(i.lateFee())));
            }
            cells.add(Cell.of(v.t("installment." + i.status().name())));
            rows.add(new Row(cells));
        }
        return rows;
    }

    private List<Column> installmentColumns(Viewer v, boolean overdue) {
        List<Column> c = new ArrayList<>(List.of(new Column(v.t("col.lease_no"), false),
                new Column(v.t("col.merchant"), false), new Column(v.t("col.seq"), true),
                new Column(v.t("col.due_on"), false), new Column(v.t("col.amount"), true),
                new Column(v.t("col.paid"), true), new Column(v.t("col.outstanding"), true)));
        if (overdue) {
            c.add(new Column(v.t("col.days_overdue"), true));
            c.add(new Column(v.t("col.late_fee"), true));
        }
        c.add(new Column(v.t("col.status"), false));
        return c;
    }

    private void bills(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        YearMonth month;
        try {
            month = x.query("month").map(YearMonth::parse).orElse(YearMonth.from(leases.today()));
        } catch (DateTimeParseException e) {
            throw WebException.badRequest("error.400.parameter", "month");
        }
        boolean unpaid = x.query("unpaid").isPresent();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<Line> lines = installments(i -> !i.dueOn().isBefore(first) && !i.dueOn().isAfter(last)
                && (!unpaid || i.outstanding().isPositive()));
        Money due = Money.sum(lines.stream().map(l -> l.installment().amount()).toList());
        Money paid = Money.sum(lines.stream().map(l -> l.installment().paid()).toList());
        String base = "/bills?month=" + month;
        List<Chip> months = List.of(new Chip(f.month(month.minusMonths(1)), "/bills?month=" + month.minusMonths(1),
                false), new Chip(f.month(month), base, true), new Chip(f.month(month.plusMonths(1)),
                "/bills?month=" + month.plusMonths(1), false));
        List<Chip> which = List.of(new Chip(v.t("list.all"), base, !unpaid),
                new Chip(v.t("list.bills.unpaid"), base + "&unpaid=1", unpaid));
        List<String> summary = List.of(v.t("list.bills.summary", f.count(lines.size()), f.money(due), f.money(paid)));
        show(x, "list.bills.title", "bills", new TableView(List.of(new Filter(v.t("list.bills.month"), months),
                new Filter(v.t("list.bills.which"), which)), installmentColumns(v, false),
                installmentRows(v, lines, false), summary, null, v.t("list.empty")), f.month(month));
    }

    private void arrears(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Optional<ArrearsAging.Age> age;
        try {
            age = x.query("age").map(ArrearsAging.Age::parse);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("error.400.parameter", "age");
        }
        List<Line> lines = installments(i -> {
            ArrearsAging.Age a = ArrearsAging.Age.of(i.daysOverdue());
            return i.outstanding().isPositive() && a != null && age.map(a::equals).orElse(true);
        });
        Money owed = Money.sum(lines.stream().map(l -> l.installment().outstanding()).toList());
        Money fees = Money.sum(lines.stream().map(l -> l.installment().lateFee()).toList());
        List<Chip> chips = new ArrayList<>();
        chips.add(new Chip(v.t("list.all"), "/arrears", age.isEmpty()));
        for (ArrearsAging.Age a : ArrearsAging.Age.values()) {
            chips.add(new Chip(v.t("age." + a.code()), "/arrears?age=" + a.code(), age.map(a::equals).orElse(false)));
        }
        List<String> summary = List.of(v.t("list.arrears.summary", f.count(lines.size()), f.money(owed),
                f.money(fees)));
        show(x, "list.arrears.title", "arrears", new TableView(List.of(new Filter(v.t("list.arrears.age"), chips)),
                installmentColumns(v, true), installmentRows(v, lines, true), summary, null, v.t("list.empty")));
    }

    // ---- merchants ----

    private void merchants(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Optional<Stage> stage;
        try {
            stage = x.query("stage").map(Stage::valueOf);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("error.400.parameter", "stage");
        }
        LocalDate today = merchants.today();
        List<Row> rows = new ArrayList<>();
        String cursor = null;
        do {
            Page<Merchant> p = merchants.list(cursor, MerchantQueries.MAX_PAGE);
            for (Merchant m : p.items()) {
                if (stage.map(s -> s == m.stage()).orElse(true)) {
                    rows.add(new Row(List.of(Cell.of(m.no().value()), Cell.of(m.name()),
                            Cell.of(v.t("stage." + m.stage().name())), Cell.of(f.date(m.currentStage().enteredOn())),
                            // a stage entered after today (a lease signed to start later) has no dwell yet
                            Cell.of(m.currentStage().enteredOn().isAfter(today) ? "—"
                                    : f.count(m.currentDwellDays(today))))));
                }
            }
            cursor = p.nextCursor();
        } while (cursor != null);
        List<Chip> chips = new ArrayList<>();
        chips.add(new Chip(v.t("list.all"), "/merchants", stage.isEmpty()));
        for (Stage s : Stage.values()) {
            chips.add(new Chip(v.t("stage." + s.name()), "/merchants?stage=" + s.name(),
                    stage.map(s::equals).orElse(false)));
        }
        show(x, "list.merchants.title", "merchants", new TableView(List.of(new Filter(v.t("list.merchants.stage"),
                chips)), List.of(new Column(v.t("col.merchant_no"), false), new Column(v.t("col.name"), false),
                new Column(v.t("col.stage"), false), new Column(v.t("col.entered_on"), false),
                new Column(v.t("col.dwell_days"), true)), rows, List.of(v.t("list.merchants.count",
                f.count(rows.size()))), null, v.t("list.empty")));
    }

    // ---- trips ----

    private void trips(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        LocalDate today = leases.today();
        LocalDate from;
        LocalDate to;
        try {
            from = x.query("from").map(LocalDate::parse).orElse(today.withDayOfMonth(1));
            to = x.query("to").map(LocalDate::parse).orElse(today);
        } catch (DateTimeParseException e) {
            throw WebException.badRequest("error.400.parameter", "from/to");
        }
        if (to.isBefore(from) || from.plusDays(400).isBefore(to)) {
            throw WebException.badRequest("error.400.parameter", "from/to");
        }
        List<Row> rows = new ArrayList<>();
        long reported = 0;
        for (TripResult t : reconcile.reconcile(from, to).trips()) {
            reported += t.trip().reportedHeadcount();
            rows.add(new Row(List.of(Cell.link(t.trip().tripNo().toString(), "/trips/" + enc(t.trip().tripNo().toString())),
                    Cell.link(t.trip().channel().toString(), "/statements/" + t.trip().channel() + "/"
                            + YearMonth.from(t.trip().arrivalDate())),
                    Cell.of(f.date(t.trip().arrivalDate())), Cell.of(f.count(t.trip().reportedHeadcount())),
                    Cell.of(f.count(t.validHeads())), Cell.of(f.count(t.paidHeads())), Cell.of(f.money(t.commission())),
                    Cell.of(t.flagged() ? v.t("list.trips.flagged") : ""))));
        }
        show(x, "list.trips.title", "trips", new TableView(List.of(), List.of(new Column(v.t("col.trip_no"), false),
                new Column(v.t("col.channel"), false), new Column(v.t("col.arrival"), false),
                new Column(v.t("col.reported"), true), new Column(v.t("col.valid_heads"), true),
                new Column(v.t("col.paid_heads"), true), new Column(v.t("col.commission"), true),
                new Column(v.t("col.flag"), false)), rows, List.of(v.t("list.trips.summary", f.date(from), f.date(to),
                f.count(rows.size()), f.count(reported))), null, v.t("list.empty")));
    }
}
