package org.mallcrm.adapters.persistence.buyer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedSet;
import org.mallcrm.adapters.persistence.Database;

/**
 * A buyer's visit days in one row of {@code buyer_visit_summary}: the 64-day masks of {@code buyer_visit} (see
 * {@link ScanDerived}) from its first span on, gaps as zero words, as little-endian 64-bit words. Written in the
 * transactions that write {@code buyer_visit}: {@link #add} for posted scans, {@link #rebuild} when the ranges of bulk
 * writes are rebuilt. Read by {@link SqlBuyerAnalytics#forEachActive}, one row per buyer.
 */
final class VisitSummary {

    private static final String OF = "SELECT first_span, days FROM buyer_visit_summary WHERE mall_id = ? AND buyer_id = ?";
    private static final String SET = "INSERT INTO buyer_visit_summary (mall_id, buyer_id, first_span, days) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT (mall_id, buyer_id) DO UPDATE SET first_span = excluded.first_span, "
            + "days = excluded.days";

    private final long firstSpan;
    private final long[] words;

    VisitSummary(long firstSpan, long[] words) {
        this.firstSpan = firstSpan;
        this.words = words;
    }

    static VisitSummary of(long firstSpan, byte[] blob) {
        long[] words = new long[blob.length / 8];
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(words);
        return new VisitSummary(firstSpan, words);
    }

    long firstSpan() {
        return firstSpan;
    }

    byte[] bytes() {
        ByteBuffer b = ByteBuffer.allocate(words.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(words);
        return b.array();
    }

    /** These visit days and {@code day} (a day number). */
    VisitSummary with(long day) {
        long span = day / ScanDerived.SPAN_DAYS;
        long bit = 1L << (day % ScanDerived.SPAN_DAYS);
        if (words.length == 0) {
            return new VisitSummary(span, new long[] {bit});
        }
        long first = Math.min(firstSpan, span);
        long last = Math.max(firstSpan + words.length - 1, span);
        long[] w = new long[Math.toIntExact(last - first + 1)];
        System.arraycopy(words, 0, w, Math.toIntExact(firstSpan - first), words.length);
        w[Math.toIntExact(span - first)] |= bit;
        return new VisitSummary(first, w);
    }

    /**
     * The visit days on days {@code from..to} (day numbers) of a stored summary, packed in one long for the hundred
     * thousand rows of a whole mall (no object per row): how many ({@link #days}) and the last one ({@link #last};
     * meaningless when there are none).
     */
    static long inWindow(long firstSpan, byte[] blob, long from, long to) {
        int n = blob.length / 8;
        long lo = Math.max(0, from / ScanDerived.SPAN_DAYS - firstSpan);
        long hi = Math.min(n - 1, to / ScanDerived.SPAN_DAYS - firstSpan);
        int days = 0;
        long last = 0;
        for (long k = lo; k <= hi; k++) {
            long span = firstSpan + k;
            long bits = word(blob, (int) k) & SqlBuyerAnalytics.windowBits(span, from, to);
            if (bits != 0) {
                days += Long.bitCount(bits);
                last = span * ScanDerived.SPAN_DAYS + 63 - Long.numberOfLeadingZeros(bits);
            }
        }
        return last << 16 | days;
    }

    /** How many visit days an {@link #inWindow} answer counts (a window has at most 3,660 days). */
    static int days(long inWindow) {
        return (int) (inWindow & 0xFFFF);
    }

    /** The last visit day (a day number) of an {@link #inWindow} answer with at least one day. */
    static long last(long inWindow) {
        return inWindow >>> 16;
    }

    /** The little-endian 64-bit word {@code k} of a summary. */
    static long word(byte[] blob, int k) {
        int o = k * 8;
        return (blob[o] & 0xFFL) | (blob[o + 1] & 0xFFL) << 8 | (blob[o + 2] & 0xFFL) << 16
                | (blob[o + 3] & 0xFFL) << 24 | (blob[o + 4] & 0xFFL) << 32 | (blob[o + 5] & 0xFFL) << 40
                | (blob[o + 6] & 0xFFL) << 48 | (blob[o + 7] & 0xFFL) << 56;
    }

    /** Adds visit days (day numbers) to the summaries of their buyers, on the writer's connection. */
    static void add(Database db, Connection c, long mallId, Map<String, SortedSet<Long>> daysByBuyer)
            throws SQLException {
        PreparedStatement of = db.prepared(c, OF);
        PreparedStatement set = db.prepared(c, SET);
        for (Map.Entry<String, SortedSet<Long>> e : daysByBuyer.entrySet()) {
            of.setLong(1, mallId);
            of.setString(2, e.getKey());
            VisitSummary s = new VisitSummary(0, new long[0]);
            try (ResultSet rs = of.executeQuery()) {
                if (rs.next()) {
                    s = of(rs.getLong(1), rs.getBytes(2));
                }
            }
            VisitSummary before = s;
            for (long day : e.getValue()) {
                s = s.with(day);
            }
            if (before.firstSpan == s.firstSpan && Arrays.equals(before.words, s.words)) {
                continue;
            }
            set.setLong(1, mallId);
            set.setString(2, e.getKey());
            set.setLong(3, s.firstSpan);
            set.setBytes(4, s.bytes());
            set.executeUpdate();
        }
    }

    /** Writes every summary of the mall anew from {@code buyer_visit}, on the writer's connection. */
    static void rebuild(Connection c, long mallId) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM buyer_visit_summary WHERE mall_id = ?")) {
            del.setLong(1, mallId);
            del.executeUpdate();
        }
        try (PreparedStatement read = c.prepareStatement("SELECT buyer_id, span, days FROM buyer_visit "
                + "WHERE mall_id = ? AND days <> 0 ORDER BY buyer_id, span", ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
                PreparedStatement ins = c.prepareStatement("INSERT INTO buyer_visit_summary (mall_id, buyer_id, "
                        + "first_span, days) VALUES (?, ?, ?, ?)")) {
            read.setFetchSize(2000);
            read.setLong(1, mallId);
            String buyer = null;
            long first = 0;
            long[] words = new long[8];
            int n = 0;
            int batched = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    String b = rs.getString(1);
                    long span = rs.getLong(2);
                    if (!b.equals(buyer)) {
                        if (buyer != null) {
                            batched = insert(ins, mallId, buyer, first, words, n, batched);
                        }
                        buyer = b;
                        first = span;
                        Arrays.fill(words, 0, n, 0);
                        n = 0;
                    }
                    int k = Math.toIntExact(span - first);
                    if (k >= words.length) {
                        words = Arrays.copyOf(words, Math.max(k + 1, words.length * 2));
                    }
                    words[k] = rs.getLong(3);
                    n = k + 1;
                }
            }
            if (buyer != null) {
                insert(ins, mallId, buyer, first, words, n, batched);
            }
            ins.executeBatch();
        }
    }

    private static int insert(PreparedStatement ins, long mallId, String buyer, long first, long[] words, int n,
            int batched) throws SQLException {
        ins.setLong(1, mallId);
        ins.setString(2, buyer);
        ins.setLong(3, first);
        ins.setBytes(4, new VisitSummary(first, Arrays.copyOf(words, n)).bytes());
        ins.addBatch();
        if (batched + 1 >= 1000) {
            ins.executeBatch();
            return 0;
        }
        return batched + 1;
    }
}
