package org.mallcrm.adapters.persistence.channel;

import static org.mallcrm.adapters.persistence.jooq.Tables.ADJUSTMENT_HEAD;
import static org.mallcrm.adapters.persistence.jooq.Tables.COMMISSION_ADJUSTMENT;
import static org.mallcrm.adapters.persistence.jooq.Tables.COMMISSION_STATEMENT;
import static org.mallcrm.adapters.persistence.jooq.Tables.PAID_HEAD;
import static org.mallcrm.adapters.persistence.jooq.Tables.STATEMENT_LINE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.JooqRows;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.jooq.tables.records.AdjustmentHeadRecord;
import org.mallcrm.adapters.persistence.jooq.tables.records.CommissionAdjustmentRecord;
import org.mallcrm.adapters.persistence.jooq.tables.records.CommissionStatementRecord;
import org.mallcrm.adapters.persistence.jooq.tables.records.PaidHeadRecord;
import org.mallcrm.adapters.persistence.jooq.tables.records.StatementLineRecord;
import org.mallcrm.application.channel.port.out.Statements;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.Adjustment;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.ClosedStatement;
import org.mallcrm.domain.channel.CoachPlate;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.ScanId;
import org.mallcrm.domain.channel.StatementLine;
import org.mallcrm.domain.channel.StatementStatus;
import org.mallcrm.domain.channel.StatementTotals;
import org.mallcrm.domain.channel.TracedHead;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.channel.TripNo;
import org.mallcrm.domain.money.Money;

/**
 * Closed statements with their lines (each trip as it was settled) and every valid head traced to its two scans;
 * adjustments with the heads they revoke. A closed statement is only ever inserted, never updated.
 */
public final class JooqStatements implements Statements {

    private final Database db;
    private final long mallId;
    private final Clock clock;

    public JooqStatements(Database db, long mallId, Clock clock) {
        this.db = db;
        this.mallId = mallId;
        this.clock = clock;
    }

    @Override
    public Optional<ClosedStatement> findClosed(ChannelCode channel, YearMonth month) {
        return db.dsl(ctx -> ctx.selectFrom(COMMISSION_STATEMENT).where(COMMISSION_STATEMENT.MALL_ID.eq(mallId))
                .and(COMMISSION_STATEMENT.CHANNEL.eq(channel.value()))
                .and(COMMISSION_STATEMENT.MONTH.eq(month.toString()))
                .fetchOptional().map(r -> load(ctx, r)));
    }

    @Override
    public List<ClosedStatement> listClosed(Optional<ChannelCode> channel) {
        Condition c = COMMISSION_STATEMENT.MALL_ID.eq(mallId);
        if (channel.isPresent()) {
            c = c.and(COMMISSION_STATEMENT.CHANNEL.eq(channel.get().value()));
        }
        Condition where = c;
        return db.dsl(ctx -> ctx.selectFrom(COMMISSION_STATEMENT).where(where)
                .orderBy(COMMISSION_STATEMENT.CHANNEL, COMMISSION_STATEMENT.MONTH).fetch().map(r -> load(ctx, r)));
    }

    /**
     * Summed from the statements' line rows and the adjustments posted on the month, the rows {@link #load} reads a
     * statement from (its traced heads are not read): one query for the lines, one for the adjustments.
     */
    @Override
    public List<StatementTotals> closedTotalsOf(YearMonth month) {
        return db.dsl(ctx -> {
            Map<String, Long> adjustments = new HashMap<>();
            ctx.select(COMMISSION_ADJUSTMENT.CHANNEL, DSL.sum(COMMISSION_ADJUSTMENT.AMOUNT_FEN))
                    .from(COMMISSION_ADJUSTMENT).where(COMMISSION_ADJUSTMENT.MALL_ID.eq(mallId))
                    .and(COMMISSION_ADJUSTMENT.POSTED_MONTH.eq(month.toString()))
                    .groupBy(COMMISSION_ADJUSTMENT.CHANNEL)
                    .forEach(r -> adjustments.put(r.value1(), r.value2().longValueExact()));
            List<StatementTotals> result = new ArrayList<>();
            ctx.select(COMMISSION_STATEMENT.CHANNEL, DSL.count(STATEMENT_LINE.TRIP_NO),
                    DSL.sum(STATEMENT_LINE.REPORTED_HEADCOUNT), DSL.sum(STATEMENT_LINE.VALID_HEADS),
                    DSL.sum(STATEMENT_LINE.PAID_HEADS), DSL.sum(STATEMENT_LINE.COMMISSION_FEN))
                    .from(COMMISSION_STATEMENT).leftJoin(STATEMENT_LINE)
                    .on(STATEMENT_LINE.STATEMENT_ID.eq(COMMISSION_STATEMENT.ID))
                    .where(COMMISSION_STATEMENT.MALL_ID.eq(mallId))
                    .and(COMMISSION_STATEMENT.MONTH.eq(month.toString()))
                    .groupBy(COMMISSION_STATEMENT.ID, COMMISSION_STATEMENT.CHANNEL)
                    .orderBy(COMMISSION_STATEMENT.CHANNEL)
                    .forEach(r -> result.add(new StatementTotals(ChannelCode.of(r.value1()), month,
                            StatementStatus.CLOSED, r.value2(), whole(r.value3()), whole(r.value4()),
                            whole(r.value5()), Money.ofFen(whole(r.value6())),
                            Money.ofFen(adjustments.getOrDefault(r.value1(), 0L)))));
            return result;
        });
    }

