package org.mallcrm.adapters.persistence.channel;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.mallcrm.domain.channel.ScanKind;

/**
 * The rows of {@link ScanRuns} in the table's order, merged and taken apart into groups of {@link
 * JdbcScans#SORTED_GROUP} on a thread of its own while the caller's thread inserts the groups before them. At most a
 * few groups wait in between (memory stays bounded); groups are handed back to be filled again. The runs are not
 * touched by the caller until {@link #stop()} has returned: that waits for the thread to end.
 */
final class SortedGroups {

    /**
     * Rows of one INSERT, all of one month: the month bound once ({@link #bindGroup}), then each scan's other values;
     * a group shorter than {@link JdbcScans#SORTED_GROUP} (the last, or one before the month changes) goes a row at a
     * time ({@link #bind}: the month with each row).
     */
    static final class Group {
        final int[] months = new int[JdbcScans.SORTED_GROUP];
        final String[] buyers = new String[JdbcScans.SORTED_GROUP];
        final long[] times = new long[JdbcScans.SORTED_GROUP];
        final String[] ids = new String[JdbcScans.SORTED_GROUP];
        final ScanKind[] kinds = new ScanKind[JdbcScans.SORTED_GROUP];
        final String[] codes = new String[JdbcScans.SORTED_GROUP];
        int n;
        /** No rows after this group's. */
        boolean last;

        /** Whether the row may join this group: it is empty, or of the group's month. */
        boolean takes(ScanRuns.Row row) {
            return n == 0 || months[0] == row.month();
        }

        /** Adds a row; true when the group is full. */
        boolean add(ScanRuns.Row row) {
            int i = n;
            months[i] = row.month();
            buyers[i] = row.buyer();
            times[i] = row.scannedAtNs();
            ids[i] = row.scanId();
            kinds[i] = row.kind();
            codes[i] = row.code();
            return ++n == JdbcScans.SORTED_GROUP;
        }

        /** Binds row {@code i} into a one-row statement: its month, buyer, time, id, kind and code. */
        void bind(PreparedStatement ps, int i) throws SQLException {
            ps.setInt(1, months[i]);
            bindRest(ps, 1, i);
        }

        /** Binds the whole (full) group into a group statement: the month once, then each row's other values. */
        void bindGroup(PreparedStatement ps) throws SQLException {
            ps.setInt(1, months[0]);
            for (int i = 0; i < n; i++) {
                bindRest(ps, 1 + i * JdbcScans.SORTED_VALUES, i);
            }
        }

        private void bindRest(PreparedStatement ps, int offset, int i) throws SQLException {
            ps.setString(offset + 1, buyers[i]);
            ps.setLong(offset + 2, times[i]);
            ps.setString(offset + 3, ids[i]);
            ps.setString(offset + 4, kinds[i].name());
            ps.setString(offset + 5, codes[i]);
        }
    }

    /** Thrown out of the runs' merge when the caller stopped taking groups. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private static final int WAITING = 4;
    private final BlockingQueue<Group> full = new ArrayBlockingQueue<>(WAITING + 1);
    private final BlockingQueue<Group> empty = new ArrayBlockingQueue<>(WAITING + 2);
    private final Thread thread;
    private volatile boolean stopped;
    private volatile Throwable failure;

    SortedGroups(ScanRuns runs) {
        thread = new Thread(() -> fill(runs), "scan-sorted-groups");
        thread.setDaemon(true);
        thread.start();
    }

    private void fill(ScanRuns runs) {
        try {
            Group[] g = {new Group()};
            runs.forEachSorted(row -> {
                if (!g[0].takes(row)) {
                    g[0] = hand(g[0]);
                }
                if (g[0].add(row)) {
                    g[0] = hand(g[0]);
                }
            });
            g[0].last = true;
            put(g[0]);
        } catch (Stopped e) {
            // the caller is done
        } catch (Throwable t) {
            failure = t;
            // the caller may be waiting for a group while the queue is full: the end goes in as soon as there is room
            Group end = new Group();
            end.last = true;
            try {
                put(end);
            } catch (Stopped e) {
                // the caller is done
            }
        }
    }

    /** Hands a group to the inserting thread; returns an empty one to fill next. */
    private Group hand(Group g) {
        put(g);
        Group next = empty.poll();
        if (next == null) {
            next = new Group();
        }
        next.n = 0;
        return next;
    }

    private void put(Group g) {
        try {
            while (!stopped) {
                if (full.offer(g, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new Stopped();
    }

    /** The next group; the failure of the merge (reading a run back) is thrown here. */
    Group take() throws SQLException {
        Group g;
        try {
            g = full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing scans", e);
        }
        Throwable t = failure;
        if (t != null) {
            if (t instanceof SQLException s) {
                throw s;
            }
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException("cannot read the sorted scans back: " + t, t);
        }
        return g;
    }

    /** A group inserted, to be filled again. */
    void recycle(Group g) {
        empty.offer(g);
    }

    /** Ends the thread (when it has not ended by itself) and waits for it. */
    void stop() {
        stopped = true;
        full.clear();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
