package org.mallcrm.domain.channel;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.time.MallTime;

/**
 * Reconciles a period's scans against its trips (domain-rules.md §5), streaming: everything decided for a buyer
 * depends only on that buyer's scans, so scans are fed <b>grouped by buyer, buyers in ascending id order</b>
 * (SQL {@code ORDER BY buyer_id, scanned_at} with binary / {@code "C"} collation); within a buyer any order.
 * Memory holds the trips, a few counters per trip and one buyer's scans; each valid head goes to a
 * {@link ValidHeadSink} as soon as it is found.
 *
 * <p>For a trip T and a buyer b who scanned T's channel code (first scan, at c; repeats are {@code DUPLICATE}),
 * b is valid for T when b has a check-in k with {@code windowStart ≤ k ≤ windowEnd} and {@code c ≤ k + tolerance}
 * (the tolerance of T's channel policy); the earliest such k is used. Otherwise the first of {@code NO_CHECKIN},
 * {@code OUTSIDE_WINDOW}, {@code SCAN_ORDER} applies. A buyer counts for one trip per local day (of the mall's
 * zone) of the check-in used: the earliest check-in used wins, then the earlier channel scan, then the smaller trip
 * number; the others are {@code CLAIMED_BY_OTHER_TRIP}. Scans at the same instant are taken in scan id order.
 *
 * <p>Use once: {@link #scan} (or {@link #accept}) for every scan, then {@link #finish()}. Not thread-safe.
 */
public final class Reconciler {


    private static final long NANOS_PER_MINUTE = 60L * EpochNanos.NANOS_PER_SECOND;

    private final Trip[] trips;
    private final long[] windowStart;
    private final long[] windowEnd;
    private final long[] tolerance;
    private final int[] numberRank;
    private final Map<String, Integer> tripByCode;
    private final ValidHeadSink sink;
    private final LocalDays days;

    private final int[] valid;
    private final int[] duplicates;
    private final int[] noCheckin;
    private final int[] outsideWindow;
    private final int[] scanOrder;
    private final int[] claimed;
    private final int[] seen;
    private int stamp;

    private long unknownCodeEvents;
    private long buyers;
    private long channelScans;
    private long checkinScans;
    private boolean finished;

    private String buyerKey;
    private BuyerId buyer;

    private int nc;
    private long[] cTime = new long[16];
    private int[] cTrip = new int[16];
    private String[] cId = new String[16];

    private int nk;
    private long[] kTime = new long[16];
    private String[] kId = new String[16];

    private int ncand;
    private int[] candTrip = new int[8];
    private int[] candC = new int[8];
    private int[] candK = new int[8];
    private long[] candDay = new long[8];

    /** A reconciler over these trips, days in {@link MallTime#ZONE}. */
    public Reconciler(List<Trip> trips, CommissionRules rules, ValidHeadSink sink) {
        this(trips, rules, sink, MallTime.ZONE);
    }

    /**
     * @param trips the period's trips; trip numbers and channel codes must be unique (else IllegalArgumentException)
     * @param rules whose {@code scanOrderToleranceMinutes} applies per trip's channel
     * @param sink receives each valid head ({@link ValidHeadSink#NONE} to keep none)
     */
    public Reconciler(List<Trip> trips, CommissionRules rules, ValidHeadSink sink, ZoneId zone) {
        this.trips = trips.toArray(new Trip[0]);
        Arrays.sort(this.trips, Trip.TRIP_ORDER);
        int n = this.trips.length;
        this.sink = sink;
        this.days = new LocalDays(zone);
        windowStart = new long[n];
        windowEnd = new long[n];
        tolerance = new long[n];
        tripByCode = new HashMap<>(Math.max(16, n * 2));
        Map<TripNo, Integer> byNo = new HashMap<>(Math.max(16, n * 2));
        for (int i = 0; i < n; i++) {
            Trip t = this.trips[i];
            windowStart[i] = EpochNanos.of(t.windowStart(), "window start");
            windowEnd[i] = EpochNanos.of(t.windowEnd(), "window end");
            tolerance[i] = rules.policyFor(t.channel()).scanOrderToleranceMinutes() * NANOS_PER_MINUTE;
            if (tripByCode.putIfAbsent(t.channelCode().value(), i) != null) {
                throw new IllegalArgumentException("channel code " + t.channelCode() + " names two trips");
            }
            if (byNo.putIfAbsent(t.tripNo(), i) != null) {
                throw new IllegalArgumentException("trip number " + t.tripNo() + " is used twice");
            }
        }
        Integer[] byNumber = new Integer[n];
        for (int i = 0; i < n; i++) {
            byNumber[i] = i;
        }
        Arrays.sort(byNumber, (a, b) -> this.trips[a].tripNo().compareTo(this.trips[b].tripNo()));
        numberRank = new int[n];
        for (int r = 0; r < n; r++) {
            numberRank[byNumber[r]] = r;
        }
        valid = new int[n];
        duplicates = new int[n];
        noCheckin = new int[n];
        outsideWindow = new int[n];
        scanOrder = new int[n];
        claimed = new int[n];
        seen = new int[n];
    }

