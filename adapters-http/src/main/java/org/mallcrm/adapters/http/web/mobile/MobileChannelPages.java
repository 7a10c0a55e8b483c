package org.mallcrm.adapters.http.web.mobile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mallcrm.adapters.http.common.Dates;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.Shell;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.channel.port.in.StatementUseCases;
import org.mallcrm.application.channel.port.in.TripUseCases;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.ClosedStatement;
import org.mallcrm.domain.channel.CommissionStatement;
import org.mallcrm.domain.channel.StatementLine;
import org.mallcrm.domain.channel.Trip;

/**
 * The channel app's page ({@code /m/trips}): a month's trips of the operator's own channel with reported and valid
 * heads, flags and commission, as on its statement (the closed one, or the draft computed now), and its closed
 * statements. Opens on the month of its latest trip; the same use case as {@code commissions statement}.
 */
public final class MobileChannelPages implements WebPage {

    private final StatementUseCases statements;
    private final TripUseCases trips;
    private final LeaseQueries clock;

    public MobileChannelPages(StatementUseCases statements, TripUseCases trips, LeaseQueries clock) {
        this.statements = statements;
        this.trips = trips;
        this.clock = clock;
    }

    /** A trip as the operator sees it. */
    public record TripItem(String tripNo, String arrival, String reported, String validHeads, String paidHeads,
            String commission, boolean flagged) {
    }

    /** A month's statement and the closed ones. */
    public record View(String channel, String month, String status, String statusCode, List<TripItem> trips,
            String reported, String validHeads, String commission, String adjustments, String total,
            String previousHref, String nextHref, List<Closed> closed) {
        public View {
            trips = List.copyOf(trips);
            closed = List.copyOf(closed);
        }
    }

    /** A closed statement in the list. */
    public record Closed(String month, String total, String href) {
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(WebRoute.get("/m/trips", Access.roles(Role.CHANNEL), this::show));
    }

    /** The month of the channel's latest trip up to today; this month when it has none. */
    private YearMonth latest(ChannelCode channel, LocalDate today) {
        LocalDate last = null;
        String cursor = null;
        do {
            Page<Trip> p = trips.list(Optional.of(channel), cursor, 500);
            for (Trip t : p.items()) {
                if (!t.arrivalDate().isAfter(today) && (last == null || t.arrivalDate().isAfter(last))) {
                    last = t.arrivalDate();
                }
            }
            cursor = p.nextCursor();
        } while (cursor != null);
        return YearMonth.from(last == null ? today : last);
    }

    private void show(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        ChannelCode me = ChannelCode.of(x.principal().subject().orElseThrow());
        LocalDate today = clock.today();
        Optional<String> typed = x.query("month");
        YearMonth month = typed.isPresent() ? Dates.monthOrNull(typed.get()) : latest(me, today);
        if (month == null) {
            throw WebException.badRequest("error.400.parameter", "month");
        }
        CommissionStatement s = statements.statement(me, month);
        List<TripItem> items = new ArrayList<>();
        long reported = 0;
        for (StatementLine l : s.lines()) {
            reported += l.trip().reportedHeadcount();
            items.add(new TripItem(l.trip().tripNo().toString(), f.date(l.trip().arrivalDate()),
                    f.count(l.trip().reportedHeadcount()), f.count(l.validHeads()), f.count(l.paidHeads()),
                    f.money(l.commission()), l.flagged()));
        }
        List<Closed> closed = new ArrayList<>();
        for (ClosedStatement c : statements.closed(Optional.of(me))) {
            closed.add(new Closed(f.month(c.month()), f.money(c.total()), "/m/trips?month=" + c.month()));
        }
        YearMonth next = month.plusMonths(1);
        x.page("mobile/trips.jte", x.shell(v.t("m.trips.title"), "", List.of(
                new Shell.Crumb(v.t("m.home.title"), "/m/"), new Shell.Crumb(f.month(month), null))),
                new View(me.toString(), f.month(month), v.t("m.trips.status." + s.status().name()), s.status().name(),
                        items, f.count(reported), f.count(s.validHeads()), f.money(s.linesTotal()),
                        f.money(s.adjustmentsTotal()), f.money(s.total()), "/m/trips?month=" + month.minusMonths(1),
                        next.isAfter(YearMonth.from(today)) ? null : "/m/trips?month=" + next, closed));
    }
}
