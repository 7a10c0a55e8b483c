package org.mallcrm.domain.channel;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement being prepared: built from a reconciliation of the whole month and the valid heads it emitted, and
 * rebuilt as often as needed until it is closed.
 */
public record DraftStatement(ChannelCode channel, YearMonth month, CommissionPolicy policy, List<StatementLine> lines,
        List<Adjustment> adjustments) implements CommissionStatement {

    /** Which valid heads are paid when fewer are paid than valid: earliest check-in, channel scan, buyer id. */
    static final Comparator<ValidHead> PAID_FIRST = Comparator.comparing(ValidHead::checkinAt)
            .thenComparing(ValidHead::channelScanAt).thenComparing(ValidHead::buyer);

    public DraftStatement {
        if (channel == null || month == null || policy == null) {
            throw new IllegalArgumentException("a statement needs its channel, month and policy");
        }
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
        for (StatementLine l : lines) {
            if (!l.trip().channel().equals(channel) || !l.trip().settlementMonth().equals(month)) {
                throw new IllegalArgumentException("trip " + l.trip().tripNo() + " is not settled with " + channel
                        + " in " + month);
            }
        }
        for (Adjustment a : adjustments) {
            if (!a.channel().equals(channel) || !a.correctedMonth().isBefore(month)) {
                throw new IllegalArgumentException("an adjustment of " + a.channel() + " " + a.correctedMonth()
                        + " cannot post on " + channel + " " + month);
            }
        }
    }

    /**
     * The draft for a channel's month.
     *
     * @param reconciliation a reconciliation covering (at least) the whole month
     * @param heads the valid heads that reconciliation emitted (others are ignored); each trip's heads must match
     *        its valid count
     * @param carried adjustments of earlier closed months to post on this statement
     */
    public static DraftStatement build(ChannelCode channel, YearMonth month, Reconciliation reconciliation,
            CommissionRules rules, Collection<ValidHead> heads, List<Adjustment> carried) {
        List<TripResult> trips = reconciliation.tripsOf(channel, month);
        Map<TripNo, List<ValidHead>> byTrip = new HashMap<>();
        for (TripResult t : trips) {
            byTrip.put(t.trip().tripNo(), new ArrayList<>());
        }
        for (ValidHead h : heads) {
            List<ValidHead> list = byTrip.get(h.trip().tripNo());
            if (list != null) {
                list.add(h);
            }
        }
        List<StatementLine> lines = new ArrayList<>(trips.size());
        for (TripResult t : trips) {
            List<ValidHead> mine = byTrip.get(t.trip().tripNo());
            mine.sort(PAID_FIRST);
            List<TracedHead> traced = new ArrayList<>(mine.size());
            for (int i = 0; i < mine.size(); i++) {
                traced.add(TracedHead.of(mine.get(i), i < t.paidHeads()));
            }
            lines.add(new StatementLine(t.trip(), t.validHeads(), t.paidHeads(), t.flagged(), t.commission(), traced));
        }
        return new DraftStatement(channel, month, rules.policyFor(channel), lines, carried);
    }

    @Override
    public StatementStatus status() {
        return StatementStatus.DRAFT;
    }

    /** Closes the statement: from now on it never changes; corrections go to later statements. */
    public ClosedStatement close(Instant closedAt) {
        return new ClosedStatement(channel, month, policy, lines, adjustments, closedAt);
    }
}
