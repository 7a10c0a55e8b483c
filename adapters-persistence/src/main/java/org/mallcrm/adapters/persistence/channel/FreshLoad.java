package org.mallcrm.adapters.persistence.channel;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
    private static final byte[] CHANNEL = "\tCHANNEL\t".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHECKIN = "\tCHECKIN\t".getBytes(StandardCharsets.US_ASCII);
    /** The longest row: identifiers of 40 characters, a code of 200, each at most 4 bytes, every byte escaped. */
    private static final int MAX_ROW = 64 + 2 * 4 * (40 + 40 + 200);

    private final Connection connection;
    private final List<String> rebuild;
    private final CopyIn in;
    private final byte[] mall;
    private final byte[] buf = new byte[1 << 16];
    private int size;

    private FreshLoad(Connection connection, List<String> rebuild, CopyIn in, long mallId) {
        this.connection = connection;
        this.rebuild = rebuild;
        this.in = in;
        this.mall = (mallId + "\t").getBytes(StandardCharsets.US_ASCII);
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
                .copyIn("COPY scan (mall_id, buyer_id, scanned_at_ns, scan_id, kind, code) FROM STDIN");
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

    /** One row, in COPY's text format (tab between fields, a backslash and control characters escaped). */
    void copy(Scan s) throws SQLException {
        if (buf.length - size < MAX_ROW) {
            in.writeToCopy(buf, 0, size);
            size = 0;
        }
        int p = size;
        System.arraycopy(mall, 0, buf, p, mall.length);
        p += mall.length;
        p = text(s.buyer().value(), p);
        buf[p++] = '\t';
        p = JdbcScans.decimal(buf, p, Nanos.of(s.scannedAt()));
        buf[p++] = '\t';
        p = text(s.scanId().value(), p);
        byte[] kind = s.kind() == ScanKind.CHANNEL ? CHANNEL : CHECKIN;
        System.arraycopy(kind, 0, buf, p, kind.length);
        p += kind.length;
        p = text(s.code().value(), p);
        buf[p++] = '\n';
        size = p;
    }

    private int text(String v, int p) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 0x80) {
                return bytes(v.substring(i).getBytes(StandardCharsets.UTF_8), p);
            }
            p = ascii(c, p);
        }
        return p;
    }

    /** UTF-8 bytes: a multi-byte sequence never holds an ASCII byte, so escaping byte by byte is right. */
    private int bytes(byte[] b, int p) {
        for (byte c : b) {
            p = c >= 0 ? ascii((char) c, p) : put(c, p);
        }
        return p;
    }

    private int ascii(char c, int p) {
        if (c == '\\' || c < 0x20 || c == 0x7F) {
            buf[p++] = '\\';
            switch (c) {
                case '\\' -> buf[p++] = '\\';
                case '\t' -> buf[p++] = 't';
                case '\n' -> buf[p++] = 'n';
                case '\r' -> buf[p++] = 'r';
                default -> {
                    // any other control character as an octal escape
                    buf[p++] = (byte) ('0' + (c >> 6));
                    buf[p++] = (byte) ('0' + ((c >> 3) & 7));
                    buf[p++] = (byte) ('0' + (c & 7));
                }
            }
            return p;
        }
        buf[p] = (byte) c;
        return p + 1;
    }

    private int put(byte c, int p) {
        buf[p] = c;
        return p + 1;
    }

    /**
     * Ends the COPY and builds the indexes; false when a unique index cannot be built (an id twice in the rows):
     * the caller then rolls back to {@link #SAVEPOINT}.
     */
    boolean finish() throws SQLException {
        try {
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
