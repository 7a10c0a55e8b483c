package org.mallcrm.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite keeps the scan table clustered by month first: its key is (mall_id, month, buyer_id, scanned_at_ns,
 * scan_id), where month is the scan's local month (the mall's day, UTC+8, as buyer analytics counts days) as
 * yyyymm. A month's import then goes after the months before it, in the order it is sorted in, instead of into the
 * middle of every buyer's run of earlier scans: on a database holding last month, the same month of 10⁶ scans
 * imported in about two thirds of the time (measured in the sqlite3 shell: 0.9 s against 1.4 s of inserts, 0.45 s
 * against 0.7 s of commit). The month is storage only, not a rule: any month boundary would be as correct.
 *
 * <p>What the key no longer answers by itself is a buyer's scans across months; this class gives that as one seek
 * per month the mall has scans in (the months found by a seek each, in the same statement): about three seeks a
 * month of history where the buyer-first key took one. PostgreSQL keeps its key (mall_id, buyer_id, scanned_at_ns,
 * scan_id), with the month as a plain column (both vendors have the same columns); its imports go through COPY.
 */
public final class ScanMonths {

    /**
     * The months the mall has scans in, as table {@code m(month)}, a seek each; its two parameters are the mall id.
     * The last row is NULL (the step that found no further month), which {@code IN} never matches.
     */
    private static final String MONTHS = "WITH RECURSIVE m(month) AS (SELECT (SELECT month FROM scan WHERE mall_id = ? "
            + "ORDER BY month LIMIT 1) UNION ALL SELECT (SELECT s.month FROM scan s WHERE s.mall_id = ? "
            + "AND s.month > m.month ORDER BY s.month LIMIT 1) FROM m WHERE m.month IS NOT NULL) ";
    private static final String NEXT = "SELECT month FROM scan WHERE mall_id = ? AND month > ? AND month <= ? "
            + "ORDER BY month LIMIT 1";

    private ScanMonths() {
    }

    /** The local month (UTC+8) of an instant in epoch nanoseconds, as yyyymm. */
    public static int of(long nanos) {
        LocalDate day = LocalDate.ofEpochDay(localEpochDay(nanos));
        return day.getYear() * 100 + day.getMonthValue();
    }

    /**
     * The local day (Beijing time, UTC+8 all year since 1991) of an instant in epoch nanoseconds, as days since
     * 1970-01-01: whole seconds by floor division, then days.
     */
    public static long localEpochDay(long nanos) {
        return Math.floorDiv(Math.floorDiv(nanos, 1_000_000_000L) + 8 * 3600, 86_400L);
    }

    /**
     * A query of one buyer's scans: {@code SELECT columns FROM scan WHERE mall_id = ? AND buyer_id = ?} and
     * {@code more} (further conditions, an order, a limit), on SQLite through every month the mall has scans in.
     * Bind it with {@link #bindBuyer}, then {@code more}'s parameters.
     */
    public static String ofBuyer(Vendor vendor, String columns, String more) {
        if (vendor == Vendor.SQLITE) {
            return MONTHS + "SELECT " + columns + " FROM scan WHERE mall_id = ? AND month IN (SELECT month FROM m) "
                    + "AND buyer_id = ?" + more;
        }
        return "SELECT " + columns + " FROM scan WHERE mall_id = ? AND buyer_id = ?" + more;
    }

    /** Binds the mall and the buyer of an {@link #ofBuyer} query; returns the index of the next parameter. */
    public static int bindBuyer(Vendor vendor, PreparedStatement ps, long mallId, String buyer) throws SQLException {
        int i = 1;
        if (vendor == Vendor.SQLITE) {
            ps.setLong(i++, mallId);
            ps.setLong(i++, mallId);
        }
        ps.setLong(i++, mallId);
        ps.setString(i++, buyer);
        return i;
    }

    /** SQLite: the months from {@code from} to {@code to} (yyyymm, inclusive) that the mall has scans in, ascending. */
    public static List<Integer> between(Connection c, long mallId, int from, int to) throws SQLException {
        List<Integer> months = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(NEXT)) {
            int after = from - 1;
            while (true) {
                ps.setLong(1, mallId);
                ps.setInt(2, after);
                ps.setInt(3, to);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return months;
                    }
                    after = rs.getInt(1);
                    months.add(after);
                }
            }
        }
    }
}
