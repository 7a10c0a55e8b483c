package org.mallcrm.adapters.http.web.console;

import static org.mallcrm.adapters.http.web.kit.Links.enc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.mallcrm.adapters.http.common.Dates;
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
import org.mallcrm.application.channel.port.in.TripUseCases;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.out.ChangeCounters;
import org.mallcrm.application.common.service.Remembered;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.application.overview.service.MallOverviewService;
import org.mallcrm.application.stall.port.in.StallFilter;
import org.mallcrm.application.stall.port.in.StallQueries;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.TripResult;
import org.mallcrm.domain.common.Limits;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.ArrearsAging;
import org.mallcrm.domain.receipt.Reminder;
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

    private final StallQueries stalls;
    private final LeaseQueries leases;
    private final MerchantQueries merchants;
    private final ReconcileUseCase reconcile;
    private final TripUseCases trips;

    /** Merchant names by number, read again only when a merchant changed. */
    private final Remembered<Map<MerchantNo, String>> names;

    public ListPages(StallQueries stalls, LeaseQueries leases, MerchantQueries merchants, ReconcileUseCase reconcile,
            TripUseCases trips, ChangeCounters counters) {
        this.names = new Remembered<>(counters, ChangeCounters.Kind.MERCHANTS);
        this.stalls = stalls;
        this.leases = leases;
        this.merchants = merchants;
        this.reconcile = reconcile;
        this.trips = trips;
    }

    @Override
    public List<WebRoute> routes() {
        List<WebRoute> routes = new ArrayList<>();
        routes.addAll(ListRoutes.of("/stalls", Access.staff(), this::stalls));
        routes.addAll(ListRoutes.of("/leases", Access.staff(), this::leases));
        routes.addAll(ListRoutes.of("/bills", Access.staff(), this::bills));
        routes.addAll(ListRoutes.of("/arrears", Access.staff(), this::arrears));
        routes.addAll(ListRoutes.of("/reminders", Access.staff(), this::reminders));
        routes.addAll(ListRoutes.of("/merchants", Access.staff(), this::merchants));
        routes.addAll(ListRoutes.of("/trips", Access.staff(), this::trips));
        return List.copyOf(routes);
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("stalls", "/stalls", "menu.stalls", "menu.group.stalls", 21, Access.staff()),
                new MenuEntry("merchants", "/merchants", "menu.merchants", "menu.group.leasing", 30, Access.staff()),
                new MenuEntry("leases", "/leases", "menu.leases", "menu.group.leasing", 31, Access.staff()),
                new MenuEntry("bills", "/bills", "menu.bills", "menu.group.money", 40, Access.staff()),
                new MenuEntry("arrears", "/arrears", "menu.arrears", "menu.group.money", 41, Access.staff()),
                new MenuEntry("reminders", "/reminders", "menu.reminders", "menu.group.money", 42, Access.staff()),
                new MenuEntry("trips", "/trips", "menu.trips", "menu.group.channels", 50, Access.staff()));
    }


    private static Listing listing(Viewer v, String title, String active, List<Filter> filters, List<Column> columns,
            Listing.Rows rows, List<String> summary) {
        return new Listing(title, active, List.of(), filters, columns, rows, summary, v.t("list.empty"));
    }

    // ---- stalls ----

    private Listing stalls(WebExchange x) {
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
        long total = count(filter);
        Listing.Rows rows = Listing.Rows.paged((cursor, limit) -> stalls.list(filter, cursor, limit),
                s -> new Row(List.of(Cell.link(s.no().value(), "/floors/" + s.floor() + "?stall="
                        + enc(s.no().value())), Cell.of(s.floor()), Cell.of(s.zone()), Cell.of(s.businessType().name()),
                        Cell.of(v.t("status." + s.status().name())), Cell.area(s.leasableArea(), f),
                        Cell.money(s.baseRent(), f))));
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
        return listing(v, v.t("list.stalls.title"), "stalls", filters, List.of(new Column(v.t("col.stall_no"), false),
                new Column(v.t("col.floor"), false), new Column(v.t("col.zone"), false),
                new Column(v.t("col.business_type"), false), new Column(v.t("col.status"), false),
                new Column(v.t("col.leasable_area"), true), new Column(v.t("col.base_rent"), true)), rows, summary);
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
        return names.get(LocalDate.EPOCH, merchants::names);
    }

    private Listing leases(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        LocalDate today = leases.today();
        Optional<Integer> within;
        try {
            within = x.query("expiring_within").map(Integer::valueOf);
        } catch (NumberFormatException e) {
            throw WebException.badRequest("error.400.parameter", "expiring_within");
        }
        // days ahead, as a count of days is bounded everywhere: 0 (today) to Limits.MAX_DAYS
        if (within.isPresent() && (within.get() < 0 || within.get() > Limits.MAX_DAYS)) {
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
                    Cell.date(t.start(), f), Cell.date(r.occupiedThrough(), f), Cell.money(t.monthlyRent(), f))));
        }
        List<Chip> chips = new ArrayList<>();
        chips.add(new Chip(v.t("list.leases.live"), "/leases", within.isEmpty()));
        for (int d : MallOverviewService.EXPIRY_SPANS) {
            chips.add(new Chip(v.t("dashboard.expiring.within", d), "/leases?expiring_within=" + d,
                    within.map(w -> w == d).orElse(false)));
        }
        List<String> summary = List.of(v.t("list.leases.count", f.count(out.size())));
        return listing(v, v.t("list.leases.title"), "leases", List.of(new Filter(v.t("list.leases.which"), chips)),
                List.of(new Column(v.t("col.lease_no"), false), new Column(v.t("col.merchant"), false),
                        new Column(v.t("col.stalls"), false), new Column(v.t("col.start"), false),
                        new Column(v.t("col.end"), false), new Column(v.t("col.monthly_rent"), true)),
                Listing.Rows.of(out), summary);
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
                    new Cell(String.valueOf(i.seq()), null, null, new TableView.Value.Count(i.seq())),
                    Cell.date(i.dueOn(), f), Cell.money(i.amount(), f), Cell.money(i.paid(), f),
                    Cell.money(i.outstanding(), f)));
            if (overdue) {
                cells.add(Cell.count(i.daysOverdue(), f));
                cells.add(Cell.money(i.lateFee(), f));
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

    private Listing bills(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Optional<String> typed = x.query("month");
        YearMonth month = typed.isPresent() ? Dates.monthOrNull(typed.get()) : YearMonth.from(leases.today());
        if (month == null) {
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
        return listing(v, v.t("list.bills.title", f.month(month)), "bills", List.of(new Filter(v.t("list.bills.month"),
                months), new Filter(v.t("list.bills.which"), which)), installmentColumns(v, false),
                Listing.Rows.of(installmentRows(v, lines, false)), summary);
    }

    private Listing arrears(WebExchange x) {
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
            chips.add(new Chip(v.t("age." + a.code()), "/arrears?age=" + enc(a.code()), age.map(a::equals).orElse(false)));
        }
        List<String> summary = List.of(v.t("list.arrears.summary", f.count(lines.size()), f.money(owed),
                f.money(fees)));
        return listing(v, v.t("list.arrears.title"), "arrears", List.of(new Filter(v.t("list.arrears.age"), chips)),
                installmentColumns(v, true), Listing.Rows.of(installmentRows(v, lines, true)), summary);
    }

    /** Days ahead a reminders list may look: a year. */
    private static final int MAX_WITHIN = 366;
    private static final List<Integer> WITHIN = List.of(3, 7, 15, 30);

    /**
     * 催缴提醒: the installments due within the days asked (the mall's reminder days unless chosen) and every
     * overdue one, with the unpaid principal and late fee, as {@code mallcrm reminders} lists them.
     */
    private Listing reminders(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Integer within;
        try {
            within = x.query("within").map(Integer::valueOf).orElse(null);
        } catch (NumberFormatException e) {
            throw WebException.badRequest("error.400.parameter", "within");
        }
        if (within != null && (within < 0 || within > MAX_WITHIN)) {
            throw WebException.badRequest("error.400.parameter", "within");
        }
        List<Reminder> reminders = leases.reminders(null, within);
        Map<MerchantNo, String> names = merchantNames();
        List<Row> rows = new ArrayList<>();
        for (Reminder r : reminders) {
            rows.add(new Row(List.of(Cell.link(r.leaseNo().value(), "/leases/" + enc(r.leaseNo().value())),
                    Cell.of(r.merchantNo().value() + " " + names.getOrDefault(r.merchantNo(), "")),
                    new Cell(String.valueOf(r.seq()), null, null, new TableView.Value.Count(r.seq())),
                    Cell.date(r.dueOn(), f), Cell.money(r.outstanding(), f), Cell.count(r.daysOverdue(), f),
                    Cell.money(r.lateFee(), f), Cell.of(v.t("installment." + r.status().name())))));
        }
        List<Chip> chips = new ArrayList<>();
        chips.add(new Chip(v.t("list.reminders.default"), "/reminders", within == null));
        for (int d : WITHIN) {
            chips.add(new Chip(v.t("list.reminders.within", d), "/reminders?within=" + d,
                    within != null && within == d));
        }
        long overdue = reminders.stream().filter(r -> r.daysOverdue() > 0).count();
        List<String> summary = List.of(v.t("list.reminders.summary", f.count(reminders.size()), f.count(overdue),
                f.money(Money.sum(reminders.stream().map(Reminder::outstanding).toList())),
                f.money(Money.sum(reminders.stream().map(Reminder::lateFee).toList()))));
        List<Column> columns = List.of(new Column(v.t("col.lease_no"), false), new Column(v.t("col.merchant"), false),
                new Column(v.t("col.seq"), true), new Column(v.t("col.due_on"), false),
                new Column(v.t("col.outstanding"), true), new Column(v.t("col.days_overdue"), true),
                new Column(v.t("col.late_fee"), true), new Column(v.t("col.status"), false));
        return listing(v, v.t("list.reminders.title"), "reminders", List.of(new Filter(v.t("list.reminders.which"),
                chips)), columns, Listing.Rows.of(rows), summary);
    }

    // ---- merchants ----

    private Listing merchants(WebExchange x) {
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
                    String file = "/merchants/" + enc(m.no().value());
                    rows.add(new Row(List.of(Cell.link(m.no().value(), file), Cell.link(m.name(), file),
                            Cell.of(v.t("stage." + m.stage().name())), Cell.date(m.currentStage().enteredOn(), f),
                            // a stage entered after today (a lease signed to start later) has no dwell yet
                            m.currentStage().enteredOn().isAfter(today) ? Cell.of("—")
                                    : Cell.count(m.currentDwellDays(today), f))));
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
        return listing(v, v.t("list.merchants.title"), "merchants", List.of(new Filter(v.t("list.merchants.stage"),
                chips)), List.of(new Column(v.t("col.merchant_no"), false), new Column(v.t("col.name"), false),
                new Column(v.t("col.stage"), false), new Column(v.t("col.entered_on"), false),
                new Column(v.t("col.dwell_days"), true)), Listing.Rows.of(rows), List.of(v.t("list.merchants.count",
                f.count(rows.size()))));
    }

    // ---- trips ----

    private Listing trips(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        LocalDate today = leases.today();
        // a mistaken period is said on the page, above the form that keeps it, as /buyers/stats does
        PeriodForm typed = PeriodForm.read(x, v, today.withDayOfMonth(1), today, MAX_TRIP_PERIOD_DAYS);
        YearMonth thisMonth = YearMonth.from(today);
        YearMonth lastMonth = thisMonth.minusMonths(1);
        if (!typed.usable()) {
            List<Chip> periods = List.of(new Chip(v.t("list.trips.this_month"), "/trips", false),
                    new Chip(v.t("list.trips.last_month"), tripsOf(lastMonth), false));
            return listing(v, v.t("list.trips.title"), "trips", List.of(new Filter(v.t("list.trips.period"), periods)),
                    tripColumns(v), Listing.Rows.of(List.of()), List.of())
                    .withPeriod(TableView.Period.of("/trips", v.t("list.period"), typed), typed.error(), null);
        }
        LocalDate from = typed.from();
        LocalDate to = typed.to();
        List<Row> rows = new ArrayList<>();
        long reported = 0;
        List<TripResult> found = reconcile.reconcile(from, to).trips();
        Map<ChannelCode, String> channelNames = trips.channelNames(found.stream().map(t -> t.trip().channel())
                .collect(Collectors.toSet()));
        for (TripResult t : found) {
            reported += t.trip().reportedHeadcount();
            rows.add(new Row(List.of(Cell.link(t.trip().tripNo().toString(), "/trips/" + enc(t.trip().tripNo().toString())),
                    Cell.link(t.trip().channel().toString(), "/statements/" + t.trip().channel() + "/"
                            + YearMonth.from(t.trip().arrivalDate())),
                    Cell.of(channelNames.getOrDefault(t.trip().channel(), "")),
                    Cell.date(t.trip().arrivalDate(), f), Cell.count(t.trip().reportedHeadcount(), f),
                    Cell.count(t.validHeads(), f), Cell.count(t.paidHeads(), f), Cell.money(t.commission(), f),
                    Cell.of(t.flagged() ? v.t("list.trips.flagged") : ""))));
        }
        // the period: chosen with the form, or this month or last with a chip; an empty one offers the month before
        List<Chip> periods = List.of(
                new Chip(v.t("list.trips.this_month"), "/trips", from.equals(thisMonth.atDay(1)) && to.equals(today)),
                new Chip(v.t("list.trips.last_month"), tripsOf(lastMonth), from.equals(lastMonth.atDay(1))
                        && to.equals(lastMonth.atEndOfMonth())));
        YearMonth before = YearMonth.from(from).minusMonths(1);
        Chip previous = new Chip(v.t("list.trips.previous", f.month(before)), tripsOf(before), false);
        return listing(v, v.t("list.trips.title"), "trips", List.of(new Filter(v.t("list.trips.period"), periods)),
                tripColumns(v), Listing.Rows.of(rows), List.of(v.t("list.trips.summary",
                f.date(from), f.date(to), f.count(rows.size()), f.count(reported))))
                .withPeriod(new TableView.Period("/trips", v.t("list.period"), from, to),
                        v.t("list.trips.empty", f.date(from), f.date(to)), previous);
    }

    /** The longest period the trips page reconciles: its last day at most this many days after its first. */
    static final int MAX_TRIP_PERIOD_DAYS = 400;

    private static List<Column> tripColumns(Viewer v) {
        return List.of(new Column(v.t("col.trip_no"), false),
                new Column(v.t("col.channel"), false), new Column(v.t("col.channel_name"), false),
                new Column(v.t("col.arrival"), false),
                new Column(v.t("col.reported"), true), new Column(v.t("col.valid_heads"), true),
                new Column(v.t("col.paid_heads"), true), new Column(v.t("col.commission"), true),
                new Column(v.t("col.flag"), false));
    }

    private static String tripsOf(YearMonth month) {
        return "/trips?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
    }
}