    /** Feeds one scan; see {@link #scan(String, ScanKind, String, Instant, String)}. */
    public void accept(Scan scan) {
        scan(scan.buyer().value(), scan.kind(), scan.code().value(), scan.scannedAt(), scan.scanId().value());
    }

    /**
     * Feeds one scan as the database holds it (the fast path: ids and codes as plain text, already validated on
     * import). Scans must come grouped by buyer, buyers in ascending {@link String#compareTo} order.
     *
     * @throws IllegalStateException when a buyer comes again after another buyer, or after {@link #finish()}
     */
    public void scan(String buyerId, ScanKind kind, String code, Instant scannedAt, String scanId) {
        if (finished) {
            throw new IllegalStateException("this reconciliation is finished");
        }
        if (buyerId == null || kind == null || code == null || scannedAt == null || scanId == null) {
            throw new IllegalArgumentException("a scan needs its buyer, kind, code, time and id");
        }
        long at = EpochNanos.of(scannedAt, "scanned_at");
        if (!buyerId.equals(buyerKey)) {
            startBuyer(buyerId);
        }
        if (kind == ScanKind.CHANNEL) {
            channelScans++;
            Integer trip = tripByCode.get(code);
            if (trip == null) {
                unknownCodeEvents++;
                return;
            }
            if (nc == cTime.length) {
                cTime = Arrays.copyOf(cTime, nc * 2);
                cTrip = Arrays.copyOf(cTrip, nc * 2);
                cId = Arrays.copyOf(cId, nc * 2);
            }
            cTime[nc] = at;
            cTrip[nc] = trip;
            cId[nc] = scanId;
            nc++;
        } else {
            checkinScans++;
            if (nk == kTime.length) {
                kTime = Arrays.copyOf(kTime, nk * 2);
                kId = Arrays.copyOf(kId, nk * 2);
            }
            kTime[nk] = at;
            kId[nk] = scanId;
            nk++;
        }
    }

    /** Ends the feed and returns the counts per trip, in trip order. */
    public HeadCounts finish() {
        if (finished) {
            throw new IllegalStateException("this reconciliation is finished");
        }
        flush();
        finished = true;
        List<TripHeads> result = new ArrayList<>(trips.length);
        for (int t = 0; t < trips.length; t++) {
            EnumMap<ExclusionReason, Integer> excluded = new EnumMap<>(ExclusionReason.class);
            excluded.put(ExclusionReason.NO_CHECKIN, noCheckin[t]);
            excluded.put(ExclusionReason.OUTSIDE_WINDOW, outsideWindow[t]);
            excluded.put(ExclusionReason.SCAN_ORDER, scanOrder[t]);
            excluded.put(ExclusionReason.CLAIMED_BY_OTHER_TRIP, claimed[t]);
            excluded.put(ExclusionReason.DUPLICATE, duplicates[t]);
            result.add(new TripHeads(trips[t], valid[t], excluded));
        }
        return new HeadCounts(result, unknownCodeEvents, buyers, channelScans, checkinScans);
    }

    private void startBuyer(String next) {
        if (buyerKey != null) {
            if (next.compareTo(buyerKey) < 0) {
                throw new IllegalStateException("scans must come grouped by buyer in ascending buyer id order: "
                        + next + " came after " + buyerKey);
            }
            flush();
        }
        buyerKey = next;
        buyer = null;
        buyers++;
    }

    private BuyerId buyer() {
        if (buyer == null) {
            buyer = BuyerId.of(buyerKey);
        }
        return buyer;
    }

