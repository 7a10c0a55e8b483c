package org.mallcrm.cli.lease;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight real processes of the packaged CLI race to hold the same stall on one database file: exactly one wins, the
 * others are refused by the rule (exit 1), and the database holds one deposit. Runs after {@code package} (the
 * {@code e2e} execution of Surefire in the {@code integration-test} phase).
 */
class DepositRaceE2E {

    static final int PROCESSES = 8;

    @TempDir
    Path dir;

    @Test
    void eight_processes_holding_one_stall_at_once_end_with_exactly_one_winner() throws Exception {
        LeasingCli mall = new LeasingCli(dir);
        Path jar = Path.of(System.getProperty("basedir", ".")).resolve("target/mallcrm.jar").toAbsolutePath();
        assertThat(jar).exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        Path db = dir.resolve("mall.db");

        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(),
                    "--db", db.toString(), "deposits", "hold", "1F-A-102", "--merchant", i % 2 == 0 ? "M-0001" : "M-0002",
                    "--amount", "5000", "--kind", "PREPAYMENT", "--on", "2026-01-05", "--format", "json")
                    .redirectOutput(dir.resolve("out-" + i).toFile()).redirectError(dir.resolve("err-" + i).toFile())
                    .start());
        }
        List<Integer> codes = new ArrayList<>();
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            codes.add(p.exitValue());
        }

        assertThat(codes).as(errors()).filteredOn(c -> c == 0).hasSize(1);
        assertThat(codes).as(errors()).filteredOn(c -> c == 1).hasSize(PROCESSES - 1);
        JsonNode deposits = mall.json("deposits", "list");
        assertThat(deposits).hasSize(1);
        assertThat(mall.json("stalls", "show", "1F-A-102").get("status").asText()).isEqualTo("RESERVED");
    }

    private String errors() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < PROCESSES; i++) {
            try {
                sb.append(i).append(": ").append(Files.readString(dir.resolve("err-" + i), StandardCharsets.UTF_8));
            } catch (IOException e) {
                sb.append(i).append(": (no stderr)\n");
            }
        }
        return sb.toString();
    }
}
