package org.mallcrm.cli.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;

/** Worked example D1 and the blacklist through the real command line. */
class CreditCommandsTest {

    @TempDir
    Path dir;
    MerchantCli mall;

    @BeforeEach
    void setUp() {
        mall = new MerchantCli(dir);
    }

    private JsonNode record(String merchant, String type, String on, String... more) {
        List<String> args = new ArrayList<>(List.of("credit", "record", "--merchant", merchant, "--type", type, "--on",
                on));
        args.addAll(List.of(more));
        return mall.json(args.toArray(String[]::new));
    }

    @Test
    void d1_three_late_openings_an_aisle_block_and_overdue_rent_give_89_B_then_a_bonus_91_A() {
        record("M-0001", "LATE_OPENING", "2026-01-05", "--stall", "1F-A-101");
        record("M-0001", "LATE_OPENING", "2026-01-06", "--stall", "1F-A-101");
        record("M-0001", "LATE_OPENING", "2026-01-07", "--stall", "1F-A-101", "--note", "10:40 才开门");
        record("M-0001", "BLOCKING_AISLE", "2026-01-12", "--stall", "1F-A-101");
        JsonNode overdue = record("M-0001", "OVERDUE_RENT", "2026-01-20");
        assertThat(overdue.get("score").asInt()).isEqualTo(89);
        assertThat(overdue.get("grade").asText()).isEqualTo("B");

        JsonNode january = mall.json("credit", "show", "M-0001", "--as-of", "2026-01-31");
        assertThat(january.get("merchant_no").asText()).isEqualTo("M-0001");
        assertThat(january.get("score").asInt()).isEqualTo(89);
        assertThat(january.get("grade").asText()).isEqualTo("B");
        assertThat(january.get("blacklisted_until").isNull()).isTrue();
        assertThat(january.get("records")).hasSize(5);

        JsonNode bonus = record("M-0001", "BONUS", "2026-01-31");
        assertThat(bonus.get("score").asInt()).isEqualTo(91);
        assertThat(bonus.get("grade").asText()).isEqualTo("A");
        JsonNode after = mall.json("credit", "show", "M-0001");
        List<Integer> scores = new ArrayList<>();
        after.get("events").forEach(e -> scores.add(e.get("score_after").asInt()));
        assertThat(scores).containsExactly(99, 98, 97, 94, 89, 91);

        // +2 on 99 → 100
        record("M-0002", "LATE_OPENING", "2026-02-02", "--stall", "1F-A-102");
        assertThat(record("M-0002", "BONUS", "2026-02-03").get("score").asInt()).isEqualTo(100);
    }

    @Test
    void credit_as_of_a_day_before_the_first_record_is_the_base_score_with_no_record() {
        record("M-0001", "LATE_OPENING", "2026-01-05", "--stall", "1F-A-101");
        record("M-0001", "OVERDUE_RENT", "2026-01-20");

        CliRun.Result table = mall.run("credit", "show", "M-0001", "--as-of", "2026-01-04");
        assertThat(table.exitCode()).as(table.err()).isZero();
        JsonNode before = mall.json("credit", "show", "M-0001", "--as-of", "2026-01-04");
        assertThat(before.get("as_of").asText()).isEqualTo("2026-01-04");
        assertThat(before.get("score").asInt()).isEqualTo(100);
        assertThat(before.get("grade").asText()).isEqualTo("A");
        assertThat(before.get("blacklisted_until").isNull()).isTrue();
        assertThat(before.get("records")).isEmpty();
        assertThat(before.get("events")).isEmpty();
    }

    @Test
    void the_same_behaviour_twice_is_refused_with_exit_1_and_an_appeal_stops_it_counting_until_upheld() {
        String id = record("M-0001", "OVERDUE_RENT", "2026-03-02").get("record").get("record_id").asText();
        CliRun.Result again = mall.run("credit", "record", "--merchant", "M-0001", "--type", "OVERDUE_RENT", "--on",
                "2026-03-02");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already recorded as " + id);

        assertThat(mall.json("credit", "appeal", id).get("score").asInt()).isEqualTo(100);
        assertThat(mall.run("credit", "withdraw", "CR-999999").exitCode()).isEqualTo(1);
        assertThat(mall.json("credit", "uphold", id).get("score").asInt()).isEqualTo(95);
        assertThat(mall.run("credit", "appeal", id).exitCode()).isEqualTo(1);
    }

