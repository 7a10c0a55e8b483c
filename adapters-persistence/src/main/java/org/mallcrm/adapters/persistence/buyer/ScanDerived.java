package org.mallcrm.adapters.persistence.buyer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.ScanMonths;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.ScanKind;

/**
 * What every writer of scans, trips and commission rules does, in its own transaction, so that buyer analytics
 * finds the data it keeps derived from them up to date (or knows what to bring up to date):
 * <ul>
 * <li>posted scans set their visit days in {@code buyer_visit} at once (an upsert of one bit per check-in), and in
 * their buyers' rows of {@code buyer_visit_summary} ({@link VisitSummary});</li>
 * <li>a bulk write (an import) records its time range in {@code buyer_visit_pending}, rebuilt from the scans before
 * visits are next read: setting bits row by row would slow a million-row import down by half;</li>
 * <li>every write moves the mall's {@code channel_data_generation} on, which tells first channels to be computed
 * again.</li>
 * </ul>
 * A visit day is kept as a bit: day {@code d} (days since 1900-01-01, Beijing time) is bit {@code d % 64} of the row
 * {@code span = d / 64}. Beijing time is UTC+8 here, as it has been all year since 1991 (the same arithmetic in Java
 * and in SQL, so that both agree to the nanosecond).
 */
public final class ScanDerived {

    /** Days from 1900-01-01 to 1970-01-01: day numbers of the years the domain accepts are never negative. */
    static final long EPOCH_OFFSET_DAYS = 25_567;
    static final int SPAN_DAYS = 64;

    private static final String SET_VISIT = "INSERT INTO buyer_visit (mall_id, buyer_id, span, days) VALUES (?, ?, ?, ?) "
            + "ON CONFLICT (mall_id, buyer_id, span) DO UPDATE SET days = buyer_visit.days | excluded.days";
    private static final String PENDING = "INSERT INTO buyer_visit_pending (mall_id, from_ns, to_ns) VALUES (?, ?, ?)";
    private static final String BUMP = "INSERT INTO channel_data_generation (mall_id, generation) VALUES (?, 1) "
            + "ON CONFLICT (mall_id) DO UPDATE SET generation = channel_data_generation.generation + 1";

    private ScanDerived() {
    }

    /** The day number (days since 1900-01-01, UTC+8) of an instant in epoch nanoseconds. */
    static long dayNumber(long nanos) {
        return ScanMonths.localEpochDay(nanos) + EPOCH_OFFSET_DAYS;
    }

    static long nanos(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
    }

    /** The day number of a local day: days since 1900-01-01. */
    static long dayNumber(LocalDate day) {
        return day.toEpochDay() + EPOCH_OFFSET_DAYS;
    }

    static LocalDate day(long dayNumber) {
        return LocalDate.ofEpochDay(dayNumber - EPOCH_OFFSET_DAYS);
    }

    /**
     * SQL for the day number (days since 1900-01-01, Beijing time, UTC+8 all year) of a column of epoch nanoseconds:
     * whole seconds by floor division (SQL's {@code /} and {@code %} truncate), shifted so that the division by a
     * day's seconds is on non-negative numbers.
     */
    static String dayNumberSql(String nanosColumn) {
        String c = nanosColumn;
        return "((" + c + " - (((" + c + " % 1000000000) + 1000000000) % 1000000000)) / 1000000000 + "
                + (EPOCH_OFFSET_DAYS * 86_400 + 8 * 3600) + ") / 86400";
    }

    /**
     * Called by the scan writer in the transaction that stored {@code inserted} (scans posted one by one): sets their
     * visit days and moves the generation on.
     */
    public static void posted(Database db, Connection c, long mallId, Collection<Scan> inserted) throws SQLException {
        if (inserted.isEmpty()) {
            return;
        }
        // one upsert per buyer and span of 64 days, its bits ORed together: a batch of one buyer's check-ins of a day
        // writes its row once, not once a scan; buyers in id order, so that two servers' writers on one PostgreSQL
        // database lock the rows they share in the same order
        Map<String, SortedSet<Long>> days = new TreeMap<>();
        for (Scan s : inserted) {
            if (s.kind() == ScanKind.CHECKIN) {
                days.computeIfAbsent(s.buyer().value(), b -> new TreeSet<>()).add(dayNumber(nanos(s.scannedAt())));
            }
        }
        if (!days.isEmpty()) {
            PreparedStatement ps = db.prepared(c, SET_VISIT);
            ps.clearBatch();
            for (Map.Entry<String, SortedSet<Long>> e : days.entrySet()) {
                long span = -1;
                long bits = 0;
                for (long d : e.getValue()) {   // ascending: the days of one span come together
                    if (d / SPAN_DAYS != span) {
                        if (span >= 0) {
                            addVisit(ps, mallId, e.getKey(), span, bits);
                        }
                        span = d / SPAN_DAYS;
                        bits = 0;
                    }
                    bits |= 1L << (d % SPAN_DAYS);
                }
                addVisit(ps, mallId, e.getKey(), span, bits);
            }
            ps.executeBatch();
            VisitSummary.add(db, c, mallId, days);
        }
        bump(db, c, mallId);
    }

    private static void addVisit(PreparedStatement ps, long mallId, String buyer, long span, long bits)
            throws SQLException {
        ps.setLong(1, mallId);
        ps.setString(2, buyer);
        ps.setLong(3, span);
        ps.setLong(4, bits);
        ps.addBatch();
    }

    /**
     * Called by a bulk scan writer when it finishes: scans in {@code fromNs..toNs} (epoch nanoseconds) were added,
     * changed or replaced, so the visit days of that time are rebuilt before they are next read.
     */
    public static void written(Database db, Connection c, long mallId, long fromNs, long toNs) throws SQLException {
        PreparedStatement ps = db.prepared(c, PENDING);
        ps.setLong(1, mallId);
        ps.setLong(2, fromNs);
        ps.setLong(3, toNs);
        ps.executeUpdate();
        bump(db, c, mallId);
    }

    /** Called when trips or commission rules change: valid heads, and so first channels, may have changed. */
    public static void channelDataChanged(Database db, Connection c, long mallId) throws SQLException {
        bump(db, c, mallId);
    }

    /** {@link #channelDataChanged} on the current transaction's connection (or a connection of its own). */
    public static void channelDataChangedIn(Database db, long mallId) {
        db.withConnection(c -> {
            try {
                channelDataChanged(db, c, mallId);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot record the change of channel data: " + e.getMessage(), e);
            }
        });
    }

    private static void bump(Database db, Connection c, long mallId) throws SQLException {
        PreparedStatement ps = db.prepared(c, BUMP);
        ps.setLong(1, mallId);
        ps.executeUpdate();
    }

    /** The first instant of a day number (00:00 at UTC+8), in epoch nanoseconds. */
    static long startNanos(long dayNumber) {
        return Math.multiplyExact((dayNumber - EPOCH_OFFSET_DAYS) * 86_400L - 8 * 3600, 1_000_000_000L);
    }
}
