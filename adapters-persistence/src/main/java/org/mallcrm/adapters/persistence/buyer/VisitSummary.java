package org.mallcrm.adapters.persistence.buyer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.Vendor;

/**
 * A buyer's visit days in one row of {@code buyer_visit_summary}: the 64-day masks of {@code buyer_visit} (see
 * {@link ScanDerived}) from its first span on, gaps as zero words, as little-endian 64-bit words. Written in the
 * transactions that write {@code buyer_visit}: {@link #add} for posted scans, {@link #rebuild} when the ranges of bulk
 * writes are rebuilt. Read by {@link SqlBuyerAnalytics#forEachActive}, one row per buyer.
 *
 * <p>A registered buyer's first and last visit days are kept on its {@code buyer} row too ({@code first_visit_day},
 * {@code last_visit_day}), in the same transactions, for the counts of buyers active in a range
 * ({@link SqlBuyerAnalytics#countBy}); a buyer that registers after its visits takes them from its summary
 * ({@link #boundsFor}). On PostgreSQL a writer locks the summary rows it reads before it writes them or copies their
 * bounds (a row inserted empty when there is none yet, so that a writer that would insert the same row waits): two
 * servers' scan writers, or a scan writer and a registration, then take turns on one buyer instead of each writing
 * what it read before the other's change.
 */
final class VisitSummary {

    private static final String OF = "SELECT first_span, days FROM buyer_visit_summary WHERE mall_id = ? AND buyer_id = ?";
    /** A summary row without days, inserted (PostgreSQL) only to be locked: readers see no visit in it. */
    private static final String HOLD = "INSERT INTO buyer_visit_summary (mall_id, buyer_id, first_span, days) "
            + "VALUES (?, ?, 0, ?) ON CONFLICT (mall_id, buyer_id) DO NOTHING";
    private static final String BOUNDS = "UPDATE buyer SET first_visit_day = ?, last_visit_day = ? "
            + "WHERE mall_id = ? AND buyer_id = ?";
    private static final byte[] NO_DAYS = new byte[0];
    private static final int CHUNK = 500;
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

