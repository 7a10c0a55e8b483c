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
}