    @Test
    void a_severe_record_grades_D_blacklists_and_blocks_a_lease_and_a_renewal_after_the_1_january_reset() {
        CliRun.Result noEvidence = mall.run("credit", "record", "--merchant", "M-0002", "--type", "FIRE_HAZARD",
                "--on", "2025-12-20");
        assertThat(noEvidence.exitCode()).isEqualTo(65);
        assertThat(noEvidence.err()).contains("requires evidence");

        JsonNode severe = record("M-0002", "FIRE_HAZARD", "2025-12-20", "--stall", "1F-A-102", "--evidence",
                "photo-20251220-01");
        assertThat(severe.get("blacklisted_until").asText()).isEqualTo("2027-12-19");
        JsonNode thatDay = mall.json("credit", "show", "M-0002", "--as-of", "2025-12-20");
        assertThat(thatDay.get("grade").asText()).isEqualTo("D");
        assertThat(thatDay.get("blacklist_cause").asText()).isEqualTo("SEVERE_RECORD");

        JsonNode newYear = mall.json("credit", "show", "M-0002", "--as-of", "2026-01-05");
        assertThat(newYear.get("score").asInt()).isEqualTo(100);
        assertThat(newYear.get("grade").asText()).isEqualTo("A");
        assertThat(newYear.get("blacklisted_until").asText()).isEqualTo("2027-12-19");
        List<String> causes = new ArrayList<>();
        mall.json("credit", "show", "M-0002").get("events").forEach(e -> causes.add(e.get("cause").asText()));
        assertThat(causes).containsExactly("PERIOD_RESET", "RECORDED");

        for (String kind : List.of("NEW", "RENEWAL")) {
            CliRun.Result lease = mall.run("leases", "create", "--spec",
                    mall.write("l.json", MerchantCli.b1("L-" + kind, "M-0002", kind, "2026-01-05")).toString());
            assertThat(lease.exitCode()).as(lease.err()).isEqualTo(1);
            assertThat(lease.err()).contains("blacklisted through 2027-12-19");
        }
        assertThat(mall.json("leases", "list")).isEmpty();

        CliRun.Result ok = mall.run("leases", "create", "--spec",
                mall.write("l.json", MerchantCli.b1("L-OK", "M-0001", "NEW", "2026-01-05")).toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
    }

    @Test
    void a_lease_entered_today_with_a_back_dated_start_is_refused_for_a_merchant_blacklisted_today() {
        JsonNode severe = mall.json("credit", "record", "--merchant", "M-0001", "--type", "FIRE_HAZARD", "--stall",
                "1F-A-101", "--evidence", "photo-today");
        java.time.LocalDate today = java.time.LocalDate.parse(severe.get("record").get("on").asText());
        String spec = """
                { "lease_no": "%s", "merchant_no": "M-0001", "stall_nos": ["1F-A-101"], "kind": "NEW",
                  "start": "%s", "end": "%s", "rent_per_m2_month": "180.00", "billing": "QUARTERLY",
                  "security_deposit": "0.00" %s}""";
        java.time.LocalDate start = today.minusDays(40);
        String end = start.plusYears(1).minusDays(1).toString();

        CliRun.Result backDated = mall.run("leases", "create", "--spec",
                mall.write("back.json", spec.formatted("L-BACK", start, end, "")).toString());

        assertThat(backDated.exitCode()).as(backDated.err()).isEqualTo(1);
        assertThat(backDated.err()).contains("M-0001 cannot lease: blacklisted through "
                + severe.get("blacklisted_until").asText() + " (severe behaviour on " + today + ")");
        assertThat(backDated.err().split("blacklisted", -1)).as(backDated.err()).hasSize(2);
        assertThat(mall.json("leases", "list")).isEmpty();

        String signed = ", \"signing_date\": \"" + today.minusDays(1) + "\"";
        CliRun.Result signedEarlier = mall.run("leases", "create", "--spec",
                mall.write("signed.json", spec.formatted("L-SIGNED", start, end, signed)).toString());
        assertThat(signedEarlier.exitCode()).as(signedEarlier.err()).isZero();
    }

    @Test
    void types_show_the_catalogue_and_a_bad_file_is_65_naming_the_entry() {
        assertThat(mall.json("credit", "types")).hasSize(5);
        CliRun.Result bad = mall.run("credit", "types", "--set",
                mall.write("bad.json", "[{\"code\": \"X\", \"name\": \"x\", \"points\": 1, \"severity\": \"MILD\"}]")
                        .toString());
        assertThat(bad.exitCode()).isEqualTo(65);
        assertThat(bad.err()).contains("[0].severity");
        CliRun.Result empty = mall.run("credit", "types", "--set", mall.write("empty.json", "[]").toString());
        assertThat(empty.exitCode()).as(empty.err()).isEqualTo(65);
        assertThat(empty.err()).contains("nothing written")
                .contains("name at least one behaviour type: the catalogue cannot be emptied");
        assertThat(mall.json("credit", "types")).hasSize(5);
        assertThat(mall.run("credit", "types", "--set", dir.resolve("missing.json").toString()).exitCode())
                .isEqualTo(66);
    }

    @Test
    void the_overdue_rule_is_off_by_default_and_when_on_records_each_overdue_installment_once() {
        mall.ok("leases", "create", "--spec",
                mall.write("l.json", MerchantCli.b1("L-2026-0001", "M-0001", "NEW", "2026-01-05")).toString());
        assertThat(mall.json("credit", "overdue").get("enabled").asBoolean()).isFalse();
        assertThat(mall.json("credit", "overdue", "--check", "--as-of", "2026-03-01")).isEmpty();
        assertThat(mall.run("credit", "overdue", "--enable", "--days", "30", "--type", "NOPE").exitCode()).isEqualTo(1);

        mall.ok("credit", "overdue", "--enable", "--days", "30", "--type", "OVERDUE_RENT");
        JsonNode made = mall.json("credit", "overdue", "--check", "--as-of", "2026-03-01");
        assertThat(made).hasSize(1);
        assertThat(made.get(0).get("on").asText()).isEqualTo("2026-02-15");
        assertThat(made.get(0).get("stall_no").asText()).isEqualTo("1F-A-101");
        assertThat(made.get(0).get("source").asText()).isEqualTo("OVERDUE:L-2026-0001#1");
        assertThat(mall.json("credit", "overdue", "--check", "--as-of", "2026-03-02")).isEmpty();
        assertThat(mall.json("credit", "show", "M-0001", "--as-of", "2026-03-01").get("score").asInt()).isEqualTo(95);
    }
}
