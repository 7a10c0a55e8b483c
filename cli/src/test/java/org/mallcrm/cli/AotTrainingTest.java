package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training run: several command lines after the global options, in one JVM. */
class AotTrainingTest {

    @Test
    void runsEachLineAfterTheGlobalOptionsAndAnswersTheWorstExitCode(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("train.db");
        String[] global = {"--db", db.toString()};
        assertThat(Main.train(global, "commissions rules; buyers rfm --format csv;  buyers stats --by category "
                + "--from 2026-01-01 --to 2026-01-31 --format csv")).isZero();
        assertThat(Files.exists(db)).isTrue();
        assertThat(Main.train(global, "buyers rfm --format csv; buyers stats --by nothing")).isEqualTo(ExitCodes.USAGE);
    }

    /**
     * The launcher (./mallcrm) seeds its scratch database with these files before it records a cache, so that the
     * recorded commands read rows as on a real database: they must import, and the buyer commands must then find the
     * buyers. Keep them in step with the launcher.
     */
    @Test
    void theLaunchersSeedGivesTheBuyerCommandsRowsToRead(@TempDir Path dir) throws IOException {
        Path buyers = Files.writeString(dir.resolve("buyers.csv"), String.join("\n",
                "buyer_id,name,phone,main_category,province,transport_mode", "T1,训练一,13900000001,,浙江省,TRAIN",
                "T2,训练二,13900000002,,江苏省,SELF_DRIVE", "T3,训练三,13900000003,,广东省,FLIGHT") + "\n");
        Path scans = Files.writeString(dir.resolve("scans.csv"), String.join("\n",
                "scan_id,kind,code,buyer_id,scanned_at", "T1,CHECKIN,GATE-1,T1,2026-01-05T10:00:00+08:00",
                "T2,CHECKIN,GATE-1,T2,2026-01-12T10:00:00+08:00", "T3,CHECKIN,GATE-2,T1,2026-01-20T10:00:00+08:00",
                "T4,CHECKIN,GATE-2,T3,2026-01-26T10:00:00+08:00") + "\n");
        Path db = dir.resolve("train.db");
        String[] global = {"--db", db.toString()};
        assertThat(Main.train(global, "import buyers " + buyers + "; import scans " + scans)).isZero();
        assertThat(Main.train(global, "buyers rfm --as-of 2026-01-31 --format csv; buyers stats --by category "
                + "--from 2026-01-01 --to 2026-01-31 --format csv; buyers stats --by province --from 2026-01-01 "
                + "--to 2026-01-31")).isZero();
        CliRun.Result shares = CliRun.raw("--db", db.toString(), "buyers", "stats", "--by", "province", "--from",
                "2026-01-01", "--to", "2026-01-31", "--format", "csv");
        assertThat(shares.out().lines().skip(1).toList()).hasSize(3);
    }
}