    /** Whether there is no visit day at all. */
    boolean isEmpty() {
        for (long w : words) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    /** The first visit day (a day number); meaningless when {@link #isEmpty}. */
    long firstDay() {
        for (int k = 0; k < words.length; k++) {
            if (words[k] != 0) {
                return (firstSpan + k) * ScanDerived.SPAN_DAYS + Long.numberOfTrailingZeros(words[k]);
            }
        }
        return -1;
    }

    /** The last visit day (a day number); meaningless when {@link #isEmpty}. */
    long lastDay() {
        for (int k = words.length - 1; k >= 0; k--) {
            if (words[k] != 0) {
                return (firstSpan + k) * ScanDerived.SPAN_DAYS + 63 - Long.numberOfLeadingZeros(words[k]);
            }
        }
        return -1;
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

    /**
     * Adds visit days (day numbers) to the summaries of their buyers, and to the bounds of the registered ones, on the
     * writer's connection; the buyers in id order (a sorted map), the order every writer locks them in.
     */
    static void add(Database db, Connection c, long mallId, Map<String, SortedSet<Long>> daysByBuyer)
            throws SQLException {
        PreparedStatement set = db.prepared(c, SET);
        PreparedStatement bounds = null;
        for (Map.Entry<String, SortedSet<Long>> e : daysByBuyer.entrySet()) {
            VisitSummary s = read(db, c, mallId, e.getKey());
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
            if (before.isEmpty() || before.firstDay() != s.firstDay() || before.lastDay() != s.lastDay()) {
                if (bounds == null) {
                    bounds = db.prepared(c, BOUNDS);
                }
                bounds.setLong(1, s.firstDay());
                bounds.setLong(2, s.lastDay());
                bounds.setLong(3, mallId);
                bounds.setString(4, e.getKey());
                bounds.executeUpdate();   // nothing for a buyer not registered
            }
        }
    }

    /**
     * A buyer's summary as stored (none: no days), read to be written in this transaction: on PostgreSQL locked first
     * (see the class comment).
     */
    private static VisitSummary read(Database db, Connection c, long mallId, String buyer) throws SQLException {
        boolean lock = db.vendor() == Vendor.POSTGRESQL;
        if (lock) {
            PreparedStatement hold = db.prepared(c, HOLD);
            hold.setLong(1, mallId);
            hold.setString(2, buyer);
            hold.setBytes(3, NO_DAYS);
            hold.executeUpdate();
        }
        PreparedStatement of = db.prepared(c, lock ? OF + " FOR UPDATE" : OF);
        of.setLong(1, mallId);
        of.setString(2, buyer);
        try (ResultSet rs = of.executeQuery()) {
            return rs.next() ? of(rs.getLong(1), rs.getBytes(2)) : new VisitSummary(0, new long[0]);
        }
    }

    /**
     * The first and last visit days of buyers about to be registered ({@code null} for one without a visit), from
     * their summaries, on the registering transaction's connection: on PostgreSQL locked, so that a check-in stored
     * at the same moment either is in what is read here or finds the buyer's row to set its bounds on.
     */
    static Map<String, long[]> boundsFor(Database db, Connection c, long mallId, Collection<String> buyers)
            throws SQLException {
        Map<String, long[]> bounds = new HashMap<>();
        boolean lock = db.vendor() == Vendor.POSTGRESQL;
        // in id order, a few hundred ids a statement (SQLite: the writer holds the database's write lock already)
        List<String> ids = new ArrayList<>(new TreeSet<>(buyers));
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            if (lock) {
                PreparedStatement hold = db.prepared(c, HOLD);
                for (String buyer : chunk) {
                    hold.setLong(1, mallId);
                    hold.setString(2, buyer);
                    hold.setBytes(3, NO_DAYS);
                    hold.addBatch();
                }
                hold.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT buyer_id, first_span, days FROM buyer_visit_summary "
                    + "WHERE mall_id = ? AND buyer_id IN (" + "?, ".repeat(chunk.size() - 1) + "?)"
                    + (lock ? " ORDER BY buyer_id FOR UPDATE" : ""))) {
                ps.setLong(1, mallId);
                for (int k = 0; k < chunk.size(); k++) {
                    ps.setString(k + 2, chunk.get(k));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        VisitSummary s = of(rs.getLong(2), rs.getBytes(3));
                        if (!s.isEmpty()) {
                            bounds.put(rs.getString(1), new long[] {s.firstDay(), s.lastDay()});
                        }
                    }
                }
            }
        }
        return bounds;
    }

    /**
     * Writes every summary of the mall anew from {@code buyer_visit}, and every registered buyer's bounds, on the
     * writer's connection. (An upsert, not an insert: on PostgreSQL a registration may hold a summary row it inserted
     * empty; the rebuild waits for it and then writes the row.)
     */
    static void rebuild(Connection c, long mallId) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM buyer_visit_summary WHERE mall_id = ?");
                PreparedStatement clear = c.prepareStatement("UPDATE buyer SET first_visit_day = NULL, "
                        + "last_visit_day = NULL WHERE mall_id = ? AND first_visit_day IS NOT NULL")) {
            del.setLong(1, mallId);
            del.executeUpdate();
            clear.setLong(1, mallId);
            clear.executeUpdate();
        }
        try (PreparedStatement read = c.prepareStatement("SELECT buyer_id, span, days FROM buyer_visit "
                + "WHERE mall_id = ? AND days <> 0 ORDER BY buyer_id, span", ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
                PreparedStatement ins = c.prepareStatement(SET);
                PreparedStatement bounds = c.prepareStatement(BOUNDS)) {
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
                            batched = insert(ins, bounds, mallId, buyer, first, words, n, batched);
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
                insert(ins, bounds, mallId, buyer, first, words, n, batched);
            }
            ins.executeBatch();
            bounds.executeBatch();
        }
    }

    private static int insert(PreparedStatement ins, PreparedStatement bounds, long mallId, String buyer, long first,
            long[] words, int n, int batched) throws SQLException {
        VisitSummary s = new VisitSummary(first, Arrays.copyOf(words, n));
        ins.setLong(1, mallId);
        ins.setString(2, buyer);
        ins.setLong(3, first);
        ins.setBytes(4, s.bytes());
        ins.addBatch();
        bounds.setLong(1, s.firstDay());
        bounds.setLong(2, s.lastDay());
        bounds.setLong(3, mallId);
        bounds.setString(4, buyer);
        bounds.addBatch();   // nothing for a buyer not registered
        if (batched + 1 >= 1000) {
            ins.executeBatch();
            bounds.executeBatch();
            return 0;
        }
        return batched + 1;
    }
}