    /** A SUM over no rows is null. */
    private static long whole(java.math.BigDecimal sum) {
        return sum == null ? 0 : sum.longValueExact();
    }

    private ClosedStatement load(DSLContext ctx, CommissionStatementRecord s) {
        ChannelCode channel = ChannelCode.of(s.getChannel());
        YearMonth month = YearMonth.parse(s.getMonth());
        Map<String, List<TracedHead>> heads = new HashMap<>();
        for (PaidHeadRecord h : ctx.selectFrom(PAID_HEAD).where(PAID_HEAD.STATEMENT_ID.eq(s.getId()))
                .orderBy(PAID_HEAD.TRIP_NO, PAID_HEAD.PAID.desc(), PAID_HEAD.CHECKIN_AT_NS, PAID_HEAD.CHANNEL_SCAN_AT_NS,
                        PAID_HEAD.BUYER_ID).fetch()) {
            heads.computeIfAbsent(h.getTripNo(), k -> new ArrayList<>()).add(new TracedHead(BuyerId.of(h.getBuyerId()),
                    ScanId.of(h.getChannelScanId()), Nanos.instant(h.getChannelScanAtNs()),
                    ScanId.of(h.getCheckinScanId()), Nanos.instant(h.getCheckinAtNs()), h.getPaid() == 1));
        }
        List<StatementLine> lines = new ArrayList<>();
        for (StatementLineRecord l : ctx.selectFrom(STATEMENT_LINE).where(STATEMENT_LINE.STATEMENT_ID.eq(s.getId()))
                .orderBy(STATEMENT_LINE.WINDOW_START_NS, STATEMENT_LINE.TRIP_NO).fetch()) {
            Trip trip = new Trip(TripNo.of(l.getTripNo()), channel, ScanCode.of(l.getChannelCode()),
                    CoachPlate.of(l.getCoachPlate()), l.getArrivalDate(),
                    Nanos.instant(l.getWindowStartNs()), Nanos.instant(l.getWindowEndNs()),
                    Math.toIntExact(l.getReportedHeadcount()));
            lines.add(new StatementLine(trip, Math.toIntExact(l.getValidHeads()), Math.toIntExact(l.getPaidHeads()),
                    l.getFlagged() == 1, Money.ofFen(l.getCommissionFen()),
                    heads.getOrDefault(l.getTripNo(), List.of())));
        }
        return new ClosedStatement(channel, month, CommissionRulesJson.parsePolicy(s.getPolicyJson()), lines,
                adjustments(ctx, COMMISSION_ADJUSTMENT.CHANNEL.eq(channel.value())
                        .and(COMMISSION_ADJUSTMENT.POSTED_MONTH.eq(month.toString()))),
                s.getClosedAt());
    }

    @Override
    public void insertClosed(ClosedStatement s) {
        db.dsl(ctx -> {
            long id = ctx.insertInto(COMMISSION_STATEMENT)
                    .set(COMMISSION_STATEMENT.MALL_ID, mallId)
                    .set(COMMISSION_STATEMENT.CHANNEL, s.channel().value())
                    .set(COMMISSION_STATEMENT.MONTH, s.month().toString())
                    .set(COMMISSION_STATEMENT.POLICY_JSON, CommissionRulesJson.write(s.policy()))
                    .set(COMMISSION_STATEMENT.VALID_HEADS, s.validHeads())
                    .set(COMMISSION_STATEMENT.PAID_HEADS, s.paidHeads())
                    .set(COMMISSION_STATEMENT.LINES_TOTAL_FEN, s.linesTotal().fen())
                    .set(COMMISSION_STATEMENT.ADJUSTMENTS_TOTAL_FEN, s.adjustmentsTotal().fen())
                    .set(COMMISSION_STATEMENT.TOTAL_FEN, s.total().fen())
                    .set(COMMISSION_STATEMENT.CLOSED_AT, s.closedAt())
                    .returningResult(COMMISSION_STATEMENT.ID).fetchOne().value1();
            List<StatementLineRecord> lines = new ArrayList<>();
            List<PaidHeadRecord> heads = new ArrayList<>();
            for (StatementLine l : s.lines()) {
                Trip t = l.trip();
                lines.add(new StatementLineRecord(id, t.tripNo().value(), t.channelCode().value(), t.coachPlate().value(),
                        t.arrivalDate(), Nanos.of(t.windowStart()), Nanos.of(t.windowEnd()),
                        (long) t.reportedHeadcount(), (long) l.validHeads(), (long) l.paidHeads(),
                        l.flagged() ? 1L : 0L, l.commission().fen()));
                for (TracedHead h : l.heads()) {
                    heads.add(new PaidHeadRecord(id, t.tripNo().value(), h.buyer().value(), h.channelScan().value(),
                            Nanos.of(h.channelScanAt()), h.checkinScan().value(), Nanos.of(h.checkinAt()),
                            h.paid() ? 1L : 0L));
                }
            }
            JooqRows.insert(ctx, STATEMENT_LINE, lines);
            JooqRows.insert(ctx, PAID_HEAD, heads);
            return null;
        });
    }

