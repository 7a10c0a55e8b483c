package org.mallcrm.adapters.persistence.channel;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.mallcrm.adapters.persistence.ScanMonths;
import org.mallcrm.adapters.persistence.SqlFailure;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.ScanKind;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL: a bulk write into an empty {@code scan} table, loaded as pg_restore loads a table: its indexes are
 * dropped, the rows stream in through one {@code COPY} as the file's reader checks them (no sort on either side: a
 * B-tree built from all the rows at once costs about half of keeping it up row by row), and the indexes are built
 * again, from the definitions the catalog held, at the end. Everything happens inside a savepoint and an
 * {@code ACCESS EXCLUSIVE} lock on the table taken without waiting, so that no other transaction ever sees the table
 * without its indexes: until the import's transaction ends, readers of scans wait (they would have found none),
 * and a rollback, of the savepoint or of the import, brings the indexes back as they were.
 *
 * <p>Taken only when it is safe and cheap to check: the table holds no row at all (of any mall: the indexes are
 * the table's, not the mall's), nothing else holds a lock on it, and its indexes are plain indexes, primary key or
 * unique constraints with no foreign key pointing at them. Otherwise {@link #start} answers null and the caller
 * writes the usual way.
 */
final class FreshLoad {

    static final String SAVEPOINT = "scan_fresh";
    private static final byte[] CHANNEL = "CHANNEL".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHECKIN = "CHECKIN".getBytes(StandardCharsets.US_ASCII);
    /** The fields of a row. */
    private static final int FIELDS = 7;
    /** The binary COPY's header: its signature, no flags, no header extension. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};
    /**
     * The longest row: the field count, seven lengths, three bigints (mall, month, time), the kind, and identifiers of 40
     * characters and a code of 200, each at most 4 bytes in UTF-8 (a string's length counts UTF-16 units: at most 3
     * bytes each).
     */
    private static final int MAX_ROW = 2 + 7 * 4 + 3 * 8 + 7 + 4 * (40 + 40 + 200);

    private final Connection connection;
    private final List<String> rebuild;
    private final CopyIn in;
    private final long mallId;
    private final byte[] buf = new byte[1 << 16];
    private int size;

    private FreshLoad(Connection connection, List<String> rebuild, CopyIn in, long mallId) {
        this.connection = connection;
        this.rebuild = rebuild;
        this.in = in;
        this.mallId = mallId;
        System.arraycopy(HEADER, 0, buf, 0, HEADER.length);
        this.size = HEADER.length;
    }

    /**
     * Drops the scan table's indexes and opens the COPY when the table is empty and free; null (nothing changed)
     * otherwise. Runs inside the import's transaction.
     */
    static FreshLoad start(Connection c, long mallId) throws SQLException {
        List<String> rebuild = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            if (!empty(st)) {
                return null;
            }
            st.execute("SAVEPOINT " + SAVEPOINT);
            List<String> drop = new ArrayList<>();
            boolean ok;
            try {
                st.execute("LOCK TABLE scan IN ACCESS EXCLUSIVE MODE NOWAIT");
                ok = empty(st) && indexes(st, drop, rebuild);
            } catch (SQLException e) {
                if (SqlFailure.of(e) != SqlFailure.BUSY) {
                    throw e;
                }
                ok = false; // someone reads or writes scans right now: the usual way, beside them
            }
            if (!ok) {
                st.execute("ROLLBACK TO " + SAVEPOINT);
                st.execute("RELEASE " + SAVEPOINT);
                return null;
            }
            for (String d : drop) {
                st.execute(d);
            }
        }
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY scan (mall_id, month, buyer_id, scanned_at_ns, scan_id, kind, code) FROM STDIN (FORMAT binary)");
        return new FreshLoad(c, rebuild, in, mallId);
    }

    private static boolean empty(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM scan)")) {
            rs.next();
            return !rs.getBoolean(1);
        }
    }

    /**
     * The statements that drop the table's indexes and those that build them again (constraints first, as the
     * migrations made them); false when an index is of a kind this load does not rebuild.
     */
    private static boolean indexes(Statement st, List<String> drop, List<String> rebuild) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_constraint WHERE confrelid = 'scan'::regclass")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return false; // a foreign key points at one of the table's keys: its index cannot be dropped
            }
        }
        try (ResultSet rs = st.executeQuery("SELECT quote_ident(con.conname), con.contype, "
                + "pg_get_constraintdef(con.oid), i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
                + "FROM pg_index i LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid "
                + "AND con.conrelid = i.indrelid WHERE i.indrelid = 'scan'::regclass "
                + "ORDER BY con.contype NULLS LAST, i.indexrelid")) {
            while (rs.next()) {
                String constraint = rs.getString(1);
                String kind = rs.getString(2);
                if (constraint == null) {
                    drop.add("DROP INDEX " + rs.getString(4));
                    rebuild.add(rs.getString(5));
                } else if ("p".equals(kind) || "u".equals(kind)) {
                    drop.add("ALTER TABLE scan DROP CONSTRAINT " + constraint);
                    rebuild.add("ALTER TABLE scan ADD CONSTRAINT " + constraint + " " + rs.getString(3));
                } else {
                    return false; // an exclusion constraint, say: left to the usual way
                }
            }
        }
        return true;
    }

    /**
     * One row, in COPY's binary format: the number of fields, then each field as its length and its bytes (a bigint
     * as 8 bytes, big-endian; text as its UTF-8 bytes, nothing escaped). The server reads it with less work than the
     * text format, where every byte is scanned for delimiters and escapes.
     */
    void copy(Scan s) throws SQLException {
        if (buf.length - size < MAX_ROW) {
            in.writeToCopy(buf, 0, size);
            size = 0;
        }
        int p = size;
        p = int16(FIELDS, p);
        p = int32(8, p);
        p = int64(mallId, p);
        long at = Nanos.of(s.scannedAt());
        p = int32(8, p);
        p = int64(ScanMonths.of(at), p);
        p = text(s.buyer().value(), p);
        p = int32(8, p);
        p = int64(at, p);
        p = text(s.scanId().value(), p);
        byte[] kind = s.kind() == ScanKind.CHANNEL ? CHANNEL : CHECKIN;
        p = int32(kind.length, p);
        System.arraycopy(kind, 0, buf, p, kind.length);
        p += kind.length;
        p = text(s.code().value(), p);
        size = p;
    }

    /** A text field: its length, then its UTF-8 bytes (ASCII, the usual case, without making a byte array). */
    private int text(String v, int p) {
        int at = p + 4;
        int q = at;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 0x80) {
                byte[] rest = v.substring(i).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(rest, 0, buf, q, rest.length);
                q += rest.length;
                break;
            }
            buf[q++] = (byte) c;
        }
        int32(q - at, p);
        return q;
    }

    private int int16(int v, int p) {
        buf[p] = (byte) (v >>> 8);
        buf[p + 1] = (byte) v;
        return p + 2;
    }

    private int int32(int v, int p) {
        buf[p] = (byte) (v >>> 24);
        buf[p + 1] = (byte) (v >>> 16);
        buf[p + 2] = (byte) (v >>> 8);
        buf[p + 3] = (byte) v;
        return p + 4;
    }

    private int int64(long v, int p) {
        int32((int) (v >>> 32), p);
        int32((int) v, p + 4);
        return p + 8;
    }

    /**
     * Ends the COPY and builds the indexes; false when a unique index cannot be built (an id twice in the rows):
     * the caller then rolls back to {@link #SAVEPOINT}.
     */
    boolean finish() throws SQLException {
        try {
            if (buf.length - size < 2) {
                in.writeToCopy(buf, 0, size);
                size = 0;
            }
            size = int16(-1, size); // the trailer
            in.writeToCopy(buf, 0, size);
            size = 0;
            in.endCopy();
        } finally {
            cancel();
        }
        try (Statement st = connection.createStatement()) {
            // the sorts of the index builds in memory where the server allows less; this transaction only
            st.execute("SELECT set_config('maintenance_work_mem', '256MB', true) "
                    + "WHERE pg_size_bytes(current_setting('maintenance_work_mem')) < 256 * 1024 * 1024");
            for (String r : rebuild) {
                st.execute(r);
            }
            return true;
        } catch (SQLException e) {
            if (SqlFailure.of(e) != SqlFailure.UNIQUE) {
                throw e;
            }
            return false;
        }
    }

    /** Ends a COPY still open (the import failed part-way): the connection can roll back. */
    void cancel() {
        if (in.isActive()) {
            try {
                in.cancelCopy();
            } catch (SQLException ignored) {
                // the import's transaction rolls back anyway
            }
        }
    }
}
