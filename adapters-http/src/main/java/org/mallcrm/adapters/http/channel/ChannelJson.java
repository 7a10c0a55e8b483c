package org.mallcrm.adapters.http.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.domain.channel.Adjustment;
import org.mallcrm.domain.channel.ChannelMonthResult;
import org.mallcrm.domain.channel.ChannelResult;
import org.mallcrm.domain.channel.CommissionStatement;
import org.mallcrm.domain.channel.ExclusionReason;
import org.mallcrm.domain.channel.Reconciler;
import org.mallcrm.domain.channel.Reconciliation;
import org.mallcrm.domain.channel.ReconciliationTotals;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.StatementLine;
import org.mallcrm.domain.channel.StatementStatus;
import org.mallcrm.domain.channel.TracedHead;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.channel.TripNo;
import org.mallcrm.domain.channel.TripResult;
import org.mallcrm.domain.time.MallTime;

/**
 * Trips, scans, reconciliations and statements as the API and the CLI show them (contract.md, "Channels and
 * commissions"): money as strings with two decimals, instants ISO-8601 with the Beijing offset.
 */
public final class ChannelJson {

    private ChannelJson() {
    }

    /** An instant as the mall shows it: ISO-8601 with the +08:00 offset. */
    public static String instant(Instant at) {
        long s = at.getEpochSecond();
        if (s < SINCE_1992 || s >= UNTIL_2200) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(at, MallTime.ZONE));
        }
        // Beijing time has been UTC+8 without daylight saving since 1991: format it straight (every posted scan is)
        long local = s + 8 * 3600;
        LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
        int sec = (int) Math.floorMod(local, 86_400);
        StringBuilder b = new StringBuilder(35);
        b.append(d.getYear()).append('-');
        two(b, d.getMonthValue()).append('-');
        two(b, d.getDayOfMonth()).append('T');
        two(b, sec / 3600).append(':');
        two(b, sec / 60 % 60).append(':');
        two(b, sec % 60);
        int nano = at.getNano();
        if (nano != 0) {
            String f = Integer.toString(1_000_000_000 + nano).substring(1);
            int len = 9;
            while (f.charAt(len - 1) == '0') {
                len--;
            }
            b.append('.').append(f, 0, len);
        }
        return b.append("+08:00").toString();
    }

    private static final long SINCE_1992 = 694_224_000L;
    private static final long UNTIL_2200 = 7_258_118_400L;

    private static StringBuilder two(StringBuilder b, int v) {
        return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /** The reasons a trip's line counts, all present (zero when none). */
    static Map<String, Integer> excludedByReason(Map<ExclusionReason, Integer> counts) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (ExclusionReason r : ExclusionReason.values()) {
            if (r != ExclusionReason.UNKNOWN_CODE) {
                m.put(r.name(), counts.getOrDefault(r, 0));
            }
        }
        return m;
    }

    public record TripJson(String tripNo, String channel, String channelCode, String coachPlate, LocalDate arrivalDate,
            String windowStart, String windowEnd, int reportedHeadcount) {

        public static TripJson of(Trip t) {
            return new TripJson(t.tripNo().value(), t.channel().value(), t.channelCode().value(),
                    t.coachPlate().value(), t.arrivalDate(), instant(t.windowStart()), instant(t.windowEnd()),
                    t.reportedHeadcount());
        }
    }

    public record ScanJson(String scanId, String kind, String code, String buyerId, String scannedAt, String tripNo) {

        public static ScanJson of(Scan s, Optional<TripNo> trip) {
            return new ScanJson(s.scanId().value(), s.kind().name(), s.code().value(), s.buyer().value(),
                    instant(s.scannedAt()), trip.map(TripNo::value).orElse(null));
        }
    }

    public record TripResultJson(String tripNo, String channel, String channelCode, LocalDate arrivalDate,
            int reported, int validHeads, int paidHeads, String variancePct, boolean flagged, String commission,
            Map<String, Integer> excluded) {

        public static TripResultJson of(TripResult t) {
            return new TripResultJson(t.trip().tripNo().value(), t.channel().value(), t.trip().channelCode().value(),
                    t.trip().arrivalDate(), t.reported(), t.validHeads(), t.paidHeads(),
                    t.variancePct().map(v -> v.toPlainString()).orElse(null), t.flagged(), t.commission().toString(),
                    excludedByReason(t.excluded()));
        }
    }

    public record ChannelResultJson(String channel, int trips, long validHeads, long paidHeads, String commission) {

        public static ChannelResultJson of(ChannelResult c) {
            return new ChannelResultJson(c.channel().value(), c.trips(), c.validHeads(), c.paidHeads(),
                    c.commission().toString());
        }
    }

    public record ChannelMonthJson(String channel, String month, int trips, long validHeads, long paidHeads,
            String commissionBeforeCap, String commission) {

        public static ChannelMonthJson of(ChannelMonthResult m) {
            return new ChannelMonthJson(m.channel().value(), m.month().toString(), m.trips(), m.validHeads(),
                    m.paidHeads(), m.commissionBeforeCap().toString(), m.commission().toString());
        }
    }

    public record TotalsJson(int trips, int flaggedTrips, long validHeads, long paidHeads, String commission,
            Map<String, Long> excluded) {

        public static TotalsJson of(ReconciliationTotals t) {
            Map<String, Long> m = new LinkedHashMap<>();
            for (ExclusionReason r : ExclusionReason.values()) {
                m.put(r.name(), t.excluded(r));
            }
            return new TotalsJson(t.trips(), t.flaggedTrips(), t.validHeads(), t.paidHeads(), t.commission().toString(),
                    m);
        }
    }

    /** {@code commissions reconcile}: {@code {"from", "to", "trips": [...], "channels": [...], "totals": {...}}}. */
    /**
     * The reconciliation of a period; {@code trips} is paged ({@code next_cursor} names the next page of trips),
     * the channels, channel months and totals are always whole.
     */
    public record ReconciliationJson(LocalDate from, LocalDate to, List<TripResultJson> trips,
            List<ChannelResultJson> channels, List<ChannelMonthJson> channelMonths, TotalsJson totals,
            String nextCursor) {

        public static ReconciliationJson of(LocalDate from, LocalDate to, Reconciliation r) {
            return new ReconciliationJson(from, to, r.trips().stream().map(TripResultJson::of).toList(),
                    r.channels().stream().map(ChannelResultJson::of).toList(),
                    r.channelMonths().stream().map(ChannelMonthJson::of).toList(), TotalsJson.of(r.totals()), null);
        }

        /** The same reconciliation with one page of its trips. */
        public ReconciliationJson page(List<TripResultJson> tripsPage, String next) {
            return new ReconciliationJson(from, to, tripsPage, channels, channelMonths, totals, next);
        }
    }

    public record HeadJson(String buyerId, boolean paid, String channelScanId, String channelScanAt,
            String checkinScanId, String checkinAt) {

        public static HeadJson of(TracedHead h) {
            return new HeadJson(h.buyer().value(), h.paid(), h.channelScan().value(), instant(h.channelScanAt()),
                    h.checkinScan().value(), instant(h.checkinAt()));
        }
    }

    public record LineJson(String tripNo, String channelCode, LocalDate arrivalDate, int reported, int validHeads,
            int paidHeads, boolean flagged, String commission, List<HeadJson> heads) {

        public static LineJson of(StatementLine l, boolean withHeads) {
            Trip t = l.trip();
            return new LineJson(t.tripNo().value(), t.channelCode().value(), t.arrivalDate(), t.reportedHeadcount(),
                    l.validHeads(), l.paidHeads(), l.flagged(), l.commission().toString(),
                    withHeads ? l.heads().stream().map(HeadJson::of).toList() : null);
        }
    }

    public record AdjustmentJson(String correctedMonth, String tripNo, int paidHeadsDelta, String amount,
            String reason, List<String> revokedBuyers) {

        public static AdjustmentJson of(Adjustment a) {
            return new AdjustmentJson(a.correctedMonth().toString(), a.trip().value(), a.paidHeadsDelta(),
                    a.amount().toString(), a.reason(), a.revokedHeads().stream().map(h -> h.buyer().value()).toList());
        }
    }

    /** {@code commissions statement}: the statement with its lines (and, on request, every head). */
    public record StatementJson(String channel, String month, String status, String closedAt, int trips,
            long validHeads, long paidHeads, String linesTotal, String adjustmentsTotal, String total,
            List<LineJson> lines, List<AdjustmentJson> adjustments) {

        public static StatementJson of(CommissionStatement s, boolean withHeads) {
            String closedAt = s instanceof org.mallcrm.domain.channel.ClosedStatement c ? instant(c.closedAt()) : null;
            return new StatementJson(s.channel().value(), s.month().toString(), s.status().name(), closedAt,
                    s.lines().size(), s.validHeads(), s.paidHeads(), s.linesTotal().toString(),
                    s.adjustmentsTotal().toString(), s.total().toString(),
                    s.lines().stream().map(l -> LineJson.of(l, withHeads)).toList(),
                    s.adjustments().stream().map(AdjustmentJson::of).toList());
        }
    }

    /** A trip's statement line with every valid head and its two scans (the drill-down). */
    public record TripHeadsJson(String tripNo, String channel, String month, String status, int validHeads,
            int paidHeads, String commission, List<HeadJson> heads) {

        public static TripHeadsJson of(StatementLine l, StatementStatus status) {
            return new TripHeadsJson(l.trip().tripNo().value(), l.trip().channel().value(),
                    l.trip().settlementMonth().toString(), status.name(), l.validHeads(), l.paidHeads(),
                    l.commission().toString(), l.heads().stream().map(HeadJson::of).toList());
        }
    }

}
