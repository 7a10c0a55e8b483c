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
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight real processes of the packaged CLI race to hold the same stall on one database (an SQLite file, then a
 * PostgreSQL database): exactly one wins, the others are refused by the rule (exit 1, or 75 "busy, retry" on an
 * overloaded machine), and the database holds one deposit. Runs after {@code package} (the
 * {@code e2e} execution of Surefire in the {@code integration-test} phase).
 */
class DepositRaceE2E {

    static final int PROCESSES = 8;

    @TempDir
    Path dir;

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"--db", "--db-url"})
    void eight_processes_holding_one_stall_at_once_end_with_exactly_one_winner(String option) throws Exception {
        String where = option.equals("--db") ? dir.resolve("mall.db").toString()
                : org.mallcrm.adapters.persistence.EmbeddedPostgres.blankDatabase();
        LeasingCli mall = new LeasingCli(dir, option.equals("--db") ? org.mallcrm.cli.CliRun.onFile(Path.of(where))
                : org.mallcrm.cli.CliRun.onUrl(where));

        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(new ProcessBuilder(org.mallcrm.cli.e2e.JarProcess.command(option, where, "deposits",
                    "hold", "1F-A-102",
                    "--merchant", i % 2 == 0 ? "M-0001" : "M-0002",
                    "--amount", "5000", "--kind", "PREPAYMENT", "--on", "2026-01-05", "--format", "json"))
                    .redirectOutput(dir.resolve("out-" + i).toFile()).redirectError(dir.resolve("err-" + i).toFile())
                    .start());
        }
        List<Integer> codes = new ArrayList<>();
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            codes.add(p.exitValue());
        }

        // one winner; every other process is refused by the rule (1), or, on a machine so loaded that it waited
        // longer than the busy timeout, told to retry (75) — never a second success, never an internal error
        assertThat(codes).as(errors()).filteredOn(c -> c == 0).hasSize(1);
        assertThat(codes).as(errors()).filteredOn(c -> c != 0).allMatch(c -> c == 1 || c == 75);
        assertThat(codes).as(errors()).contains(1);
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