    @Override
    public List<Adjustment> postedOn(ChannelCode channel, YearMonth month) {
        return db.dsl(ctx -> adjustments(ctx, COMMISSION_ADJUSTMENT.CHANNEL.eq(channel.value())
                .and(COMMISSION_ADJUSTMENT.POSTED_MONTH.eq(month.toString()))));
    }

    @Override
    public List<Adjustment> correcting(ChannelCode channel, YearMonth correctedMonth) {
        return db.dsl(ctx -> adjustments(ctx, COMMISSION_ADJUSTMENT.CHANNEL.eq(channel.value())
                .and(COMMISSION_ADJUSTMENT.CORRECTED_MONTH.eq(correctedMonth.toString()))));
    }

    private List<Adjustment> adjustments(DSLContext ctx, Condition where) {
        List<Adjustment> result = new ArrayList<>();
        for (CommissionAdjustmentRecord a : ctx.selectFrom(COMMISSION_ADJUSTMENT)
                .where(COMMISSION_ADJUSTMENT.MALL_ID.eq(mallId)).and(where).orderBy(COMMISSION_ADJUSTMENT.ID).fetch()) {
            List<TracedHead> heads = new ArrayList<>();
            for (AdjustmentHeadRecord h : ctx.selectFrom(ADJUSTMENT_HEAD)
                    .where(ADJUSTMENT_HEAD.ADJUSTMENT_ID.eq(a.getId())).orderBy(ADJUSTMENT_HEAD.BUYER_ID).fetch()) {
                heads.add(new TracedHead(BuyerId.of(h.getBuyerId()), ScanId.of(h.getChannelScanId()),
                        Nanos.instant(h.getChannelScanAtNs()), ScanId.of(h.getCheckinScanId()),
                        Nanos.instant(h.getCheckinAtNs()), h.getPaid() == 1));
            }
            result.add(new Adjustment(ChannelCode.of(a.getChannel()), YearMonth.parse(a.getCorrectedMonth()),
                    TripNo.of(a.getTripNo()), Math.toIntExact(a.getPaidHeadsDelta()), Money.ofFen(a.getAmountFen()),
                    heads, a.getReason()));
        }
        return result;
    }

    @Override
    public void insertAdjustments(YearMonth postedMonth, List<Adjustment> adjustments) {
        java.time.Instant now = clock.now();
        db.dsl(ctx -> {
            for (Adjustment a : adjustments) {
                long id = ctx.insertInto(COMMISSION_ADJUSTMENT)
                        .set(COMMISSION_ADJUSTMENT.MALL_ID, mallId)
                        .set(COMMISSION_ADJUSTMENT.CHANNEL, a.channel().value())
                        .set(COMMISSION_ADJUSTMENT.CORRECTED_MONTH, a.correctedMonth().toString())
                        .set(COMMISSION_ADJUSTMENT.POSTED_MONTH, postedMonth.toString())
                        .set(COMMISSION_ADJUSTMENT.TRIP_NO, a.trip().value())
                        .set(COMMISSION_ADJUSTMENT.PAID_HEADS_DELTA, (long) a.paidHeadsDelta())
                        .set(COMMISSION_ADJUSTMENT.AMOUNT_FEN, a.amount().fen())
                        .set(COMMISSION_ADJUSTMENT.REASON, a.reason())
                        .set(COMMISSION_ADJUSTMENT.CREATED_AT, now)
                        .returningResult(COMMISSION_ADJUSTMENT.ID).fetchOne().value1();
                for (TracedHead h : a.revokedHeads()) {
                    ctx.insertInto(ADJUSTMENT_HEAD).set(new AdjustmentHeadRecord(id, h.buyer().value(),
                            h.channelScan().value(), Nanos.of(h.channelScanAt()), h.checkinScan().value(),
                            Nanos.of(h.checkinAt()), h.paid() ? 1L : 0L)).execute();
                }
            }
            return null;
        });
    }
}
