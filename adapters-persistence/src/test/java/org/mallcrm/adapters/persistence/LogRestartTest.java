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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's write-ahead log started over by the checkpointer ({@link Database#restartLog}) while writers keep coming:
 * it commits a batch left open for it, waits for no reader longer than its bound, and loses nothing — every write
 * a writer was told is stored is there, and the log is written again from its beginning.
 */
class LogRestartTest {

    @TempDir
    Path dir;

    @Test
    void the_log_starts_over_beside_writers_in_a_group_and_nothing_they_were_told_is_lost() throws Exception {
        Path file = dir.resolve("log.db");
        try (Database db = Database.open(file, 4)) {
            db.withConnection(c -> exec(c, "CREATE TABLE t (writer INTEGER, op INTEGER, pad TEXT)"));
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger stored = new AtomicInteger();
            ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 16; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int op = 0; !stop.get() || op < 20; op++) {
                        int o = op;
                        db.inTransaction(() -> db.withConnection(c -> exec(c, "INSERT INTO t VALUES (" + writer + ", "
                                + o + ", printf('%.2000c', 'x'))")));
                        stored.incrementAndGet();
                    }
                    return null;
                }));
            }
            int restarted = 0;
            for (int round = 0; round < 20; round++) {
                Thread.sleep(20);
                if (restart(db)) {
                    restarted++;
                }
            }
            stop.set(true);
            for (Future<?> f : writers) {
                f.get();
            }
            pool.shutdown();
            assertThat(restarted).isPositive();
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                assertThat(rows(other, "SELECT count(*) FROM t")).isEqualTo(stored.get());
            }
            // quiet now: started over, the next write is the first page of the log again
            assertThat(restart(db)).isTrue();
            db.inTransaction(() -> db.withConnection(c -> exec(c, "INSERT INTO t VALUES (-1, 0, 'last')")));
            int pages = db.withConnection(LogRestartTest::logPages);
            assertThat(pages).isBetween(1, 10);
        }
    }

    @Test
    void a_reader_in_the_log_is_waited_for_only_a_moment_and_the_restart_is_tried_later() throws Exception {
        Path file = dir.resolve("reader.db");
        try (Database db = Database.open(file, 4);
                Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            db.withConnection(c -> exec(c, "CREATE TABLE t (v INTEGER)"));
            db.inTransaction(() -> db.withConnection(c -> exec(c, "INSERT INTO t VALUES (1)")));
            reader.setAutoCommit(false);
            assertThat(rows(reader, "SELECT count(*) FROM t")).isEqualTo(1); // a read transaction on the log
            db.inTransaction(() -> db.withConnection(c -> exec(c, "INSERT INTO t VALUES (2)")));
            long t0 = System.nanoTime();
            assertThat(restart(db)).isFalse();
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(Database.BUSY_TIMEOUT_MS);
            // writers go on meanwhile, and once the reader has let go the log starts over
            db.inTransaction(() -> db.withConnection(c -> exec(c, "INSERT INTO t VALUES (3)")));
            reader.rollback();
            assertThat(restart(db)).isTrue();
            assertThat(rows(reader, "SELECT count(*) FROM t")).isEqualTo(3);
            reader.rollback();
        }
    }

    private static boolean restart(Database db) {
        Boolean restarted = db.withConnection(c -> restart(db, c));
        return restarted;
    }

    private static boolean restart(Database db, Connection c) {
        try (Statement st = c.createStatement()) {
            return db.restartLog(st);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int logPages(Connection c) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            rs.next();
            return rs.getInt(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
