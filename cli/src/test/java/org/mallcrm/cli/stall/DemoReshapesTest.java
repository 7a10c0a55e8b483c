package org.mallcrm.cli.stall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.cli.CliRun;

/** The demo mall comes with reshaped stalls whose history can be followed. */
class DemoReshapesTest {

    @TempDir
    Path dir;

    @Test
    void the_demo_splits_and_merges_some_vacant_stalls_through_the_use_cases() throws IOException {
        CliRun cli = new CliRun(dir.resolve("demo.db"));
        assertThat(cli.run("demo", "--seed", "7").exitCode()).isZero();

        JsonNode split = Json.mapper().readTree(cli.run("stalls", "list", "--status", "SPLIT", "--format", "json").out());
        JsonNode merged = Json.mapper().readTree(cli.run("stalls", "list", "--status", "MERGED", "--format", "json")
                .out());
        assertThat(split.size()).isGreaterThanOrEqualTo(2);
        assertThat(merged.size()).isGreaterThanOrEqualTo(4);

        String child = split.get(0).get("children").get(0).asText();
        JsonNode history = Json.mapper().readTree(cli.run("stalls", "history", child, "--format", "json").out());
        assertThat(history.get("ancestors").get(0).get("stall_no").asText()).isEqualTo(split.get(0).get("stall_no")
                .asText());
        List<String> kinds = new ArrayList<>();
        history.get("documents").forEach(d -> kinds.add(d.get("kind").asText()));
        assertThat(kinds).contains("SPLIT");

        String mergedInto = merged.get(0).get("children").get(0).asText();
        JsonNode m = Json.mapper().readTree(cli.run("stalls", "show", mergedInto, "--format", "json").out());
        // born vacant; the demo's leasing may since have held it with earnest money
        assertThat(m.get("status").asText()).isIn("VACANT", "RESERVED");
        assertThat(m.get("parents")).hasSize(2);
    }
}
