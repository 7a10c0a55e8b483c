package org.mallcrm.cli.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.cli.CliRun;

/** The demo mall comes with merchants in every stage, follow-ups, credit histories and open requests. */
class DemoMerchantsTest {

    @TempDir
    Path dir;

    private JsonNode json(CliRun cli, String... args) throws IOException {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--format";
        all[args.length + 1] = "json";
        CliRun.Result r = cli.run(all);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Json.mapper().readTree(r.out());
    }

    @Test
    void the_demo_has_merchants_in_every_stage_a_blacklisted_one_open_requests_and_visits_due() throws IOException {
        CliRun cli = new CliRun(dir.resolve("demo.db"));
        CliRun.Result demo = cli.run("demo", "--seed", "11");
        assertThat(demo.exitCode()).as(demo.err()).isZero();

        JsonNode merchants = json(cli, "merchants", "list");
        Set<String> stages = new HashSet<>();
        merchants.forEach(m -> stages.add(m.get("stage").asText()));
        assertThat(stages).containsExactlyInAnyOrder("PROSPECT", "NEGOTIATING", "QUALIFIED", "PLACED", "SIGNED",
                "OPERATING", "EXITING", "EXITED");
        merchants.forEach(m -> assertThat(m.get("stage_history").size()).isGreaterThanOrEqualTo(1));

        int blacklisted = 0;
        int withRecords = 0;
        for (JsonNode m : merchants) {
            JsonNode c = json(cli, "credit", "show", m.get("merchant_no").asText());
            blacklisted += c.get("blacklisted_until").isNull() ? 0 : 1;
            withRecords += c.get("records").isEmpty() ? 0 : 1;
        }
        assertThat(blacklisted).isEqualTo(1);
        assertThat(withRecords).isGreaterThanOrEqualTo(3);

        assertThat(json(cli, "requests", "list", "overtime", "--status", "SUBMITTED")).isNotEmpty();
        assertThat(json(cli, "requests", "list", "repair", "--status", "OPEN")).isNotEmpty();
        assertThat(json(cli, "requests", "list", "feedback", "--status", "OPEN")).isNotEmpty();
        assertThat(json(cli, "merchants", "follow-ups", "--due")).isNotEmpty();
        assertThat(json(cli, "leases", "list")).isNotEmpty();
    }
}
