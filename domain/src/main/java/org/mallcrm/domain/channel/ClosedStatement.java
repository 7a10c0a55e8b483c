package org.mallcrm.domain.channel;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mallcrm.domain.money.Money;

/**
 * A closed statement: what was settled with the channel for the month. It never changes; heads later found
 * fraudulent are revoked by {@link #correct}, whose adjustments post on the next statement.
 */
public record ClosedStatement(ChannelCode channel, YearMonth month, CommissionPolicy policy, List<StatementLine> lines,
        List<Adjustment> adjustments, Instant closedAt) implements CommissionStatement {

    public ClosedStatement {
        if (channel == null || month == null || policy == null || closedAt == null) {
            throw new IllegalArgumentException("a closed statement needs its channel, month, policy and closing time");
        }
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
    }

    @Override
    public StatementStatus status() {
        return StatementStatus.CLOSED;
    }

    /**
     * Revokes heads of this statement (e.g. found fraudulent). The month is recomputed with this statement's
     * policy, without the heads revoked so far and without these; each trip whose paid heads or commission
     * changes gets an adjustment (tiers and the cap may move money between trips).
     *
     * @param earlier the adjustments already made to this statement by earlier corrections
     */
    public CorrectionOutcome correct(List<Adjustment> earlier, Collection<HeadKey> revoke, String reason) {
        Map<HeadKey, TracedHead> onStatement = new HashMap<>();
        for (StatementLine l : lines) {
            for (TracedHead h : l.heads()) {
                onStatement.put(new HeadKey(l.trip().tripNo(), h.buyer()), h);
            }
        }
        Set<HeadKey> before = new HashSet<>();
        for (Adjustment a : earlier) {
            if (!a.channel().equals(channel) || !a.correctedMonth().equals(month)) {
                throw new IllegalArgumentException("adjustment of " + a.channel() + " " + a.correctedMonth()
                        + " is not a correction of " + channel + " " + month);
            }
            for (TracedHead h : a.revokedHeads()) {
                before.add(new HeadKey(a.trip(), h.buyer()));
            }
        }
        Set<HeadKey> wanted = new LinkedHashSet<>(revoke);
        if (wanted.isEmpty()) {
            return new CorrectionOutcome.Refused(CorrectionOutcome.Reason.NOTHING_TO_REVOKE, List.of());
        }
        List<HeadKey> unknown = wanted.stream().filter(k -> !onStatement.containsKey(k)).toList();
        if (!unknown.isEmpty()) {
            return new CorrectionOutcome.Refused(CorrectionOutcome.Reason.NOT_ON_STATEMENT, unknown);
        }
        List<HeadKey> again = wanted.stream().filter(before::contains).toList();
        if (!again.isEmpty()) {
            return new CorrectionOutcome.Refused(CorrectionOutcome.Reason.ALREADY_REVOKED, again);
        }
        Set<HeadKey> after = new HashSet<>(before);
        after.addAll(wanted);

        int[] paidBefore = new int[lines.size()];
        int[] paidAfter = new int[lines.size()];
        long[] fenBefore = settle(before, paidBefore);
        long[] fenAfter = settle(after, paidAfter);
        List<Adjustment> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            StatementLine l = lines.get(i);
            List<TracedHead> revoked = new ArrayList<>();
            for (TracedHead h : l.heads()) {
                if (wanted.contains(new HeadKey(l.trip().tripNo(), h.buyer()))) {
                    revoked.add(h);
                }
            }
            long delta = fenAfter[i] - fenBefore[i];
            int paidDelta = paidAfter[i] - paidBefore[i];
            if (delta != 0 || paidDelta != 0 || !revoked.isEmpty()) {
                result.add(new Adjustment(channel, month, l.trip().tripNo(), paidDelta, Money.ofFen(delta), revoked,
                        reason));
            }
        }
        return new CorrectionOutcome.Corrected(result);
    }

    /** The month's commission per line (in fen) with these heads revoked; fills the paid heads. */
    private long[] settle(Set<HeadKey> revoked, int[] paid) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Trip.TRIP_ORDER.compare(lines.get(a).trip(), lines.get(b).trip()));
        int[] ordered = new int[lines.size()];
        for (int j = 0; j < order.size(); j++) {
            StatementLine l = lines.get(order.get(j));
            int gone = 0;
            for (TracedHead h : l.heads()) {
                if (revoked.contains(new HeadKey(l.trip().tripNo(), h.buyer()))) {
                    gone++;
                }
            }
            ordered[j] = policy.paidHeads(l.validHeads() - gone, l.trip().reportedHeadcount());
            paid[order.get(j)] = ordered[j];
        }
        long[] fen = CommissionCalculator.applyCap(policy.monthlyCap(),
                CommissionCalculator.monthCommission(policy, ordered));
        long[] byLine = new long[lines.size()];
        for (int j = 0; j < order.size(); j++) {
            byLine[order.get(j)] = fen[j];
        }
        return byLine;
    }
}
