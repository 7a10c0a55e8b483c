package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's group commit (writers that come together share one transaction, each behind its own savepoint): whatever
 * the interleaving, each writer's work is all or nothing on its own, a refused or failed writer undoes only its own
 * writes, writers see each other in order (a conditional update lets exactly the stock through), and a writer's
 * result is stored — readable by another connection — by the time its call returns.
 */
class GroupCommitTest {

    @TempDir
    Path dir;

    private static final int WRITERS = 64;
    private static final int EACH = 40;

    @Test
    void each_writer_is_all_or_nothing_alone_and_what_it_was_told_is_stored_when_it_returns() throws Exception {
        Path file = dir.resolve("g.db");
        try (Database db = Database.open(file, 4);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            db.withConnection(c -> exec(c, "CREATE TABLE t (writer INTEGER, op INTEGER, part INTEGER)"));
            Set<String> kept = ConcurrentHashMap.newKeySet();
            List<String> missing = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger failed = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int op = 0; op < EACH; op++) {
                        int o = op;
                        int kind = (writer + op) % 3; // 0 kept, 1 refused (rolled back), 2 fails with an exception
                        try {
                            boolean keep = db.inTransaction(() -> db.withConnection(c -> {
                                // two rows per unit of work: both or neither
                                exec(c, "INSERT INTO t VALUES (" + writer + ", " + o + ", 1)");
                                exec(c, "INSERT INTO t VALUES (" + writer + ", " + o + ", 2)");
                                if (kind == 2) {
                                    throw new IllegalStateException("refused by exception");
                                }
                                return kind == 0;
                            }), Boolean::booleanValue);
                            assertThat(keep).isEqualTo(kind == 0);
                            if (keep) {
                                kept.add(writer + "/" + o);
                                synchronized (other) {
                                    if (rows(other, "SELECT count(*) FROM t WHERE writer = " + writer + " AND op = "
                                            + o) != 2) {
                                        missing.add(writer + "/" + o);
                                    }
                                }
                            }
                        } catch (IllegalStateException e) {
                            assertThat(kind).isEqualTo(2);
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();

            assertThat(missing).as("kept work not yet stored when its writer returned").isEmpty();
            int expectedKept = 0;
            int expectedFailed = 0;
            for (int w = 0; w < WRITERS; w++) {
                for (int op = 0; op < EACH; op++) {
                    expectedKept += (w + op) % 3 == 0 ? 1 : 0;
                    expectedFailed += (w + op) % 3 == 2 ? 1 : 0;
                }
            }
            assertThat(kept).hasSize(expectedKept);
            assertThat(failed).hasValue(expectedFailed);
            assertThat(rows(other, "SELECT count(*) FROM t")).isEqualTo(2 * expectedKept);
            assertThat(rows(other, "SELECT count(*) FROM (SELECT writer, op FROM t GROUP BY writer, op "
                    + "HAVING count(*) <> 2 OR (writer + op) % 3 <> 0)")).isZero();
        }
    }

    @Test
    void writers_in_one_batch_see_each_other_so_a_conditional_take_lets_exactly_the_stock_through() throws Exception {
        try (Database db = Database.open(dir.resolve("s.db"), 4)) {
            db.withConnection(c -> exec(c, "CREATE TABLE stock (left_over INTEGER NOT NULL CHECK (left_over >= 0))")
                    + exec(c, "CREATE TABLE taken (who INTEGER PRIMARY KEY)")
                    + exec(c, "INSERT INTO stock VALUES (50)"));
            AtomicInteger granted = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 400; i++) {
                    int who = i;
                    done.add(pool.submit(() -> {
                        start.await();
                        boolean got = db.inTransaction(() -> db.withConnection(c -> {
                            exec(c, "INSERT INTO taken VALUES (" + who + ")");
                            return exec(c, "UPDATE stock SET left_over = left_over - 1 WHERE left_over > 0") == 1;
                        }), Boolean::booleanValue);
                        if (got) {
                            granted.incrementAndGet();
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get();
                }
            }
            assertThat(granted).hasValue(50);
            assertThat(db.<Integer>withConnection(c -> rows(c, "SELECT count(*) FROM taken"))).isEqualTo(50);
            assertThat(db.<Integer>withConnection(c -> rows(c, "SELECT left_over FROM stock"))).isZero();
        }
    }

    @Test
    void a_writer_joining_inside_another_unit_of_work_nests_and_the_outer_one_still_decides() {
        try (Database db = Database.open(dir.resolve("n.db"), 2)) {
            db.withConnection(c -> exec(c, "CREATE TABLE t (v INTEGER)"));
            boolean outer = db.inTransaction(() -> {
                db.inTransaction(() -> db.withConnection(c -> exec(c, "INSERT INTO t VALUES (1)")));
                db.withConnection(c -> exec(c, "INSERT INTO t VALUES (2)"));
                return false;
            }, Boolean::booleanValue);
            assertThat(outer).isFalse();
            assertThat(db.<Integer>withConnection(c -> rows(c, "SELECT count(*) FROM t"))).isZero();
        }
    }

    @Test
    void a_batch_whose_every_writer_was_refused_or_failed_leaves_the_file_as_it_was() throws Exception {
        Path file = dir.resolve("r.db");
        try (Database db = Database.open(file, 2);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            db.inTransaction(() -> db.withConnection(c -> exec(c, "CREATE TABLE t (v INTEGER)")
                    + exec(c, "INSERT INTO t VALUES (0)")));
            byte[] before = checkpointed(other, file);

            boolean kept = db.inTransaction(() -> db.withConnection(c -> exec(c, "INSERT INTO t VALUES (1)") < 0),
                    Boolean::booleanValue);
            assertThat(kept).isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.inTransaction(() -> db.withConnection(c -> {
                exec(c, "INSERT INTO t VALUES (2)");
                throw new IllegalStateException("refused");
            }))).hasMessage("refused");

            assertThat(checkpointed(other, file)).as("not a byte of the file changed").isEqualTo(before);
        }
    }

    @Test
    void a_batch_whose_transaction_broke_leaves_the_next_writers_a_working_connection() throws Exception {
        Path file = dir.resolve("b.db");
        try (Database db = Database.open(file, 4);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            db.withConnection(c -> exec(c, "CREATE TABLE t (v INTEGER)"));
            // a writer that ends the shared transaction under the batch (its savepoint is gone): the batch fails
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.inTransaction(() -> db.withConnection(c -> {
                exec(c, "INSERT INTO t VALUES (1)");
                return exec(c, "ROLLBACK");
            }))).isInstanceOf(RuntimeException.class);
            // and one that leaves a transaction of its own open on the writer's connection
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.inTransaction(() -> db.withConnection(c -> {
                exec(c, "ROLLBACK");
                return exec(c, "BEGIN");
            }))).isInstanceOf(RuntimeException.class);
            for (int i = 2; i <= 4; i++) {
                int v = i;
                db.inTransaction(() -> db.withConnection(c -> exec(c, "INSERT INTO t VALUES (" + v + ")")));
            }
            assertThat(rows(other, "SELECT count(*) FROM t")).as("the three later writers' rows, nothing else")
                    .isEqualTo(3);
            assertThat(rows(other, "SELECT sum(v) FROM t")).isEqualTo(2 + 3 + 4);
        }
    }

