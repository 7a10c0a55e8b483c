package org.mallcrm.cli.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;

/**
 * Issue 14's crash test: a child JVM imports a large scan file and is killed with SIGKILL part-way, at several points
 * of its one transaction (the write-ahead log holding more and more of it). After each kill the database opens
 * cleanly, passes SQLite's integrity check and holds none of the file's rows (or, had the import finished first, all
 * of them) — never some; the baseline is untouched. A re-run then imports the whole file.
 */
class ImportCrashE2E {

    static final int ROWS = 200_000;

    @TempDir
    Path dir;

    @Test
    void an_import_killed_midway_leaves_all_or_nothing_and_the_database_opens_cleanly() throws Exception {
        Path db = dir.resolve("mall.db");
        LeasingCli mall = new LeasingCli(dir, CliRun.onFile(db));
        mall.ok("import", "scans", mall.write("base.csv", "scan_id,kind,code,buyer_id,scanned_at\n"
                + "BASE-1,CHECKIN,GATE-1,B-1,2026-03-01T09:00:00+08:00\n").toString());
        Path file = dir.resolve("scans.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("scan_id,kind,code,buyer_id,scanned_at\n");
            for (int i = 1; i <= ROWS; i++) {
                int s = i % 86_400;
                w.write(String.format("K-%07d,CHECKIN,GATE-1,B%06d,2026-03-02T%02d:%02d:%02d+08:00%n", i, i % 50_000,
                        s / 3600, s % 3600 / 60, s % 60));
            }
        }
        Path wal = dir.resolve("mall.db-wal");

        int killedMidway = 0;
        // kill once the transaction has put this much into the write-ahead log
        for (long walBytes : new long[] {64 * 1024, 2 * 1024 * 1024, 12 * 1024 * 1024}) {
            long walBefore = Files.exists(wal) ? Files.size(wal) : 0;
            Process p = new ProcessBuilder(org.mallcrm.cli.e2e.JarProcess.command("--db", db.toString(), "import",
                    "scans", file.toString()))
                    .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile())
                    .start();
            while (p.isAlive() && (!Files.exists(wal) || Files.size(wal) < walBefore + walBytes)) {
                p.waitFor(5, TimeUnit.MILLISECONDS);
            }
            boolean alive = p.isAlive();
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no checkpoint
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            if (alive) {
                killedMidway++;
            }

            long stored = count(db, "select count(*) from scan where scan_id like 'K-%'");
            assertThat(stored).as("after the kill at %d bytes of log, all or nothing", walBytes).isIn(0L, (long) ROWS);
            assertThat(count(db, "select count(*) from scan where scan_id = 'BASE-1'")).isEqualTo(1);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                    Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            if (stored == ROWS) {
                break; // this machine finished the import before the kill: nothing left to interrupt
            }
        }
        assertThat(killedMidway).as("at least one import was killed while it ran").isPositive();

        CliRun.Result again = mall.run("import", "scans", file.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(count(db, "select count(*) from scan where scan_id like 'K-%'")).isEqualTo(ROWS);
        assertThat(mall.json("stalls", "show", "1F-A-101").get("stall_no").asText()).isEqualTo("1F-A-101");
    }

    private static long count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