    /** Decides everything about the current buyer, then forgets the buyer's scans. */
    private void flush() {
        if (nc > 0) {
            sortChannelScans();
            sortCheckins();
            decide();
        }
        Arrays.fill(cId, 0, nc, null);
        Arrays.fill(kId, 0, nk, null);
        nc = 0;
        nk = 0;
    }

    private void decide() {
        stamp++;
        ncand = 0;
        for (int i = 0; i < nc; i++) {
            int t = cTrip[i];
            if (seen[t] == stamp) {
                duplicates[t]++;
                continue;
            }
            seen[t] = stamp;
            if (nk == 0) {
                noCheckin[t]++;
                continue;
            }
            long ws = windowStart[t];
            long we = windowEnd[t];
            long lo = Math.max(ws, cTime[i] - tolerance[t]);
            int j = lowerBound(lo);
            if (j < nk && kTime[j] <= we) {
                addCandidate(t, i, j);
            } else if (lo == ws) {
                outsideWindow[t]++;
            } else {
                int w = lowerBound(ws);
                if (w < nk && kTime[w] <= we) {
                    scanOrder[t]++;
                } else {
                    outsideWindow[t]++;
                }
            }
        }
        for (int a = 0; a < ncand; a++) {
            boolean wins = true;
            for (int b = 0; b < ncand; b++) {
                if (b != a && candDay[b] == candDay[a] && beats(b, a)) {
                    wins = false;
                    break;
                }
            }
            int t = candTrip[a];
            if (wins) {
                valid[t]++;
                if (sink != ValidHeadSink.NONE) {
                    int i = candC[a];
                    int k = candK[a];
                    sink.accept(new ValidHead(trips[t], buyer(), ScanId.of(cId[i]), EpochNanos.toInstant(cTime[i]),
                            ScanId.of(kId[k]), EpochNanos.toInstant(kTime[k])));
                }
            } else {
                claimed[t]++;
            }
        }
    }

    /** Whether candidate b wins over candidate a on their day. */
    private boolean beats(int b, int a) {
        long kb = kTime[candK[b]];
        long ka = kTime[candK[a]];
        if (kb != ka) {
            return kb < ka;
        }
        long cb = cTime[candC[b]];
        long ca = cTime[candC[a]];
        if (cb != ca) {
            return cb < ca;
        }
        return numberRank[candTrip[b]] < numberRank[candTrip[a]];
    }

    private void addCandidate(int trip, int channelScan, int checkin) {
        if (ncand == candTrip.length) {
            candTrip = Arrays.copyOf(candTrip, ncand * 2);
            candC = Arrays.copyOf(candC, ncand * 2);
            candK = Arrays.copyOf(candK, ncand * 2);
            candDay = Arrays.copyOf(candDay, ncand * 2);
        }
        candTrip[ncand] = trip;
        candC[ncand] = channelScan;
        candK[ncand] = checkin;
        candDay[ncand] = days.epochDay(kTime[checkin]);
        ncand++;
    }

    /** The first check-in at or after {@code t} (nk when none). */
    private int lowerBound(long t) {
        int lo = 0;
        int hi = nk;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (kTime[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Insertion sort by (time, scan id): linear on the usual already-sorted input. */
    private void sortChannelScans() {
        for (int i = 1; i < nc; i++) {
            long t = cTime[i];
            String id = cId[i];
            if (before(cTime[i - 1], cId[i - 1], t, id)) {
                continue;
            }
            int trip = cTrip[i];
            int j = i - 1;
            while (j >= 0 && !before(cTime[j], cId[j], t, id)) {
                cTime[j + 1] = cTime[j];
                cId[j + 1] = cId[j];
                cTrip[j + 1] = cTrip[j];
                j--;
            }
            cTime[j + 1] = t;
            cId[j + 1] = id;
            cTrip[j + 1] = trip;
        }
    }

    private void sortCheckins() {
        for (int i = 1; i < nk; i++) {
            long t = kTime[i];
            String id = kId[i];
            if (before(kTime[i - 1], kId[i - 1], t, id)) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && !before(kTime[j], kId[j], t, id)) {
                kTime[j + 1] = kTime[j];
                kId[j + 1] = kId[j];
                j--;
            }
            kTime[j + 1] = t;
            kId[j + 1] = id;
        }
    }

    /** (t1, id1) comes no later than (t2, id2). */
    private static boolean before(long t1, String id1, long t2, String id2) {
        return t1 < t2 || (t1 == t2 && id1.compareTo(id2) <= 0);
    }
}
