package org.mallcrm.domain.buyer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.time.DateRange;

/**
 * RFM (domain-rules.md §6) as of a day over a window, for every registered buyer with at least one visit in the
 * window: each buyer's recency, frequency and monetary value, the thresholds (lower medians, or the mall's fixed
 * values) and the segment. {@code O(n log n)}: three sorts of primitive arrays for the medians and one by buyer id.
 *
 * @param scores by buyer id
 */
public record RfmAnalysis(LocalDate asOf, DateRange window, RfmThresholds thresholds, List<RfmScore> scores) {

    public RfmAnalysis {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(thresholds, "thresholds");
        scores = List.copyOf(scores);
    }

    /**
     * @param activities one per buyer, each with its last visit inside the policy's window ending on {@code asOf}
     * @throws IllegalArgumentException when a buyer comes twice or a last visit lies outside the window (the store
     *         summed the wrong days)
     */
    public static RfmAnalysis analyse(LocalDate asOf, RfmPolicy policy, Collection<BuyerActivity> activities) {
        DateRange window = policy.windowEndingOn(asOf);
        int n = activities.size();
        BuyerActivity[] sorted = activities.toArray(new BuyerActivity[0]);
        Arrays.sort(sorted, Comparator.comparing(BuyerActivity::buyer));
        long[] r = new long[n];
        long[] f = new long[n];
        long[] m = new long[n];
        for (int i = 0; i < n; i++) {
            BuyerActivity a = sorted[i];
            if (i > 0 && a.buyer().equals(sorted[i - 1].buyer())) {
                throw new IllegalArgumentException("buyer " + a.buyer() + " is counted twice");
            }
            if (!window.contains(a.lastVisit())) {
                throw new IllegalArgumentException("buyer " + a.buyer() + "'s last visit " + a.lastVisit()
                        + " is outside the window " + window);
            }
            if (a.visitDays() > window.days()) {
                throw new IllegalArgumentException("buyer " + a.buyer() + " has " + a.visitDays()
                        + " visit days in a window of " + window.days());
            }
            r[i] = ChronoUnit.DAYS.between(a.lastVisit(), asOf);
            f[i] = a.visitDays();
            m[i] = a.spend().fen();
        }
        RfmThresholds thresholds = switch (policy.mode()) {
            case FIXED -> policy.fixed().orElseThrow();
            case LOWER_MEDIAN -> n == 0 ? new RfmThresholds(0, 0, Money.ZERO)
                    : new RfmThresholds(lowerMedian(r), lowerMedian(f), Money.ofFen(lowerMedian(m)));
        };
        List<RfmScore> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            scores.add(score(sorted[i].buyer(), r[i], f[i], Money.ofFen(m[i]), thresholds));
        }
        return new RfmAnalysis(asOf, window, thresholds, scores);
    }

    /**
     * One buyer's score as of a day against given thresholds (those of an analysis of all buyers): what a single
     * buyer's segment is without ranking everyone again.
     *
     * @throws IllegalArgumentException when the last visit is after {@code asOf}
     */
    public static RfmScore score(LocalDate asOf, BuyerActivity a, RfmThresholds thresholds) {
        if (a.lastVisit().isAfter(asOf)) {
            throw new IllegalArgumentException("buyer " + a.buyer() + "'s last visit " + a.lastVisit() + " is after "
                    + asOf);
        }
        return score(a.buyer(), ChronoUnit.DAYS.between(a.lastVisit(), asOf), a.visitDays(), a.spend(), thresholds);
    }

    private static RfmScore score(BuyerId buyer, long r, long f, Money spend, RfmThresholds t) {
        boolean rh = t.recencyHigh(r);
        boolean fh = t.frequencyHigh(f);
        boolean mh = t.monetaryHigh(spend);
        return new RfmScore(buyer, r, f, spend, rh, fh, mh, RfmSegment.of(rh, fh, mh));
    }

    /** The value at position ⌈n/2⌉ (1-based) in ascending order; n ≥ 1. */
    static long lowerMedian(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[(copy.length + 1) / 2 - 1];
    }

    /** The score of one buyer (binary search: the scores are by buyer id). */
    public Optional<RfmScore> scoreOf(BuyerId buyer) {
        int lo = 0;
        int hi = scores.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = scores.get(mid).buyer().compareTo(buyer);
            if (c == 0) {
                return Optional.of(scores.get(mid));
            } else if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.empty();
    }

    /** The scores by buyer. */
    public Map<BuyerId, RfmScore> byBuyer() {
        return scores.stream().collect(Collectors.toMap(RfmScore::buyer, Function.identity()));
    }
}
