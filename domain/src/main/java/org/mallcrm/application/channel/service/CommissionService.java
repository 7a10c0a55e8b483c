package org.mallcrm.application.channel.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mallcrm.application.channel.port.in.CommissionRulesUseCase;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.settings.port.in.SettingsUseCases;
import org.mallcrm.application.settings.port.out.MallSettingsStore;
import org.mallcrm.application.settings.service.SettingsService;
import org.mallcrm.domain.channel.CommissionPolicy;
import org.mallcrm.domain.settings.SettingCatalogue;
import org.mallcrm.application.channel.port.in.ReconcileUseCase;
import org.mallcrm.application.channel.port.in.StatementUseCases;
import org.mallcrm.application.channel.port.out.CommissionRulesStore;
import org.mallcrm.application.channel.port.out.Scans;
import org.mallcrm.application.channel.port.out.Statements;
import org.mallcrm.application.channel.port.out.Trips;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.domain.channel.Adjustment;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.CloseOutcome;
import org.mallcrm.domain.channel.ClosedStatement;
import org.mallcrm.domain.channel.CommissionCalculator;
import org.mallcrm.domain.channel.CommissionRules;
import org.mallcrm.domain.channel.CommissionStatement;
import org.mallcrm.domain.channel.CorrectionOutcome;
import org.mallcrm.domain.channel.DraftStatement;
import org.mallcrm.domain.channel.ExclusionReason;
import org.mallcrm.domain.channel.HeadCounts;
import org.mallcrm.domain.channel.HeadKey;
import org.mallcrm.domain.channel.Reconciler;
import org.mallcrm.domain.channel.Reconciliation;
import org.mallcrm.domain.channel.StatementLine;
import org.mallcrm.domain.channel.StatementStatus;
import org.mallcrm.domain.channel.StatementTotals;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.channel.TripHeads;
import org.mallcrm.domain.channel.TripNo;
import org.mallcrm.domain.channel.TripResult;
import org.mallcrm.domain.channel.ValidHead;
import org.mallcrm.domain.channel.ValidHeadSink;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.time.MallTime;

/**
 * Rules, reconciliation and statements. A period is the trips arriving on its days; the scans read for it run from
 * a day before the first window (and the period's first day) to a day after the last window (and its last day), so
 * that channel scans made on the way and late check-ins are seen. Trips of neighbouring periods whose windows fall in
 * that span are reconciled too, so that their codes are not taken as unknown and a buyer they claim on a day is not
 * paid twice, but they are left out of the result.
 */
public final class CommissionService implements ReconcileUseCase, CommissionRulesUseCase, StatementUseCases {

    /** How far around the period's windows scans are read. */
    public static final Duration MARGIN = Duration.ofDays(1);

    private static final ZoneId ZONE = MallTime.ZONE;

    private final Trips trips;
    private final Scans scans;
    private final CommissionRulesStore rulesStore;
    private final Statements statements;
    private final MallSettingsStore settings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final int readers;

