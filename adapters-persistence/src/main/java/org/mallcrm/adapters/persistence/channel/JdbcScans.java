package org.mallcrm.adapters.persistence.channel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.nio.charset.StandardCharsets;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.ScanMonths;
import org.mallcrm.adapters.persistence.SqlFailure;
import org.mallcrm.adapters.persistence.Vendor;
import org.mallcrm.adapters.persistence.buyer.ScanDerived;
import org.mallcrm.application.channel.port.out.Scans;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.ScanId;
import org.mallcrm.domain.channel.ScanKind;
import org.mallcrm.domain.channel.TripNo;

/**
 * Scans of one mall in SQLite through plain JDBC: millions of rows are written in batches with reused prepared
 * statements (jOOQ's batching is two to three times slower here) and read with one forward-only cursor in the order
 * of the table's clustering key, buyer then time, which is the order reconciliation needs.
 */
public final class JdbcScans implements Scans {

    private static final String INSERT = "INSERT INTO scan (mall_id, month, buyer_id, scanned_at_ns, scan_id, kind, "
            + "code) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    /** The values a scan binds: mall, month ({@link ScanMonths}), buyer, time, scan id, kind, code. */
    private static final int VALUES = 7;
    /** Rows per multi-row INSERT of a bulk write. */
    static final int GROUP = 64;
    /**
     * Rows per INSERT of a sorted bulk write. A multi-row INSERT on a table with a foreign key or a CHECK opens a
     * statement journal: every page it changes that was there when it started (the B-trees' inner pages, the leaves a
     * row splits, and, when the table holds scans already, the leaves the rows go between) is first copied to a
     * temporary file, one write each. The fewer statements, the fewer copies: with 64 rows a statement, a month into a
     * table holding the month before made about 340,000 such writes (half of the import's system time); 1,000 rows a
     * statement (5,001 bound values, within SQLite's limit of 32,766) make a fifth as many.
     */
    static final int SORTED_GROUP = 1000;
    /**
     * The values a row of a sorted group insert binds besides the month, which the group's rows share (parameter 1;
     * the mall is a literal).
     */
    static final int SORTED_VALUES = 5;
    private static final String INSERT_GROUP = "INSERT INTO scan (mall_id, month, buyer_id, scanned_at_ns, scan_id, "
            + "kind, code) VALUES " + String.join(", ", java.util.Collections.nCopies(GROUP, "(?, ?, ?, ?, ?, ?, ?)"))
            + " ON CONFLICT DO NOTHING";
    private static final String FIND = "SELECT buyer_id, scanned_at_ns, kind, code FROM scan "
            + "WHERE mall_id = ? AND scan_id = ?";
    /**
     * A BUYER token yet to be confirmed, checked in the transaction that writes its scans: live, of this mall, bound to
     * the scan's buyer.
     */
    private static final String TOKEN_LIVE = "SELECT 1 FROM access_token WHERE token_hash = ? AND mall_id = ? "
            + "AND revoked_at IS NULL AND role = 'BUYER' AND subject = ?";
    private static final String DELETE = "DELETE FROM scan WHERE mall_id = ? AND scan_id = ?";
    /**
     * PostgreSQL: a batch of posted scans as one statement, its rows bound as arrays (one plan, prepared once, for any
     * number of rows; a batch of single-row inserts costs the server a statement per row), in scan id order so that
     * two servers' writers posting the same ids wait for each other in the same order (no deadlock). The ids stored
     * come back; an id twice in one batch is stored once.
     */
    private static final String INSERT_ARRAYS = "INSERT INTO scan (mall_id, month, buyer_id, scanned_at_ns, scan_id, "
            + "kind, code) SELECT ?, u.m, u.b, u.t, u.i, u.k, u.c FROM unnest(?::bigint[], ?::text[], ?::bigint[], "
            + "?::text[], ?::text[], ?::text[]) AS u(m, b, t, i, k, c) ORDER BY u.i ON CONFLICT DO NOTHING "
            + "RETURNING scan_id";
    private static final String ORDER = " ORDER BY buyer_id, scanned_at_ns, scan_id";
    private static final String BETWEEN = "SELECT buyer_id, scanned_at_ns, kind, code, scan_id FROM scan "
            + "WHERE mall_id = ? AND scanned_at_ns BETWEEN ? AND ?";
    /**
     * The lean form, for reconciling without tracing heads: no scan ids, the kind folded into the time (twice the
     * nanoseconds since the span's start, plus one for a channel scan) and the code only for channel scans. Every
     * value read costs a call through JNI, so this reads 1.5 values a row where the full form reads 5.
     */
    private static final String BETWEEN_LEAN = "SELECT buyer_id, (scanned_at_ns - ?) * 2 + CASE kind WHEN 'CHANNEL' "
            + "THEN 1 ELSE 0 END, "
            + "CASE kind WHEN 'CHANNEL' THEN code END FROM scan WHERE mall_id = ? AND scanned_at_ns BETWEEN ? AND ?";
    /** Spans longer than this (about 73 years) are read in the full form: twice the offset must fit a long. */
    private static final long LEAN_SPAN = 1L << 61;

    private final Database db;
    private final long mallId;
    private final boolean staged;
    private GroupWriter groupWriter;

    public JdbcScans(Database db, long mallId) {
        this(db, mallId, true);
    }

    /**
     * @param staged on SQLite, bulk writes go through a staging table and one sorted insert ({@link StagedWriter});
     *        false: straight into the table in groups ({@link BatchWriter}), the slower path a staged write falls
     *        back to when some ids are stored already (kept selectable so that tests can hold the two side by side)
     */
    public JdbcScans(Database db, long mallId, boolean staged) {
        this.db = db;
        this.mallId = mallId;
        this.staged = staged;
    }

