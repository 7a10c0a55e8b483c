package org.mallcrm.domain.channel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mallcrm.domain.money.Money;

/**
 * Step two of reconciliation: from the heads counted per trip to paid heads, variance flags and commission.
 * Pays on valid heads, never on the reported count. Per channel and settlement month: a flat rate per head, or
 * tiers ({@code MARGINAL}: the month's paid heads in trip order fill the tiers; {@code WHOLE}: every head earns the
 * rate of the tier the month's total reaches), then the monthly cap, trimming the latest trips first.
 */
public final class CommissionCalculator {

    private CommissionCalculator() {
    }

    public static Reconciliation compute(HeadCounts counts, CommissionRules rules) {
        List<TripHeads> ordered = new ArrayList<>(counts.trips());
        ordered.sort((a, b) -> Trip.TRIP_ORDER.compare(a.trip(), b.trip()));
        int n = ordered.size();
        int[] paid = new int[n];
        long[] fen = new long[n];
        Map<ChannelCode, Map<YearMonth, List<Integer>>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Trip trip = ordered.get(i).trip();
            paid[i] = rules.policyFor(trip.channel()).paidHeads(ordered.get(i).validHeads(), trip.reportedHeadcount());
            groups.computeIfAbsent(trip.channel(), c -> new TreeMap<>())
                    .computeIfAbsent(trip.settlementMonth(), m -> new ArrayList<>()).add(i);
        }

        List<ChannelMonthResult> months = new ArrayList<>();
        List<ChannelResult> channels = new ArrayList<>();
        for (var byChannel : groups.entrySet()) {
            CommissionPolicy policy = rules.policyFor(byChannel.getKey());
            int channelTrips = 0;
            long channelValid = 0;
            long channelPaid = 0;
            long channelFen = 0;
            for (var byMonth : byChannel.getValue().entrySet()) {
                List<Integer> idx = byMonth.getValue();
                int[] monthPaid = new int[idx.size()];
                long valid = 0;
                for (int j = 0; j < idx.size(); j++) {
                    monthPaid[j] = paid[idx.get(j)];
                    valid += ordered.get(idx.get(j)).validHeads();
                }
                long[] beforeCap = monthCommission(policy, monthPaid);
                long[] afterCap = applyCap(policy.monthlyCap(), beforeCap);
                long before = 0;
                long after = 0;
                long heads = 0;
                for (int j = 0; j < idx.size(); j++) {
                    fen[idx.get(j)] = afterCap[j];
                    before = Math.addExact(before, beforeCap[j]);
                    after = Math.addExact(after, afterCap[j]);
                    heads += monthPaid[j];
                }
                months.add(new ChannelMonthResult(byChannel.getKey(), byMonth.getKey(), idx.size(), valid, heads,
                        Money.ofFen(before), Money.ofFen(after)));
                channelTrips += idx.size();
                channelValid += valid;
                channelPaid += heads;
                channelFen = Math.addExact(channelFen, after);
            }
            channels.add(new ChannelResult(byChannel.getKey(), channelTrips, channelValid, channelPaid,
                    Money.ofFen(channelFen)));
        }

        List<TripResult> trips = new ArrayList<>(n);
        EnumMap<ExclusionReason, Long> excluded = new EnumMap<>(ExclusionReason.class);
        for (ExclusionReason r : ExclusionReason.values()) {
            excluded.put(r, 0L);
        }
        excluded.put(ExclusionReason.UNKNOWN_CODE, counts.unknownCodeEvents());
        int flagged = 0;
        long valid = 0;
        long paidTotal = 0;
        long fenTotal = 0;
        for (int i = 0; i < n; i++) {
            TripHeads h = ordered.get(i);
            Trip trip = h.trip();
            CommissionPolicy policy = rules.policyFor(trip.channel());
            boolean flag = policy.flagged(h.validHeads(), trip.reportedHeadcount());
            trips.add(new TripResult(trip, h.validHeads(), paid[i], variancePct(h.validHeads(),
                    trip.reportedHeadcount()), flag, Money.ofFen(fen[i]), h.excluded()));
            h.excluded().forEach((r, c) -> excluded.merge(r, (long) c, Long::sum));
            flagged += flag ? 1 : 0;
            valid += h.validHeads();
            paidTotal += paid[i];
            fenTotal = Math.addExact(fenTotal, fen[i]);
        }
        return new Reconciliation(trips, months, channels,
                new ReconciliationTotals(n, flagged, valid, paidTotal, Money.ofFen(fenTotal), excluded));
    }

    /** (valid − reported) / reported × 100, one decimal, HALF_UP; empty when nothing was reported. */
    public static Optional<BigDecimal> variancePct(int validHeads, int reported) {
        if (reported <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(((long) validHeads - reported) * 100L)
                .divide(BigDecimal.valueOf(reported), 1, RoundingMode.HALF_UP));
    }

    /**
     * Commission in fen of each trip of one channel's month, before the cap.
     *
     * @param paidHeads the trips' paid heads in trip order
     */
    static long[] monthCommission(CommissionPolicy policy, int[] paidHeads) {
        long[] fen = new long[paidHeads.length];
        if (!policy.tiered()) {
            for (int i = 0; i < fen.length; i++) {
                fen[i] = Math.multiplyExact(policy.ratePerHead().fen(), (long) paidHeads[i]);
            }
            return fen;
        }
        if (policy.tierMode() == TierMode.WHOLE) {
            long total = 0;
            for (int p : paidHeads) {
                total += p;
            }
            long rate = total == 0 ? 0 : policy.tierRateFor(total).fen();
            for (int i = 0; i < fen.length; i++) {
                fen[i] = Math.multiplyExact(rate, (long) paidHeads[i]);
            }
            return fen;
        }
        long before = 0;
        for (int i = 0; i < fen.length; i++) {
            fen[i] = marginal(policy.tiers(), before + 1, before + paidHeads[i]);
            before += paidHeads[i];
        }
        return fen;
    }

    /** The fen earned by heads number {@code first..last} of the month under marginal tiers. */
    private static long marginal(List<Tier> tiers, long first, long last) {
        long fen = 0;
        for (int t = 0; t < tiers.size() && first <= last; t++) {
            long lo = tiers.get(t).from();
            long hi = t + 1 < tiers.size() ? tiers.get(t + 1).from() - 1 : Long.MAX_VALUE;
            long from = Math.max(first, lo);
            long to = Math.min(last, hi);
            if (from <= to) {
                fen = Math.addExact(fen, Math.multiplyExact(tiers.get(t).rate().fen(), to - from + 1));
            }
        }
        return fen;
    }

    /** Trims the month to the cap, taking from the latest trips first. */
    static long[] applyCap(Optional<Money> cap, long[] fen) {
        long[] out = fen.clone();
        if (cap.isEmpty()) {
            return out;
        }
        long total = 0;
        for (long f : fen) {
            total = Math.addExact(total, f);
        }
        long excess = total - cap.get().fen();
        for (int i = out.length - 1; i >= 0 && excess > 0; i--) {
            long cut = Math.min(excess, out[i]);
            out[i] -= cut;
            excess -= cut;
        }
        return out;
    }
}
