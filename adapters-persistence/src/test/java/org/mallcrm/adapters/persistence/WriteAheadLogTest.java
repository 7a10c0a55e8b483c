package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's write-ahead log under the checkpointer: a flood of commits is not held every 16 MiB to start the log over
 * (each start over holds the writers for two disk flushes); once the writes are quiet the log starts over, and the
 * file the flood made long is kept through a short lull (the next flood reuses its pages) and cut back only after the
 * writes have been quiet for {@link Database#cutAfterQuietMs}.
 */
class WriteAheadLogTest {

    @TempDir
    Path dir;

    /** The quiet length of the log, in bytes. */
    private static final long QUIET = Database.RESTART_FRAMES * 4096;

    @Test
    void a_flood_of_commits_grows_the_log_past_its_quiet_length_and_a_long_pause_cuts_it_back() throws Exception {
        long cutAfter = Database.cutAfterQuietMs;
        Database.cutAfterQuietMs = 4_000;
        try {
            flood_lull_and_pause();
        } finally {
            Database.cutAfterQuietMs = cutAfter;
        }
    }

    private void flood_lull_and_pause() throws Exception {
        Path file = dir.resolve("w.db");
        Path log = dir.resolve("w.db-wal");
        try (Database db = Database.open(file, 4)) {
            db.withConnection(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int id = 0;
            // commits of three pages each, as fast as one writer makes them, until the log is five times its quiet length
            while (Files.size(log) <= 5 * QUIET) {
                assertThat(System.nanoTime()).as("the log never grew past %,d bytes", Files.size(log))
                        .isLessThan(deadline);
                insert(db, id++, 8_000);
            }
            // then a steady flood for six rounds of the checkpointer: hundreds of commits a round, each a page
            long salt = salt(log);
            long floodEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_500);
            while (System.nanoTime() < floodEnd) {
                insert(db, id++, 200);
                Thread.sleep(1);
            }
            assertThat(salt(log)).as("the log was started over under the flood (its header's salt changed)")
                    .isEqualTo(salt);
            long flooded = Files.size(log);
            assertThat(flooded).isGreaterThan(QUIET);

            // a lull (quiet writes, a few a second, for less than cutAfterQuietMs): the log starts over, and the file
            // is kept for the next flood to write into
            long lullEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2_000);
            while (System.nanoTime() < lullEnd) {
                Thread.sleep(300);
                insert(db, id++, 10);
            }
            assertThat(salt(log)).as("the log was not started over in the lull").isNotEqualTo(salt);
            // (a commit or two may have come before the log started over: the file may have grown by their frames)
            assertThat(Files.size(log)).as("the file was cut in a lull").isGreaterThanOrEqualTo(flooded);

            // quiet writes on: the checkpointer cuts the file a flood made long
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (Files.size(log) > QUIET) {
                assertThat(System.nanoTime()).as("the log was not started over and cut back after the flood (%,d bytes)",
                        Files.size(log)).isLessThan(deadline);
                Thread.sleep(300);
                insert(db, id++, 10);
            }
            assertThat(Files.size(log)).isLessThan(flooded);
            int written = id;
            int stored = db.withConnection(c -> {
                try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM t")) {
                    rs.next();
                    return rs.getInt(1);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(stored).as("every commit kept").isEqualTo(written);
        }
    }

    /** The salts in the log's header, which SQLite changes each time the log starts over. */
    private static long salt(Path log) throws java.io.IOException {
        try (var in = Files.newInputStream(log)) {
            byte[] header = in.readNBytes(24);
            return java.nio.ByteBuffer.wrap(header, 16, 8).getLong();
        }
    }

    private static void insert(Database db, int id, int bytes) {
        db.inTransaction(() -> db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (id, body) VALUES (?, ?)")) {
                ps.setInt(1, id);
                ps.setBytes(2, new byte[bytes]);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return Boolean.TRUE;
        }), kept -> true);
    }
}