    /** A service that reads scans with up to two readers side by side when there are two processors. */
    public CommissionService(Trips trips, Scans scans, CommissionRulesStore rulesStore, Statements statements,
            MallSettingsStore settings, UnitOfWork unitOfWork, Clock clock) {
        this(trips, scans, rulesStore, statements, settings, unitOfWork, clock,
                Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** @param readers how many readers may share a reconciliation's scans (1: one reader) */
    public CommissionService(Trips trips, Scans scans, CommissionRulesStore rulesStore, Statements statements,
            MallSettingsStore settings, UnitOfWork unitOfWork, Clock clock, int readers) {
        this.readers = Math.max(1, readers);
        this.trips = trips;
        this.scans = scans;
        this.rulesStore = rulesStore;
        this.statements = statements;
        this.settings = settings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * The rules in force: the mall's default policy is its {@code commission.*} settings as stored now; each channel's
     * own rules keep what the channel set and follow the default for the rest.
     */
    @Override
    public CommissionRules rules() {
        CommissionPolicy defaults = settings.current().commissionDefaults();
        return rulesStore.load().map(r -> r.rebasedOnto(defaults)).orElse(CommissionRules.of(defaults));
    }

    /**
     * Replaces the rules: the default policy goes to the mall's {@code commission.*} settings (audited as changed by
     * {@code by}), the channels' rules to the rules store; all or nothing.
     */
    @Override
    public Outcome<CommissionRules> setRules(CommissionRules rules, String by) {
        return unitOfWork.inTransaction(() -> {
            Outcome<List<SettingsUseCases.SettingChange>> changed = new SettingsService(settings, unitOfWork, clock)
                    .setAll(SettingCatalogue.commissionTexts(rules.defaults()), by);
            if (!(changed instanceof Outcome.Done)) {
                return changed.recast();
            }
            rulesStore.save(rules);
            return Outcome.done(rules());
        });
    }

    @Override
    public Reconciliation reconcile(LocalDate from, LocalDate to) {
        return reconcile(from, to, rules(), ValidHeadSink.NONE);
    }

    /** Reconciles a period with these rules; each valid head of the period's trips goes to the sink. */
    public Reconciliation reconcile(LocalDate from, LocalDate to, CommissionRules rules, ValidHeadSink sink) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        List<Trip> period = trips.arrivingBetween(from, to);
        Instant first = from.atStartOfDay(ZONE).toInstant();
        Instant last = to.plusDays(1).atStartOfDay(ZONE).toInstant().minusNanos(1);
        for (Trip t : period) {
            first = t.windowStart().isBefore(first) ? t.windowStart() : first;
            last = t.windowEnd().isAfter(last) ? t.windowEnd() : last;
        }
        Instant scansFrom = first.minus(MARGIN);
        Instant scansTo = last.plus(MARGIN);
        List<Trip> all = new ArrayList<>(period);
        all.addAll(trips.windowOverlappingArrivingOutside(scansFrom, scansTo, from, to));
        boolean neighbours = all.size() > period.size();
        Set<TripNo> inPeriod = new HashSet<>();
        if (neighbours) {
            period.forEach(t -> inPeriod.add(t.tripNo()));
        }
        ValidHeadSink onlyPeriod = sink == ValidHeadSink.NONE || !neighbours ? sink : h -> {
            if (inPeriod.contains(h.trip().tripNo())) {
                sink.accept(h);
            }
        };
        HeadCounts counts;
        List<String> splits = sink == ValidHeadSink.NONE && readers > 1 ? scans.buyerSplits(readers) : List.of();
        if (splits.isEmpty()) {
            Reconciler reconciler = new Reconciler(all, rules, onlyPeriod);
            scans.forEachBetween(scansFrom, scansTo, sink != ValidHeadSink.NONE, reconciler::scan);
            counts = reconciler.finish();
        } else {
            counts = inParallel(all, rules, scansFrom, scansTo, splits);
        }
        if (neighbours) {
            List<TripHeads> kept = counts.trips().stream().filter(h -> inPeriod.contains(h.trip().tripNo())).toList();
            counts = new HeadCounts(kept, counts.unknownCodeEvents(), counts.buyers(), counts.channelScans(),
                    counts.checkinScans());
        }
        return CommissionCalculator.compute(counts, rules);
    }

    /**
     * Buyers are independent, so runs of buyers are reconciled side by side, each by its own reader and reconciler
     * (without a sink, no head is traced: scan ids, which only name the scans, are not read); the counts add up.
     */
    private HeadCounts inParallel(List<Trip> all, CommissionRules rules, Instant from, Instant to,
            List<String> splits) {
        int parts = splits.size() + 1;
        Reconciler[] reconcilers = new Reconciler[parts];
        Thread[] threads = new Thread[parts];
        RuntimeException[] failures = new RuntimeException[parts];
        for (int p = 0; p < parts; p++) {
            String lo = p == 0 ? null : splits.get(p - 1);
            String hi = p == parts - 1 ? null : splits.get(p);
            int part = p;
            threads[p] = new Thread(() -> {
                try {
                    Reconciler r = new Reconciler(all, rules, ValidHeadSink.NONE);
                    reconcilers[part] = r;
                    scans.forEachBetween(from, to, false, lo, hi, r::scan);
                } catch (RuntimeException e) {
                    failures[part] = e;
                }
            }, "reconcile-" + p);
            threads[p].start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reconciling", e);
            }
        }
        for (RuntimeException e : failures) {
            if (e != null) {
                throw e;
            }
        }
        HeadCounts sum = reconcilers[0].finish();
        for (int p = 1; p < parts; p++) {
            sum = add(sum, reconcilers[p].finish());
        }
        return sum;
    }

    /** The counts of two disjoint sets of buyers over the same trips (in the same order). */
    static HeadCounts add(HeadCounts a, HeadCounts b) {
        List<TripHeads> trips = new ArrayList<>(a.trips().size());
        for (int i = 0; i < a.trips().size(); i++) {
            TripHeads x = a.trips().get(i);
            TripHeads y = b.trips().get(i);
            if (!x.trip().equals(y.trip())) {
                throw new IllegalStateException("counts of different trips: " + x.trip().tripNo() + ", "
                        + y.trip().tripNo());
            }
            java.util.Map<ExclusionReason, Integer> excluded = new java.util.EnumMap<>(ExclusionReason.class);
            excluded.putAll(x.excluded());
            y.excluded().forEach((r, n) -> excluded.merge(r, n, Integer::sum));
            trips.add(new TripHeads(x.trip(), x.validHeads() + y.validHeads(), excluded));
        }
        return new HeadCounts(trips, a.unknownCodeEvents() + b.unknownCodeEvents(), a.buyers() + b.buyers(),
                a.channelScans() + b.channelScans(), a.checkinScans() + b.checkinScans());
    }

    @Override
    public CommissionStatement statement(ChannelCode channel, YearMonth month) {
        Optional<ClosedStatement> closed = statements.findClosed(channel, month);
        if (closed.isPresent()) {
            return closed.get();
        }
        return draft(channel, month);
    }

    @Override
    public List<CommissionStatement> statementsOf(YearMonth month) {
        CommissionRules rules = rules();
        java.util.Map<ChannelCode, List<ValidHead>> heads = new java.util.HashMap<>();
        // one reconciliation of the month for every channel's draft (a draft alone reconciles the month for one)
        Reconciliation r = reconcile(month.atDay(1), month.atEndOfMonth(), rules,
                h -> heads.computeIfAbsent(h.trip().channel(), c -> new ArrayList<>()).add(h));
        java.util.TreeSet<ChannelCode> channels = new java.util.TreeSet<>();
        r.trips().forEach(t -> channels.add(t.channel()));
        statements.listClosed(Optional.empty()).stream().filter(c -> c.month().equals(month))
                .forEach(c -> channels.add(c.channel()));
        List<CommissionStatement> result = new ArrayList<>();
        for (ChannelCode c : channels) {
            Optional<ClosedStatement> closed = statements.findClosed(c, month);
            result.add(closed.isPresent() ? closed.get() : DraftStatement.build(c, month, r, rules,
                    heads.getOrDefault(c, List.of()), statements.postedOn(c, month)));
        }
        return result;
    }

    @Override
    public List<StatementTotals> totalsOf(YearMonth month) {
        java.util.TreeMap<ChannelCode, StatementTotals> result = new java.util.TreeMap<>();
        statements.closedTotalsOf(month).forEach(t -> result.put(t.channel(), t));
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        java.util.TreeSet<ChannelCode> drafts = new java.util.TreeSet<>();
        trips.arrivingBetween(from, to).forEach(t -> {
            if (!result.containsKey(t.channel())) {
                drafts.add(t.channel());
            }
        });
        if (!drafts.isEmpty()) {
            Reconciliation r = reconcile(from, to, rules(), ValidHeadSink.NONE);
            for (ChannelCode c : drafts) {
                long reported = 0;
                long valid = 0;
                long paid = 0;
                List<Money> commissions = new ArrayList<>();
                List<TripResult> lines = r.tripsOf(c, month);
                for (TripResult t : lines) {
                    reported += t.reported();
                    valid += t.validHeads();
                    paid += t.paidHeads();
                    commissions.add(t.commission());
                }
                result.put(c, new StatementTotals(c, month, StatementStatus.DRAFT, lines.size(), reported, valid, paid,
                        Money.sum(commissions), Money.sum(
                                statements.postedOn(c, month).stream().map(Adjustment::amount).toList())));
            }
        }
        return List.copyOf(result.values());
    }

    private DraftStatement draft(ChannelCode channel, YearMonth month) {
        CommissionRules rules = rules();
        List<ValidHead> heads = new ArrayList<>();
        Reconciliation r = reconcile(month.atDay(1), month.atEndOfMonth(), rules, h -> {
            if (h.trip().channel().equals(channel)) {
                heads.add(h);
            }
        });
        return DraftStatement.build(channel, month, r, rules, heads, statements.postedOn(channel, month));
    }

    @Override
    public CloseOutcome close(ChannelCode channel, YearMonth month) {
        return unitOfWork.inTransaction(() -> {
            Optional<ClosedStatement> closed = statements.findClosed(channel, month);
            if (closed.isPresent()) {
                return new CloseOutcome.AlreadyClosed(closed.get());
            }
            ClosedStatement statement = draft(channel, month).close(clock.now());
            statements.insertClosed(statement);
            return new CloseOutcome.Closed(statement);
        });
    }

    @Override
    public Optional<TripLine> line(TripNo no) {
        Optional<Trip> trip = trips.find(no);
        if (trip.isEmpty()) {
            return Optional.empty();
        }
        CommissionStatement s = statement(trip.get().channel(), trip.get().settlementMonth());
        for (StatementLine l : s.lines()) {
            if (l.trip().tripNo().equals(no)) {
                return Optional.of(new TripLine(l, s.status()));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<ClosedStatement> closed(Optional<ChannelCode> channel) {
        return statements.listClosed(channel);
    }

    @Override
    public CorrectionResult correct(ChannelCode channel, YearMonth month, Collection<HeadKey> heads, String reason) {
        return unitOfWork.inTransaction(() -> {
            Optional<ClosedStatement> closed = statements.findClosed(channel, month);
            if (closed.isEmpty()) {
                return new CorrectionResult.Refused("the statement of " + channel + " for " + month
                        + " is not closed; revoke heads of a draft by correcting the scans instead");
            }
            CorrectionOutcome outcome;
            try {
                outcome = closed.get().correct(statements.correcting(channel, month), heads, reason);
            } catch (IllegalArgumentException e) {
                return new CorrectionResult.Refused(e.getMessage());
            }
            return switch (outcome) {
                case CorrectionOutcome.Refused r -> new CorrectionResult.Refused(switch (r.reason()) {
                    case NOTHING_TO_REVOKE -> "name at least one head to revoke";
                    case NOT_ON_STATEMENT -> "not valid heads of this statement: " + names(r.heads());
                    case ALREADY_REVOKED -> "revoked by an earlier correction: " + names(r.heads());
                });
                case CorrectionOutcome.Corrected c -> {
                    YearMonth posted = month.plusMonths(1);
                    while (statements.findClosed(channel, posted).isPresent()) {
                        posted = posted.plusMonths(1);
                    }
                    List<Adjustment> list = c.adjustments();
                    statements.insertAdjustments(posted, list);
                    yield new CorrectionResult.Posted(posted, list);
                }
            };
        });
    }

    private static String names(List<HeadKey> heads) {
        return String.join(", ", heads.stream().map(h -> h.trip() + "/" + h.buyer()).toList());
    }

    /** Whether a trip's statement is closed (its line never changes). */
    public StatementStatus statusOf(Trip trip) {
        return statements.findClosed(trip.channel(), trip.settlementMonth()).isPresent() ? StatementStatus.CLOSED
                : StatementStatus.DRAFT;
    }
}