    @Test
    void a_kept_value_is_read_once_by_the_writers_until_one_of_them_or_another_connection_wrote()
            throws Exception {
        Path file = dir.resolve("k.db");
        try (Database db = Database.open(file, 2);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            db.withConnection(c -> exec(c, "CREATE TABLE t (v INTEGER)"));
            AtomicInteger reads = new AtomicInteger();
            java.util.function.Supplier<String> read = () -> "read " + reads.incrementAndGet();
            List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> threads = java.util.Collections.synchronizedList(new ArrayList<>());
            // three writers in one batch: each lets the next one queue for the writer before it returns
            db.inTransaction(() -> {
                seen.add(db.perBatch("k", read));
                seen.add(db.perBatch("k", read));
                threads.add(queued(db, () -> {
                    seen.add(db.perBatch("k", read));
                    db.forgetBatch(); // a writer of the value
                    seen.add(db.perBatch("k", read));
                    threads.add(queued(db, () -> seen.add(db.perBatch("k", read))));
                    return true;
                }));
                return true;
            });
            for (int i = 0; i < threads.size(); i++) {
                threads.get(i).join();
            }
            assertThat(seen).containsExactly("read 1", "read 1", "read 1", "read 2", "read 3");
            // the next batch reads afresh and keeps again, for the batches after it too
            assertThat(db.<List<String>>inTransaction(() -> List.of(db.perBatch("k", read), db.perBatch("k", read))))
                    .containsExactly("read 4", "read 4");
            db.inTransaction(() -> db.withConnection(c -> exec(c, "INSERT INTO t VALUES (1)")));
            assertThat(db.<String>inTransaction(() -> db.perBatch("k", read))).isEqualTo("read 4");
            // until another connection (another process) commits
            exec(other, "INSERT INTO t VALUES (2)");
            assertThat(db.<String>inTransaction(() -> db.perBatch("k", read))).isEqualTo("read 5");
            assertThat(db.<String>inTransaction(() -> db.perBatch("k", read))).isEqualTo("read 5");
            // outside a transaction every call reads
            assertThat(List.of(db.perBatch("k", read), db.perBatch("k", read))).containsExactly("read 6", "read 7");
        }
    }

    /** Starts {@code work} as a writer of its own and returns once it waits for the writer lock held by the caller. */
    private static Thread queued(Database db, java.util.function.Supplier<Boolean> work) {
        Thread t = new Thread(() -> db.inTransaction(work));
        t.start();
        while (t.getState() != Thread.State.TIMED_WAITING) {
            if (!t.isAlive()) {
                throw new IllegalStateException("the writer ended without waiting for the lock");
            }
            Thread.onSpinWait();
        }
        return t;
    }

    private static byte[] checkpointed(Connection c, Path file) throws Exception {
        rows(c, "PRAGMA wal_checkpoint(TRUNCATE)");
        return java.nio.file.Files.readAllBytes(file);
    }

    private static int rows(Connection c, String sql) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int exec(Connection c, String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            return Math.max(0, st.getUpdateCount());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
