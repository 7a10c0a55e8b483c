package org.mallcrm.cli.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.cli.CliRun;
import org.mallcrm.domain.time.MallTime;

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

    @Test
    void demo_merchants_entered_their_stage_on_days_their_leases_agree_with_and_documents_speak_chinese()
            throws IOException {
        CliRun cli = new CliRun(dir.resolve("demo.db"));
        CliRun.Result demo = cli.run("demo", "--seed", "5", "--size", "small");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        LocalDate today = LocalDate.now(MallTime.ZONE);

        Map<String, LocalDate> firstStart = new HashMap<>();
        for (JsonNode l : json(cli, "leases", "list")) {
            firstStart.merge(l.get("merchant_no").asText(), LocalDate.parse(l.get("start").asText()),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Long> operatingDwell = new ArrayList<>();
        int tenants = 0;
        for (JsonNode m : json(cli, "merchants", "list")) {
            LocalDate start = firstStart.get(m.get("merchant_no").asText());
            LocalDate entered = LocalDate.parse(m.get("stage_entered_on").asText());
            long dwell = m.get("dwell_days").asLong();
            assertThat(entered).as(m.toString()).isBeforeOrEqualTo(today);
            if (start == null || !start.isBefore(today)) {
                continue;
            }
            tenants++;
            // a merchant holding a lease since before today did not enter its stage today
            assertThat(dwell).as(m.get("merchant_no") + " holds a lease from " + start).isPositive();
            if ("OPERATING".equals(m.get("stage").asText())) {
                // it operates since its first lease started, not before
                assertThat(entered).as(m.toString()).isAfterOrEqualTo(start);
                operatingDwell.add(dwell);
            }
        }
        assertThat(tenants).isGreaterThan(100);
        operatingDwell.sort(null);
        assertThat(operatingDwell.get(operatingDwell.size() / 2)).as("median days operating").isGreaterThan(30);

        // the stall documents of the reshape demo name people in Chinese, as the pages that show them do
        JsonNode split = json(cli, "stalls", "list", "--status", "SPLIT").get(0);
        String history = cli.run("stalls", "history", split.get("stall_no").asText(), "--format", "json").out();
        assertThat(history).contains("\"approved_by\"").doesNotContain("(demo)").doesNotContain("manager");
    }
}