    @Override
    public Optional<Scan> find(ScanId id) {
        return db.withConnection(c -> {
            try {
                return Optional.ofNullable(find(db.prepared(c, FIND), id));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read scan " + id + ": " + e.getMessage(), e);
            }
        });
    }

    private Scan find(PreparedStatement ps, ScanId id) throws SQLException {
        ps.setLong(1, mallId);
        ps.setString(2, id.value());
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            return new Scan(id, ScanKind.valueOf(rs.getString(3)), ScanCode.of(rs.getString(4)),
                    BuyerId.of(rs.getString(1)), Nanos.instant(rs.getLong(2)));
        }
    }

    /**
     * Inside a unit of work, inserts on its connection. Outside one (a buyer's app posting a scan), hands the scan to
     * the group writer, which inserts whatever scans are waiting in one transaction, so that a thousand posts a
     * second cost a few dozen commits and no writer ever waits on SQLite's lock.
     */
    @Override
    public boolean insertIfAbsent(Scan scan) {
        return write(scan, false, null).inserted();
    }

    /**
     * As {@link #insertIfAbsent}; the trip of a channel scan's code is read on the connection that writes the scan,
     * in its transaction (the group writer: once per code and batch), not with a pooled connection of its own.
     */
    @Override
    public Posted post(Scan scan, Function<ScanCode, Optional<TripNo>> tripOfCode) {
        return write(scan, scan.kind() == ScanKind.CHANNEL, null);
    }

    /**
     * As {@link #post(Scan, Function)}; the buyer token, when there is one to confirm, is checked on the connection
     * that writes the scan, in its transaction (the group writer: once per token, buyer and batch), not with a pooled
     * connection of its own: {@code tokenLive} is not called.
     */
    @Override
    public Posted post(Scan scan, Function<ScanCode, Optional<TripNo>> tripOfCode, Optional<String> buyerToken,
            java.util.function.Predicate<String> tokenLive) {
        return write(scan, scan.kind() == ScanKind.CHANNEL, buyerToken.orElse(null));
    }

    /** Whether the BUYER token of that hash is live, of this mall, and bound to that buyer. */
    private boolean tokenLive(Connection c, String hash, String buyer) throws SQLException {
        PreparedStatement ps = db.prepared(c, TOKEN_LIVE);
        ps.setString(1, hash);
        ps.setLong(2, mallId);
        ps.setString(3, buyer);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private Posted write(Scan scan, boolean withTrip, String token) {
        if (db.inTransactionOnThisThread()) {
            return db.withConnection(c -> {
                try {
                    if (token != null && !tokenLive(c, token, scan.buyer().value())) {
                        return Posted.TOKEN_REFUSED;
                    }
                    PreparedStatement ps = db.prepared(c, INSERT);
                    bind(ps, scan);
                    boolean added = ps.executeUpdate() == 1;
                    if (added) {
                        ScanDerived.posted(db, c, mallId, List.of(scan));
                    }
                    return new Posted(added, withTrip ? JooqTrips.tripNoOfCode(db, c, mallId, scan.code().value())
                            : Optional.empty());
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot write scan " + scan.scanId() + ": " + e.getMessage(), e);
                }
            });
        }
        return groupWriter().insert(scan, withTrip, token);
    }

    private synchronized GroupWriter groupWriter() {
        if (groupWriter == null) {
            groupWriter = new GroupWriter();
        }
        return groupWriter;
    }

    /** One thread that writes waiting scans in batches, one transaction a batch (group commit). */
    private final class GroupWriter implements Runnable {
        /** {@code token}: the hash of a buyer token to confirm first, or null. */
        private record Pending(Scan scan, boolean withTrip, String token, CompletableFuture<Posted> done) {
        }

        /**
         * The most scans one transaction writes. A batch is what waits when the writer is free: it does not wait for
         * more. Under load the posts that come while one batch is written make the next, so batches grow with the load
         * by themselves; waiting for more left both cores idle while the posts in the batch waited (with 32 clients
         * all waiting on one batch, nothing more comes until it is written), and cut the rate by about 40 %.
         */
        private static final int MAX_BATCH = 1000;
        private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

        GroupWriter() {
            Thread t = new Thread(this, "scan-group-writer");
            t.setDaemon(true);
            t.start();
        }

        Posted insert(Scan scan, boolean withTrip, String token) {
            Pending p = new Pending(scan, withTrip, token, new CompletableFuture<>());
            queue.add(p);
            try {
                return p.done().join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }

        @Override
        public void run() {
            List<Pending> batch = new ArrayList<>(MAX_BATCH);
            while (true) {
                try {
                    batch.add(queue.take());
                } catch (InterruptedException e) {
                    return;
                }
                queue.drainTo(batch, MAX_BATCH - 1);
                try {
                    // each insert is atomic by itself: no writer lock, so posts go in beside any other writer, and a
                    // scan another server stored a moment ago is skipped (ON CONFLICT DO NOTHING)
                    Posted[] posted = db.inTransaction(Database.Isolation.READ_COMMITTED, () -> db.withConnection(c -> {
                        try {
                            return write(c, batch);
                        } catch (SQLException e) {
                            throw new IllegalStateException("cannot write scans: " + e.getMessage(), e);
                        }
                    }));
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).done().complete(posted[i]);
                    }
                } catch (RuntimeException e) {
                    batch.forEach(p -> p.done().completeExceptionally(e));
                }
                batch.clear();
            }
        }

        /**
         * Writes the batch in the transaction of {@code c}, and (SQLite) the posts that came while it was written: each
         * slice as it is taken (its tokens confirmed, each token and buyer read once for the whole batch, then its scans
         * inserted), until no more wait or the batch is full; then the buyers' visit days of every scan stored, and
         * the trips of the channel codes. The batch's one commit then serves the posts that came meanwhile too, which
         * would otherwise wait for a commit of their own. One reply a post of {@code batch}, as it stands at the end.
         */
        private Posted[] write(Connection c, List<Pending> batch) throws SQLException {
            if (db.vendor() == Vendor.POSTGRESQL) {
                // as SQLite's synchronous=NORMAL: a crash may lose the last moment's posts (the apps post again with
                // the same id), never break the database; no disk flush per batch
                try (Statement st = c.createStatement()) {
                    st.execute("SET LOCAL synchronous_commit TO OFF");
                }
            }
            List<Posted> result = new ArrayList<>(batch.size());
            List<Scan> inserted = new ArrayList<>(batch.size());
            Map<String, Boolean> live = new HashMap<>();
            int from = 0;
            while (true) {
                List<Pending> slice = batch.subList(from, batch.size());
                // the tokens to confirm, before anything of the slice is written: a scan whose token is no longer
                // live is not written
                boolean[] refused = new boolean[slice.size()];
                List<Pending> accepted = new ArrayList<>(slice.size());
                for (int i = 0; i < slice.size(); i++) {
                    Pending p = slice.get(i);
                    if (p.token() != null) {
                        String buyer = p.scan().buyer().value();
                        String key = p.token() + "\n" + buyer;
                        Boolean ok = live.get(key);
                        if (ok == null) {
                            ok = tokenLive(c, p.token(), buyer);
                            live.put(key, ok);
                        }
                        refused[i] = !ok;
                    }
                    if (!refused[i]) {
                        accepted.add(p);
                    }
                }
                int[] stored = accepted.isEmpty() ? new int[0]
                        : db.vendor() == Vendor.POSTGRESQL ? insertArrays(c, accepted) : insertBatch(c, accepted);
                for (int i = 0, j = 0; i < slice.size(); i++) {
                    if (refused[i]) {
                        result.add(Posted.TOKEN_REFUSED);
                        continue;
                    }
                    boolean added = stored[j++] > 0;
                    if (added) {
                        inserted.add(slice.get(i).scan());
                    }
                    result.add(new Posted(added, Optional.empty()));
                }
                from = batch.size();
                // on PostgreSQL one slice a transaction: its ids are inserted in id order, so that two servers'
                // writers posting the same ids wait for each other in the same order; a second slice would take
                // ids after the first's again, and two writers could each wait for the other
                if (db.vendor() == Vendor.POSTGRESQL || from >= MAX_BATCH
                        || queue.drainTo(batch, MAX_BATCH - from) == 0) {
                    break;
                }
            }
            ScanDerived.posted(db, c, mallId, inserted);
            // the trips of the batch's channel codes, each code read once
            Map<String, Optional<TripNo>> trips = new HashMap<>();
            Posted[] posted = new Posted[batch.size()];
            for (int i = 0; i < posted.length; i++) {
                Pending p = batch.get(i);
                Posted r = result.get(i);
                if (!r.tokenRefused() && p.withTrip()) {
                    String code = p.scan().code().value();
                    Optional<TripNo> trip = trips.get(code);
                    if (trip == null) {
                        trip = JooqTrips.tripNoOfCode(db, c, mallId, code);
                        trips.put(code, trip);
                    }
                    r = new Posted(r.inserted(), trip);
                }
                posted[i] = r;
            }
            return posted;
        }
    }

    private void bind(PreparedStatement ps, Scan s) throws SQLException {
        bind(ps, 0, s);
    }

    /** SQLite: the batch's scans one prepared insert each (no round trips to save); 1 for each scan stored. */
    private int[] insertBatch(Connection c, List<GroupWriter.Pending> batch) throws SQLException {
        PreparedStatement ps = db.prepared(c, INSERT);
        for (GroupWriter.Pending p : batch) {
            bind(ps, p.scan());
            ps.addBatch();
        }
        return ps.executeBatch();
    }

    /**
     * PostgreSQL: the batch's scans in one statement ({@link #INSERT_ARRAYS}); 1 for each scan stored, 0 for one whose
     * id was stored already (or comes earlier in the batch).
     */
    private int[] insertArrays(Connection c, List<GroupWriter.Pending> batch) throws SQLException {
        int n = batch.size();
        Long[] months = new Long[n];
        String[] buyers = new String[n];
        Long[] times = new Long[n];
        String[] ids = new String[n];
        String[] kinds = new String[n];
        String[] codes = new String[n];
        for (int i = 0; i < n; i++) {
            Scan s = batch.get(i).scan();
            buyers[i] = s.buyer().value();
            times[i] = Nanos.of(s.scannedAt());
            months[i] = (long) ScanMonths.of(times[i]);
            ids[i] = s.scanId().value();
            kinds[i] = s.kind().name();
            codes[i] = s.code().value();
        }
        PreparedStatement ps = db.prepared(c, INSERT_ARRAYS);
        ps.setLong(1, mallId);
        ps.setArray(2, c.createArrayOf("bigint", months));
        ps.setArray(3, c.createArrayOf("text", buyers));
        ps.setArray(4, c.createArrayOf("bigint", times));
        ps.setArray(5, c.createArrayOf("text", ids));
        ps.setArray(6, c.createArrayOf("text", kinds));
        ps.setArray(7, c.createArrayOf("text", codes));
        java.util.Set<String> stored = new java.util.HashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        int[] added = new int[n];
        for (int i = 0; i < n; i++) {
            added[i] = stored.remove(ids[i]) ? 1 : 0;
        }
        return added;
    }

    /** Binds a scan's {@link #VALUES} values after the first {@code offset} parameters. */
    private void bind(PreparedStatement ps, int offset, Scan s) throws SQLException {
        long at = Nanos.of(s.scannedAt());
        ps.setLong(offset + 1, mallId);
        ps.setInt(offset + 2, ScanMonths.of(at));
        ps.setString(offset + 3, s.buyer().value());
        ps.setLong(offset + 4, at);
        ps.setString(offset + 5, s.scanId().value());
        ps.setString(offset + 6, s.kind().name());
        ps.setString(offset + 7, s.code().value());
    }

    @Override
    public Writer writer(boolean update, Listener listener) {
        if (staged || db.vendor() == Vendor.POSTGRESQL) {
            return db.withConnection(c -> new StagedWriter(c, update, listener));
        }
        return db.withConnection(c -> new BatchWriter(c, update, listener));
    }

    /**
     * Rows are kept as they come in {@link ScanRuns} (compact bytes, sorted a segment at a time on this thread while
     * the file's reader parses the next rows; sorted runs in a temporary file past a chunk of memory), and on
     * {@link #finish()} go into the scan table in its key order inside a savepoint: on SQLite {@link #GROUP} rows to
     * a multi-row {@code INSERT … ON CONFLICT DO NOTHING}, on PostgreSQL all of them through one
     * {@code COPY … FROM STDIN}. A file in no useful order (gates' and coaches' exports concatenated) then costs one
     * sort on the JVM instead of a million inserts at random places in the B-trees, and no staging table: the database
     * neither stores the rows twice nor sorts them. When an id is stored already (a re-import, an overlapping file,
     * an id repeated within the file; SQLite: a statement stores fewer rows than it carries, PostgreSQL: COPY fails on
     * a unique key), the savepoint is rolled back, the rows are staged in a temporary table and go, in the order they
     * came, through the {@link BatchWriter}, which tells each row as created, unchanged, updated or in conflict.
     *
     * <p>PostgreSQL, the scan table empty (a new database's first month): {@link FreshLoad} instead, the rows streamed
     * through one COPY as they come, unsorted, into the table without its indexes, which are built after; the rows are
     * kept unsorted, only for the replay when an id is repeated within the file.
     */
    private final class StagedWriter implements Writer {
        private static final int REPLAY_SLICE = 10_000;
        private final Connection connection;
        private final boolean update;
        private final Listener listener;
        private final ScanRuns runs;
        private final LineRuns lines = new LineRuns();
        /** The time the rows cover, for the buyers' visit days (the row-by-row path records its own). */
        private final TimeRange range = new TimeRange();
        private final boolean sqlite = db.vendor() == Vendor.SQLITE;
        /** The temporary table of a replay, named in the temporary schema of either database. */
        private final String replay = sqlite ? "temp.scan_replay" : "pg_temp.scan_replay";
        /** PostgreSQL, the scan table empty: the rows stream into it as they come, its indexes built after. */
        private final FreshLoad fresh;

        StagedWriter(Connection connection, boolean update, Listener listener) {
            this.connection = connection;
            this.update = update;
            this.listener = listener;
            try {
                this.fresh = sqlite ? null : FreshLoad.start(connection, mallId);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write scans: " + e.getMessage(), e);
            }
            // a fresh load keeps the rows only for a replay, in the order they came: nothing to sort
            this.runs = new ScanRuns(ScanRuns.defaultChunk(), fresh == null);
        }

        @Override
        public void add(long line, Scan scan) {
            runs.add(scan);
            lines.add(line);
            range.add(scan);
            if (fresh != null) {
                try {
                    fresh.copy(scan);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot write scans: " + e.getMessage(), e);
                }
            }
        }

        @Override
        public void abandon() {
            try (runs) {
                if (fresh != null) {
                    fresh.cancel();
                }
            }
        }

        @Override
        public void finish() {
            if (fresh != null) {
                finishFresh();
                return;
            }
            try (runs) {
                if (runs.size() == 0) {
                    return;
                }
                try (Statement st = connection.createStatement()) {
                    if (sqlite) {
                        // a page cache that holds the month's new pages (about 100 MB), so that the inserts, in key
                        // order, write each page once; native memory, this connection's setting only
                        st.execute("PRAGMA cache_size = -131072");
                    }
                    st.execute("SAVEPOINT scan_sorted");
                }
                boolean all = sqlite ? insertSorted() : copySorted();
                try (Statement st = connection.createStatement()) {
                    if (!all) {
                        st.execute("ROLLBACK TO scan_sorted");
                    }
                    st.execute("RELEASE scan_sorted");
                }
                if (all) {
                    lines.forEach(listener::created);
                    range.record(connection);
                    if (!sqlite && runs.size() >= 100_000) {
                        // a month arrived at once: the planner learns of it now, not when autovacuum gets round to it
                        try (Statement st = connection.createStatement()) {
                            st.execute("ANALYZE scan");
                        }
                    }
                } else {
                    rowByRow();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write scans: " + e.getMessage(), e);
            } finally {
                if (sqlite) {
                    try (Statement st = connection.createStatement()) {
                        st.execute("PRAGMA cache_size = -2000");
                    } catch (SQLException ignored) {
                        // the default comes back with the next connection anyway
                    }
                }
            }
        }

        /**
         * Ends the fresh load's COPY and builds the table's indexes; when a unique index cannot be built (an id
         * repeated within the file: the table was empty), everything since the load's savepoint is rolled back,
         * indexes as they were, and the rows go through the row-by-row writer in the order they came.
         */
        private void finishFresh() {
            try (runs) {
                boolean all = fresh.finish();
                try (Statement st = connection.createStatement()) {
                    if (!all) {
                        st.execute("ROLLBACK TO " + FreshLoad.SAVEPOINT);
                    }
                    st.execute("RELEASE " + FreshLoad.SAVEPOINT);
                }
                if (all) {
                    lines.forEach(listener::created);
                    range.record(connection);
                    if (runs.size() >= 100_000) {
                        try (Statement st = connection.createStatement()) {
                            st.execute("ANALYZE scan");
                        }
                    }
                } else if (runs.size() > 0) {
                    rowByRow();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write scans: " + e.getMessage(), e);
            }
        }

        /**
         * PostgreSQL: every row in key order through one {@code COPY} (text format: tab between fields; the fields'
         * text is written as it is stored, a backslash doubled: control characters are refused in every field);
         * false when it meets a stored id, the COPY failing on a unique key.
         */
        private boolean copySorted() throws SQLException {
            org.postgresql.copy.CopyIn in = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                    .copyIn("COPY scan (mall_id, month, buyer_id, scanned_at_ns, scan_id, kind, code) FROM STDIN");
            try {
                byte[] mall = (mallId + "\t").getBytes(StandardCharsets.US_ASCII);
                byte[] channel = "\tCHANNEL\t".getBytes(StandardCharsets.US_ASCII);
                byte[] checkin = "\tCHECKIN\t".getBytes(StandardCharsets.US_ASCII);
                byte[] buf = new byte[1 << 16];
                int[] size = {0};
                runs.forEachSorted(row -> {
                    if (buf.length - size[0] < 4 * 1024) {
                        in.writeToCopy(buf, 0, size[0]);
                        size[0] = 0;
                    }
                    int p = size[0];
                    System.arraycopy(mall, 0, buf, p, mall.length);
                    p += mall.length;
                    p = decimal(buf, p, row.month());
                    buf[p++] = '\t';
                    p = row.copyText(buf, p, 0, row.buyerLength());
                    buf[p++] = '\t';
                    p = decimal(buf, p, row.scannedAtNs());
                    buf[p++] = '\t';
                    p = row.copyText(buf, p, row.buyerLength(), row.scanIdLength());
                    byte[] kind = row.kind() == ScanKind.CHANNEL ? channel : checkin;
                    System.arraycopy(kind, 0, buf, p, kind.length);
                    p += kind.length;
                    p = row.copyText(buf, p, row.buyerLength() + row.scanIdLength(), row.codeLength());
                    buf[p++] = '\n';
                    size[0] = p;
                });
                in.writeToCopy(buf, 0, size[0]);
                in.endCopy();
                return true;
            } catch (SQLException e) {
                if (SqlFailure.of(e) != SqlFailure.UNIQUE) {
                    throw e;
                }
                return false;
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        }

        /**
         * Inserts the rows in key order; false as soon as a statement stores fewer rows than it carries. With two
         * processors the sorted rows are merged and taken apart into groups on a second thread ({@link SortedGroups})
         * while this one inserts the groups before them: SQLite's inserts are then what the write waits for.
         */
        private boolean insertSorted() throws SQLException {
            try (PreparedStatement group = connection.prepareStatement(sortedInsert(SORTED_GROUP));
                    PreparedStatement one = connection.prepareStatement(sortedInsert(1))) {
                if (Runtime.getRuntime().availableProcessors() > 1) {
                    return insertGroups(group, one);
                }
                SortedInserts inserts = new SortedInserts(group, one);
                try {
                    runs.forEachSorted(inserts);
                } catch (StoredAlready e) {
                    return false;
                }
                return inserts.tail();
            }
        }

        /** Inserts the groups a second thread makes of the sorted rows, the last one (short) a row at a time. */
        private boolean insertGroups(PreparedStatement group, PreparedStatement one) throws SQLException {
            SortedGroups groups = new SortedGroups(runs);
            try {
                while (true) {
                    SortedGroups.Group g = groups.take();
                    if (g.n == SORTED_GROUP) {
                        g.bindGroup(group);
                        if (group.executeUpdate() != SORTED_GROUP) {
                            return false;
                        }
                    } else {
                        group.clearParameters();
                        for (int i = 0; i < g.n; i++) {
                            g.bind(one, i);
                            if (one.executeUpdate() != 1) {
                                return false;
                            }
                        }
                    }
                    if (g.last) {
                        group.clearParameters();
                        return true;
                    }
                    groups.recycle(g);
                }
            } finally {
                groups.stop();
            }
        }

        /**
         * An INSERT of {@code rows} scans, each bound as its values as they are stored (the mall a literal; in a group
         * the month is one parameter for all its rows, which share it). With {@link #SORTED_GROUP} rows a statement
         * this keeps the statement small (about 20 KB of SQL); the scan taken
         * apart in SQL instead (its text bound as one blob, cut with substr and cast to text: two bindings fewer a row)
         * made ten times more SQL and, measured side by side, was no faster.
         */
        private String sortedInsert(int rows) {
            StringBuilder sql = new StringBuilder("INSERT INTO scan (mall_id, month, buyer_id, scanned_at_ns, scan_id, "
                    + "kind, code) VALUES ");
            for (int r = 0; r < rows; r++) {
                // the month is parameter 1 in every row; each bare ? takes the number after the highest so far
                sql.append(r == 0 ? "(" : ", (").append(mallId).append(rows == 1 ? ", ?" : ", ?1")
                        .append(", ?, ?, ?, ?, ?)");
            }
            return sql.append(" ON CONFLICT DO NOTHING").toString();
        }

        /** Thrown out of the sorted rows when a statement meets a stored id: the rest need not be read. */
        private static final class StoredAlready extends RuntimeException {
            StoredAlready() {
                super(null, null, false, false);
            }
        }

        /** Binds the sorted rows into the group statement; the last few, fewer than a group, one at a time. */
        private static final class SortedInserts implements ScanRuns.Sink {
            private final PreparedStatement group;
            private final PreparedStatement one;
            private final SortedGroups.Group rows = new SortedGroups.Group();

            SortedInserts(PreparedStatement group, PreparedStatement one) {
                this.group = group;
                this.one = one;
            }

            @Override
            public void scan(ScanRuns.Row row) throws SQLException {
                if (!rows.takes(row) && !tail()) {
                    throw new StoredAlready();
                }
                if (rows.add(row)) {
                    rows.bindGroup(group);
                    rows.n = 0;
                    if (group.executeUpdate() != SORTED_GROUP) {
                        throw new StoredAlready();
                    }
                }
            }

            /** The rows waiting for a full group (before the month changes, or the last ones), one at a time. */
            boolean tail() throws SQLException {
                group.clearParameters();
                for (int i = 0; i < rows.n; i++) {
                    rows.bind(one, i);
                    if (one.executeUpdate() != 1) {
                        return false;
                    }
                }
                rows.n = 0;
                return true;
            }
        }

        /**
         * The rows in the order they came through the row-by-row writer: staged in a temporary table by their arrival
         * number, read back a slice at a time (its savepoint rollbacks would abort a cursor left open on the table).
         */
        private void rowByRow() throws SQLException {
            try (Statement st = connection.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + replay);
                st.execute("CREATE TEMP TABLE scan_replay (seq INTEGER PRIMARY KEY, buyer_id TEXT NOT NULL, "
                        + "scanned_at_ns BIGINT NOT NULL, scan_id TEXT NOT NULL, kind TEXT NOT NULL, code TEXT NOT NULL)");
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + replay + " VALUES "
                    + "(?, ?, ?, ?, ?, ?)")) {
                int[] n = {0};
                runs.forEachSorted(row -> {
                    ps.setInt(1, row.seq());
                    ps.setString(2, row.buyer());
                    ps.setLong(3, row.scannedAtNs());
                    ps.setString(4, row.scanId());
                    ps.setString(5, row.kind().name());
                    ps.setString(6, row.code());
                    ps.addBatch();
                    if (++n[0] % 1000 == 0) {
                        ps.executeBatch();
                    }
                });
                ps.executeBatch();
            }
            BatchWriter writer = new BatchWriter(connection, update, listener);
            LineRuns.Cursor line = lines.cursor();
            List<Scan> slice = new ArrayList<>(REPLAY_SLICE);
            long after = -1;
            try (PreparedStatement ps = connection.prepareStatement("SELECT seq, buyer_id, scanned_at_ns, scan_id, "
                    + "kind, code FROM " + replay + " WHERE seq > ? ORDER BY seq LIMIT " + REPLAY_SLICE)) {
                do {
                    slice.clear();
                    ps.setLong(1, after);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            after = rs.getLong(1);
                            slice.add(new Scan(ScanId.of(rs.getString(4)), ScanKind.valueOf(rs.getString(5)),
                                    ScanCode.of(rs.getString(6)), BuyerId.of(rs.getString(2)),
                                    Nanos.instant(rs.getLong(3))));
                        }
                    }
                    for (Scan s : slice) {
                        writer.add(line.next(), s);
                    }
                } while (slice.size() == REPLAY_SLICE);
            } finally {
                writer.finish();
                try (Statement st = connection.createStatement()) {
                    st.execute("DROP TABLE " + replay);
                }
            }
        }
    }

    /** Row numbers as runs of consecutive numbers: a file's rows take a few words, not one per row. */
    static final class LineRuns {
        private long[] starts = new long[16];
        private long[] lengths = new long[16];
        private int runs;

        void add(long line) {
            if (runs > 0 && starts[runs - 1] + lengths[runs - 1] == line) {
                lengths[runs - 1]++;
                return;
            }
            if (runs == starts.length) {
                starts = java.util.Arrays.copyOf(starts, runs * 2);
                lengths = java.util.Arrays.copyOf(lengths, runs * 2);
            }
            starts[runs] = line;
            lengths[runs] = 1;
            runs++;
        }

        void forEach(java.util.function.LongConsumer each) {
            for (int r = 0; r < runs; r++) {
                for (long i = 0; i < lengths[r]; i++) {
                    each.accept(starts[r] + i);
                }
            }
        }

        Cursor cursor() {
            return new Cursor();
        }

        /** The numbers one after the other. */
        final class Cursor {
            private int run;
            private long at;

            long next() {
                while (at == lengths[run]) {
                    run++;
                    at = 0;
                }
                return starts[run] + at++;
            }
        }
    }

    /**
     * Writes rows {@link #GROUP} at a time with one multi-row INSERT (SQLite opens its cursors once per statement, not
     * once per row: the B-tree work of a bulk insert falls by about a third), inside a savepoint. When the statement
     * inserts fewer rows than it carries, some ids were stored already: the savepoint is rolled back and those rows
     * go one by one, so that each is told as created, unchanged, updated or in conflict.
     */
    private final class BatchWriter implements Writer {
        private final Connection connection;
        private final boolean update;
        private final Listener listener;
        private final PreparedStatement insert;
        private final PreparedStatement insertGroup;
        private final PreparedStatement savepoint;
        private final PreparedStatement release;
        private final PreparedStatement rollbackTo;
        private final Scan[] rows = new Scan[GROUP];
        private final long[] lines = new long[GROUP];
        private PreparedStatement find;
        private PreparedStatement delete;
        private final TimeRange range = new TimeRange();
        private int n;

        BatchWriter(Connection connection, boolean update, Listener listener) {
            this.connection = connection;
            this.update = update;
            this.listener = listener;
            try {
                if (db.vendor() == Vendor.SQLITE) {
                    try (Statement st = connection.createStatement()) {
                        // a bigger page cache for the bulk write; this connection's setting only
                        st.execute("PRAGMA cache_size = -65536");
                    }
                }
                this.insert = connection.prepareStatement(INSERT);
                this.insertGroup = connection.prepareStatement(INSERT_GROUP);
                this.savepoint = connection.prepareStatement("SAVEPOINT scan_group");
                this.release = connection.prepareStatement("RELEASE scan_group");
                this.rollbackTo = connection.prepareStatement("ROLLBACK TO scan_group");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write scans: " + e.getMessage(), e);
            }
        }

        @Override
        public void add(long line, Scan scan) {
            rows[n] = scan;
            lines[n] = line;
            range.add(scan);
            n++;
            if (n == GROUP) {
                flushGroup();
            }
        }

        private void flushGroup() {
            try {
                savepoint.execute();
                for (int i = 0; i < GROUP; i++) {
                    bind(insertGroup, i * VALUES, rows[i]);
                }
                int inserted = insertGroup.executeUpdate();
                if (inserted == GROUP) {
                    release.execute();
                    for (int i = 0; i < GROUP; i++) {
                        listener.created(lines[i]);
                        rows[i] = null;
                    }
                    n = 0;
                    return;
                }
                rollbackTo.execute();
                release.execute();
                flushOneByOne();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write scans: " + e.getMessage(), e);
            }
        }

        /** Writes the rows waiting for a full group now, one by one. */
        void drain() {
            flushOneByOne();
        }

        private void flushOneByOne() {
            if (n == 0) {
                return;
            }
            try {
                for (int i = 0; i < n; i++) {
                    bind(insert, rows[i]);
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                for (int i = 0; i < n; i++) {
                    if (counts[i] > 0) {
                        listener.created(lines[i]);
                    } else {
                        settle(rows[i], lines[i]);
                    }
                    rows[i] = null;
                }
                n = 0;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write scans: " + e.getMessage(), e);
            }
        }

        /** A row whose id (or key) is stored: unchanged, updated, or a conflict. */
        private void settle(Scan row, long line) throws SQLException {
            if (find == null) {
                find = connection.prepareStatement(FIND);
            }
            Scan stored = find(find, row.scanId());
            if (stored == null) {
                throw new IllegalStateException("scan " + row.scanId() + " was neither inserted nor found");
            }
            if (stored.equals(row)) {
                listener.unchanged(line);
            } else if (!update) {
                listener.conflict(line, row, stored);
            } else {
                range.add(stored);
                if (delete == null) {
                    delete = connection.prepareStatement(DELETE);
                }
                delete.setLong(1, mallId);
                delete.setString(2, row.scanId().value());
                delete.executeUpdate();
                try (PreparedStatement one = connection.prepareStatement(INSERT)) {
                    bind(one, row);
                    one.executeUpdate();
                }
                listener.updated(line);
            }
        }

        @Override
        public void finish() {
            try {
                flushOneByOne();
                range.record(connection);
            } finally {
                close(insert);
                close(insertGroup);
                close(savepoint);
                close(release);
                close(rollbackTo);
                close(find);
                close(delete);
                if (db.vendor() == Vendor.SQLITE) {
                    try (Statement st = connection.createStatement()) {
                        st.execute("PRAGMA cache_size = -2000");
                    } catch (SQLException ignored) {
                        // the default comes back with the next connection anyway
                    }
                }
            }
        }

        private static void close(Statement s) {
            if (s != null) {
                try {
                    s.close();
                } catch (SQLException ignored) {
                    // nothing to save
                }
            }
        }
    }

    /**
     * The time a bulk write touched: recorded when it finishes, so that the visit days buyer analytics keeps are
     * rebuilt for that time before they are next read (see {@link ScanDerived}).
     */
    private final class TimeRange {
        private long from = Long.MAX_VALUE;
        private long to = Long.MIN_VALUE;

        void add(Scan s) {
            long at = Nanos.of(s.scannedAt());
            from = Math.min(from, at);
            to = Math.max(to, at);
        }

        void record(Connection c) {
            if (from > to) {
                return;
            }
            try {
                ScanDerived.written(db, c, mallId, from, to);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write scans: " + e.getMessage(), e);
            }
            from = Long.MAX_VALUE;
            to = Long.MIN_VALUE;
        }
    }

    /** Writes a number's decimal digits (COPY's text form of a bigint). */
    static int decimal(byte[] buf, int p, long v) {
        String digits = Long.toString(v);
        for (int i = 0; i < digits.length(); i++) {
            buf[p++] = (byte) digits.charAt(i);
        }
        return p;
    }

    @Override
    public void forEachBetween(Instant from, Instant to, boolean withIds, String fromBuyer, String toBuyer,
            Visitor visitor) {
        long lo = Nanos.of(from);
        long hi = Nanos.of(to);
        boolean lean = !withIds && hi - lo >= 0 && hi - lo < LEAN_SPAN;
        boolean sqlite = db.vendor() == Vendor.SQLITE;
        String sql = (lean ? BETWEEN_LEAN : BETWEEN) + (sqlite ? " AND month = ?" : "")
                + (fromBuyer == null ? "" : " AND buyer_id >= ?") + (toBuyer == null ? "" : " AND buyer_id < ?")
                + ORDER;
        if (!sqlite && !db.inTransactionOnThisThread()) {
            // PostgreSQL's driver streams rows with a cursor only inside a transaction; outside one it would
            // hold the whole month in memory
            db.inTransaction(Database.Isolation.READ_COMMITTED, () -> {
                forEachBetween(from, to, withIds, fromBuyer, toBuyer, visitor);
                return null;
            });
            return;
        }
        // SQLite: the months, and each month's rows, read in one read transaction (one snapshot: statements in auto
        // commit would each see what was committed when they began, so an import committed between them would be seen
        // in part); PostgreSQL: one statement
        boolean snapshot = sqlite && !db.inTransactionOnThisThread();
        db.withConnection(c -> {
            List<PreparedStatement> statements = new ArrayList<>();
            try {
                if (snapshot) {
                    try (Statement st = c.createStatement()) {
                        st.execute("BEGIN");
                    }
                }
                // SQLite: each month of the span its own run of the key, read side by side and merged by buyer and
                // time (scans of different months never tie); PostgreSQL: one statement in its key's order
                List<Integer> months = sqlite ? ScanMonths.between(c, mallId, ScanMonths.of(lo), ScanMonths.of(hi))
                        : java.util.Collections.singletonList(null);
                List<MonthRun> runs = new ArrayList<>(months.size());
                for (Integer month : months) {
                    PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                            ResultSet.CONCUR_READ_ONLY);
                    statements.add(ps);
                    ps.setFetchSize(1000);
                    int i = 1;
                    if (lean) {
                        ps.setLong(i++, lo);
                    }
                    ps.setLong(i++, mallId);
                    ps.setLong(i++, lo);
                    ps.setLong(i++, hi);
                    if (month != null) {
                        ps.setInt(i++, month);
                    }
                    if (fromBuyer != null) {
                        ps.setString(i++, fromBuyer);
                    }
                    if (toBuyer != null) {
                        ps.setString(i, toBuyer);
                    }
                    MonthRun run = new MonthRun(ps.executeQuery(), lean, lo);
                    if (run.next()) {
                        runs.add(run);
                    }
                }
                if (runs.size() == 1) {
                    runs.get(0).drain(visitor);
                    return null;
                }
                java.util.PriorityQueue<MonthRun> next = new java.util.PriorityQueue<>(Math.max(1, runs.size()),
                        MonthRun::compareTo);
                next.addAll(runs);
                while (!next.isEmpty()) {
                    MonthRun first = next.poll();
                    first.emit(visitor);
                    if (first.next()) {
                        next.add(first);
                    }
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read scans: " + e.getMessage(), e);
            } finally {
                for (PreparedStatement ps : statements) {
                    try {
                        ps.close();
                    } catch (SQLException ignored) {
                        // closing its statement closes its rows
                    }
                }
                if (snapshot) {
                    try (Statement st = c.createStatement()) {
                        st.execute("COMMIT");
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot read scans: " + e.getMessage(), e);
                    }
                }
            }
        });
    }

    /**
     * The rows of one month of the span (on PostgreSQL, of the whole span), one ahead: buyer id, then the time as read
     * (the lean form's offset and kind folded: in the same order as the time).
     */
    private static final class MonthRun {
        private final ResultSet rs;
        private final boolean lean;
        private final long lo;
        private String buyer;
        private long time;

        MonthRun(ResultSet rs, boolean lean, long lo) {
            this.rs = rs;
            this.lean = lean;
            this.lo = lo;
        }

        boolean next() throws SQLException {
            if (!rs.next()) {
                return false;
            }
            buyer = rs.getString(1);
            time = rs.getLong(2);
            return true;
        }

        /**
         * This run's row against that run's, in the key's order: buyer id, then time (Java's order of the ids is
         * SQLite's BINARY order for the ASCII ids the domain allows, as {@code BuyerId} orders them).
         */
        int compareTo(MonthRun other) {
            int c = buyer.compareTo(other.buyer);
            return c != 0 ? c : Long.compare(time, other.time);
        }

        void emit(Visitor visitor) throws SQLException {
            if (lean) {
                boolean channel = (time & 1) == 1;
                visitor.scan(buyer, channel ? ScanKind.CHANNEL : ScanKind.CHECKIN, channel ? rs.getString(3) : "",
                        Nanos.instant(lo + (time >> 1)), "");
            } else {
                visitor.scan(buyer, ScanKind.valueOf(rs.getString(3)), rs.getString(4), Nanos.instant(time),
                        rs.getString(5));
            }
        }

        /** Hands this row and every one after it to the visitor (the only run). */
        void drain(Visitor visitor) throws SQLException {
            do {
                emit(visitor);
            } while (next());
        }
    }

    /**
     * Cuts between the lowest and the highest buyer id, reading the ids as numbers (two index seeks, no scan; on
     * SQLite two a month): even runs when ids are spread evenly, as numbered ids are. The cut points need not be ids
     * themselves.
     */
    @Override
    public List<String> buyerSplits(int parts) {
        boolean sqlite = db.vendor() == Vendor.SQLITE;
        String month = sqlite ? " AND month = ?" : "";
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT buyer_id FROM scan WHERE mall_id = ?" + month
                    + " ORDER BY buyer_id LIMIT 1), (SELECT buyer_id FROM scan WHERE mall_id = ?" + month
                    + " ORDER BY buyer_id DESC LIMIT 1)")) {
                String lowest = null;
                String highest = null;
                for (Integer m : sqlite ? ScanMonths.between(c, mallId, 0, Integer.MAX_VALUE)
                        : java.util.Collections.<Integer>singletonList(null)) {
                    int i = 1;
                    ps.setLong(i++, mallId);
                    if (m != null) {
                        ps.setInt(i++, m);
                    }
                    ps.setLong(i++, mallId);
                    if (m != null) {
                        ps.setInt(i, m);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getString(1) != null) {
                            String lo = rs.getString(1);
                            String hi = rs.getString(2);
                            lowest = lowest == null || lo.compareTo(lowest) < 0 ? lo : lowest;
                            highest = highest == null || hi.compareTo(highest) > 0 ? hi : highest;
                        }
                    }
                }
                return lowest == null ? List.<String>of() : BuyerRange.cuts(lowest, highest, parts);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the buyers' range: " + e.getMessage(), e);
            }
        });
    }
}
