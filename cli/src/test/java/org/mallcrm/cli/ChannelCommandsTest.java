package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.cli.bench.ChannelMonthFiles;
import org.mallcrm.fixtures.channel.RandomMonth;
import org.mallcrm.domain.time.MallTime;

/** Channels end to end through the CLI: imports, the worked examples E1 and E2, statements, a generated month. */
public class ChannelCommandsTest {

    public static final String TRIP_HEADER = "trip_no,channel,channel_name,channel_code,coach_plate,arrival_date,"
            + "window_start,window_end,reported_headcount\n";
    public static final String SCAN_HEADER = "scan_id,kind,code,buyer_id,scanned_at\n";

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir.resolve("mall.db"));
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private CliRun.Result ok(String... args) {
        CliRun.Result r = cli.run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    private JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json"));
        return Json.mapper().readTree(ok(all.toArray(String[]::new)).out());
    }

    /** A Beijing local time as the file's instant with offset. */
    public static String at(String local) {
        return local + (local.length() == 16 ? ":00" : "") + "+08:00";
    }

    public static String trip(String no, String channel, String from, String to, int reported) {
        return no + "," + channel + ",渠道 " + channel + ",QR-" + no + ",浙A·" + no + "," + from.substring(0, 10) + ","
                + at(from) + "," + at(to) + "," + reported + "\n";
    }

    /** Scans numbered S000001 … in the order written. */
    static final class Scans {
        final StringBuilder csv = new StringBuilder(SCAN_HEADER);
        int n;

        Scans channel(String buyer, String tripNo, Instant t) {
            return add("CHANNEL", "QR-" + tripNo, buyer, t);
        }

        Scans checkin(String buyer, Instant t) {
            return add("CHECKIN", "GATE-1", buyer, t);
        }

        Scans add(String kind, String code, String buyer, Instant t) {
            csv.append(String.format("S%06d", ++n)).append(',').append(kind).append(',').append(code).append(',')
                    .append(buyer).append(',').append(t.atZone(MallTime.ZONE).toOffsetDateTime())
                    .append('\n');
            return this;
        }
    }

    static Instant local(String t) {
        return LocalDateTime.parse(t).atZone(MallTime.ZONE).toInstant();
    }

    private static String buyer(int i) {
        return String.format("B%03d", i);
    }

    /** E1 as scans: reported 45, 47 channel scans from 44 buyers, 43 check-ins from 42 buyers, one claimed earlier. */
    private void e1(int validBuyers) throws IOException {
        ok("import", "trips", write("trips.csv", TRIP_HEADER
                + trip("T0101", "CH001", "2025-03-10T09:00", "2025-03-10T11:00", 45)
                + trip("T0100", "CH002", "2025-03-10T08:00", "2025-03-10T10:00", 1)).toString());
        Scans s = new Scans();
        for (int i = 1; i <= validBuyers; i++) {
            s.channel(buyer(i), "T0101", local("2025-03-10T08:00").plusSeconds(60L * i));
            s.checkin(buyer(i), local("2025-03-10T09:00").plusSeconds(60L * i));
        }
        if (validBuyers == 41) {
            for (int i = 1; i <= 3; i++) {
                s.channel(buyer(i), "T0101", local("2025-03-10T08:50"));
            }
            s.checkin(buyer(5), local("2025-03-10T10:30"));
            s.channel(buyer(41), "T0100", local("2025-03-10T07:30"));
            s.channel(buyer(42), "T0101", local("2025-03-10T08:42")).checkin(buyer(42), local("2025-03-10T11:30"));
            s.channel(buyer(43), "T0101", local("2025-03-10T08:43"));
            s.channel(buyer(44), "T0101", local("2025-03-10T08:44"));
        }
        ok("import", "scans", write("scans.csv", s.csv.toString()).toString());
    }

    private static JsonNode trip(JsonNode reconciliation, String no) {
        for (JsonNode t : reconciliation.get("trips")) {
            if (t.get("trip_no").asText().equals(no)) {
                return t;
            }
        }
        throw new AssertionError("no trip " + no);
    }

    @Test
    void e1_forty_valid_heads_earn_800_flagged_with_every_exclusion_counted() throws IOException {
        e1(41);

        JsonNode r = json("commissions", "reconcile", "--from", "2025-03-01", "--to", "2025-03-31");
        JsonNode t = trip(r, "T0101");

        assertThat(t.get("channel").asText()).isEqualTo("CH001");
        assertThat(t.get("channel_code").asText()).isEqualTo("QR-T0101");
        assertThat(t.get("reported").asInt()).isEqualTo(45);
        assertThat(t.get("valid_heads").asInt()).isEqualTo(40);
        assertThat(t.get("paid_heads").asInt()).isEqualTo(40);
        assertThat(t.get("variance_pct").asText()).isEqualTo("-11.1");
        assertThat(t.get("flagged").asBoolean()).isTrue();
        assertThat(t.get("commission").asText()).isEqualTo("800.00");
        assertThat(t.get("excluded").get("CLAIMED_BY_OTHER_TRIP").asInt()).isEqualTo(1);
        assertThat(t.get("excluded").get("OUTSIDE_WINDOW").asInt()).isEqualTo(1);
        assertThat(t.get("excluded").get("NO_CHECKIN").asInt()).isEqualTo(2);
        assertThat(t.get("excluded").get("DUPLICATE").asInt()).isEqualTo(3);
        assertThat(t.get("excluded").get("SCAN_ORDER").asInt()).isZero();
        assertThat(r.get("channels")).extracting(c -> c.get("channel").asText()).containsExactly("CH001", "CH002");
        assertThat(r.get("totals").get("commission").asText()).isEqualTo("820.00");
        assertThat(r.get("totals").get("trips").asInt()).isEqualTo(2);
    }

    @Test
    void e1_with_48_valid_heads_and_cap_at_reported_pays_45_heads_900() throws IOException {
        e1(48);
        ok("commissions", "rules", "--set", write("rules.json",
                "{\"default\": {\"cap_at_reported\": true}}").toString());

        JsonNode t = trip(json("commissions", "reconcile", "--from", "2025-03-10", "--to", "2025-03-10"), "T0101");

        assertThat(t.get("valid_heads").asInt()).isEqualTo(48);
        assertThat(t.get("paid_heads").asInt()).isEqualTo(45);
        assertThat(t.get("commission").asText()).isEqualTo("900.00");
        assertThat(t.get("flagged").asBoolean()).isFalse();
    }

    /** E2: 26 trips of 100 valid heads, one a day, tiers ¥15 / ¥18 from 1,001 / ¥20 from 2,001. */
    private void e2() throws IOException {
        StringBuilder trips = new StringBuilder(TRIP_HEADER);
        Scans s = new Scans();
        int b = 0;
        for (int d = 1; d <= 26; d++) {
            String day = String.format("2025-03-%02d", d);
            String no = String.format("T%02d", d);
            trips.append(trip(no, "CH-E2", day + "T09:00", day + "T11:00", 100));
            for (int h = 0; h < 100; h++) {
                String buyer = String.format("B%05d", ++b);
                s.channel(buyer, no, local(day + "T08:00")).checkin(buyer, local(day + "T09:30"));
            }
        }
        ok("import", "trips", write("trips.csv", trips.toString()).toString());
        ok("import", "scans", write("scans.csv", s.csv.toString()).toString());
    }

    private String e2Commission(String rules) throws IOException {
        ok("commissions", "rules", "--set", write("rules.json", rules).toString());
        JsonNode r = json("commissions", "reconcile", "--from", "2025-03-01", "--to", "2025-03-31");
        assertThat(r.get("channels").get(0).get("paid_heads").asInt()).isEqualTo(2600);
        return r.get("channels").get(0).get("commission").asText();
    }

    @Test
    void e2_marginal_45000_whole_52000_and_50000_under_the_cap() throws IOException {
        e2();
        String tiers = "\"tiers\": [{\"from\": 1, \"rate\": \"15.00\"}, {\"from\": 1001, \"rate\": \"18.00\"}, "
                + "{\"from\": 2001, \"rate\": \"20.00\"}]";

        assertThat(e2Commission("{\"channels\": {\"CH-E2\": {" + tiers + ", \"tier_mode\": \"MARGINAL\"}}}"))
                .isEqualTo("45000.00");
        assertThat(e2Commission("{\"default\": {" + tiers + ", \"tier_mode\": \"WHOLE\"}}")).isEqualTo("52000.00");
        assertThat(e2Commission("{\"default\": {" + tiers + ", \"tier_mode\": \"WHOLE\", \"monthly_cap\": "
                + "\"50000.00\"}}")).isEqualTo("50000.00");
        JsonNode rules = json("commissions", "rules");
        assertThat(rules.get("default").get("monthly_cap").asText()).isEqualTo("50000.00");
        assertThat(rules.get("default").get("tiers").get(1).get("from").asInt()).isEqualTo(1001);
    }

    @Test
    void a_generated_month_reconciles_identically_to_the_generator_fed_straight_to_the_reconciler()
            throws IOException {
        RandomMonth month = RandomMonth.of(new RandomMonth.Spec(11, YearMonth.of(2025, 3), 31, 12, 150, 2500, 1));
        Path files = dir.resolve("month");
        long scans = ChannelMonthFiles.write(month, files);
        ok("import", "trips", files.resolve("trips.csv").toString());
        assertThat(ok("import", "scans", files.resolve("scans.csv").toString()).err())
                .contains("imported " + scans + ",");
        ok("commissions", "rules", "--set", files.resolve("rules.json").toString());

        JsonNode got = json("commissions", "reconcile", "--from", "2025-03-01", "--to", "2025-03-31");
        JsonNode expected = Json.mapper().readTree(files.resolve("expected.json").toFile());

        assertThat(got.get("totals").get("valid_heads").asLong()).isPositive();
        assertThat(got.get("totals").get("excluded").get("UNKNOWN_CODE").asLong()).isPositive();
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void a_generated_month_in_random_row_order_reconciles_the_same_and_imports_again_unchanged() throws IOException {
        RandomMonth month = RandomMonth.of(new RandomMonth.Spec(12, YearMonth.of(2025, 3), 31, 12, 150, 2500, 1));
        Path files = dir.resolve("month");
        long scans = ChannelMonthFiles.write(month, files);
        List<String> lines = new ArrayList<>(Files.readAllLines(files.resolve("scans.csv")));
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        java.util.Collections.shuffle(rows, new java.util.Random(5));
        rows.add(0, lines.get(0));
        Path shuffled = files.resolve("shuffled.csv");
        Files.write(shuffled, rows);
        Path bad = files.resolve("bad.csv");
        rows.add("Sbad,CHECKIN,GATE-1,B 1,2025-03-10T08:00:00+08:00");
        Files.write(bad, rows);
        ok("import", "trips", files.resolve("trips.csv").toString());
        ok("commissions", "rules", "--set", files.resolve("rules.json").toString());

        CliRun.Result refused = cli.run("import", "scans", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(65);
        assertThat(refused.err()).contains("nothing was written").containsPattern("(?m)^" + (scans + 2) + ",");
        assertThat(json("commissions", "reconcile", "--from", "2025-03-01", "--to", "2025-03-31").get("totals")
                .get("valid_heads").asLong()).isZero();

        assertThat(ok("import", "scans", shuffled.toString()).err()).contains("imported " + scans + ",");
        JsonNode got = json("commissions", "reconcile", "--from", "2025-03-01", "--to", "2025-03-31");
        assertThat(got).isEqualTo(Json.mapper().readTree(files.resolve("expected.json").toFile()));
        assertThat(ok("import", "scans", shuffled.toString()).err())
                .contains("imported 0, updated 0, unchanged " + scans);
    }

    @Test
    void scans_import_idempotently_and_unknown_codes_are_kept() throws IOException {
        Path file = write("scans.csv", SCAN_HEADER + "S1,CHANNEL,QR-NOBODY,B1,2025-03-10T08:00:00+08:00\n"
                + "S2,CHECKIN,GATE-1,B1,2025-03-10T09:00:00Z\n");

        assertThat(ok("import", "scans", file.toString()).err()).contains("imported 2, updated 0, unchanged 0");
        assertThat(ok("import", "scans", file.toString()).err()).contains("imported 0, updated 0, unchanged 2")
                .contains("nothing changed");
        JsonNode r = json("commissions", "reconcile", "--from", "2025-03-10", "--to", "2025-03-10");
        assertThat(r.get("totals").get("excluded").get("UNKNOWN_CODE").asInt()).isEqualTo(1);
    }

    @Test
    void a_scan_file_with_bad_rows_writes_nothing_and_names_every_bad_line() throws IOException {
        Path file = write("scans.csv", SCAN_HEADER
                + "S1,CHANNEL,QR-T1,B1,2025-03-10T08:00:00+08:00\n"
                + "S2,SCANNED,QR-T1,B1,2025-03-10T08:00:00+08:00\n"
                + "S3,CHECKIN,GATE-1,B 1,2025-03-10T08:00:00+08:00\n"
                + "S4,CHECKIN,GATE-1,B1,2025-03-10 08:00\n"
                + "S5,CHECKIN,,B1,2025-03-10T08:00:00+08:00\n"
                + "S6,CHECKIN,GATE-1\n"
                + "S1,CHANNEL,QR-T2,B1,2025-03-10T08:00:00+08:00\n");
        Path errors = dir.resolve("errors.csv");

        CliRun.Result r = cli.run("import", "scans", file.toString(), "--errors", errors.toString());

        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).contains("nothing was written");
        for (int line = 3; line <= 8; line++) {
            assertThat(r.err()).as("line " + line).containsPattern("(?m)^" + line + ",");
        }
        assertThat(r.err()).contains("must be CHANNEL or CHECKIN").contains("not an ISO-8601 instant")
                .contains("expected 5 fields").contains("use --update");
        assertThat(Files.readString(errors)).startsWith("line,column,value,reason");
        JsonNode rec = json("commissions", "reconcile", "--from", "2025-03-10", "--to", "2025-03-10");
        assertThat(rec.get("totals").get("excluded").get("UNKNOWN_CODE").asInt()).isZero();
    }

    @Test
    void a_stored_scan_id_with_other_values_is_an_error_unless_update() throws IOException {
        ok("import", "scans", write("a.csv", SCAN_HEADER + "S1,CHANNEL,QR-T1,B1,2025-03-10T08:00:00+08:00\n")
                .toString());
        Path changed = write("b.csv", SCAN_HEADER + "S1,CHANNEL,QR-T2,B1,2025-03-10T08:00:00+08:00\n");

        CliRun.Result refused = cli.run("import", "scans", changed.toString());
        assertThat(refused.exitCode()).isEqualTo(65);
        assertThat(refused.err()).contains("code QR-T1 → QR-T2");

        assertThat(ok("import", "scans", changed.toString(), "--update").err())
                .contains("imported 0, updated 1, unchanged 0");
        assertThat(ok("import", "scans", changed.toString(), "--dry-run").err()).contains("dry run");
    }

    @Test
    void trips_import_all_or_nothing_with_their_own_rules() throws IOException {
        ok("import", "trips", write("t.csv", TRIP_HEADER
                + trip("T1", "CH1", "2025-03-10T09:00", "2025-03-10T11:00", 10)).toString());
        Path bad = write("bad.csv", TRIP_HEADER
                + trip("T2", "CH1", "2025-03-10T09:00", "2025-03-10T11:00", 10)
                + "T3,CH1,渠道 CH1,QR-T1,浙A,2025-03-11,2025-03-11T09:00:00+08:00,2025-03-11T08:00:00+08:00,-1\n"
                + trip("T2", "CH1", "2025-03-12T09:00", "2025-03-12T11:00", 10)
                + trip("T1", "CH1", "2025-03-10T09:00", "2025-03-10T11:00", 12));

        CliRun.Result r = cli.run("import", "trips", bad.toString());

        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).contains("window ends before it starts").contains("zero or more")
                .contains("trip number also on line 2").contains("reported_headcount 10 → 12");
        assertThat(json("commissions", "reconcile", "--from", "2025-03-01", "--to", "2025-03-31").get("trips"))
                .hasSize(1);
        assertThat(ok("import", "trips", bad.toString().replace("bad", "t")).err()).contains("unchanged 1");
    }

    @Test
    void a_statement_closes_once_drills_down_to_each_head_and_takes_corrections_on_the_next_month()
            throws IOException {
        e1(41);

        JsonNode draft = json("commissions", "statement", "--channel", "CH001", "--month", "2025-03");
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("total").asText()).isEqualTo("800.00");
        JsonNode closed = json("commissions", "statement", "--channel", "CH001", "--month", "2025-03", "--close");
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("closed_at").asText()).isNotBlank();

        JsonNode heads = json("commissions", "heads", "--trip", "T0101");
        assertThat(heads.get("status").asText()).isEqualTo("CLOSED");
        assertThat(heads.get("heads")).hasSize(40);
        JsonNode b1 = heads.get("heads").findParents("buyer_id").stream()
                .filter(h -> h.get("buyer_id").asText().equals("B001")).findFirst().orElseThrow();
        assertThat(b1.get("channel_scan_id").asText()).isEqualTo("S000001");
        assertThat(b1.get("checkin_scan_id").asText()).isEqualTo("S000002");
        assertThat(b1.get("checkin_at").asText()).isEqualTo("2025-03-10T09:01:00+08:00");

        ok("import", "scans", write("late.csv", SCAN_HEADER + "X1,CHANNEL,QR-T0101,B900,2025-03-10T08:00:00+08:00\n"
                + "X2,CHECKIN,GATE-1,B900,2025-03-10T09:59:00+08:00\n").toString());
        assertThat(json("commissions", "statement", "--channel", "CH001", "--month", "2025-03").get("total")
                .asText()).isEqualTo("800.00");

        CliRun.Result corrected = cli.run("commissions", "correct", "--channel", "CH001", "--month", "2025-03",
                "--trip", "T0101", "B001", "B002", "--reason", "same phone, fake buyers", "--format", "json");
        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
        assertThat(corrected.err()).contains("posted on the 2025-04 statement");
        JsonNode april = json("commissions", "statement", "--channel", "CH001", "--month", "2025-04");
        assertThat(april.get("adjustments").get(0).get("amount").asText()).isEqualTo("-40.00");
        assertThat(april.get("total").asText()).isEqualTo("-40.00");
        assertThat(cli.run("commissions", "correct", "--channel", "CH001", "--month", "2025-03", "--trip", "T0101",
                "B001", "--reason", "again").exitCode()).isEqualTo(1);
        assertThat(cli.run("commissions", "correct", "--channel", "CH002", "--month", "2025-03", "--trip", "T0100",
                "B041", "--reason", "not closed").exitCode()).isEqualTo(1);
    }

    @Test
    void bad_rules_are_refused_with_every_problem_and_change_nothing() throws IOException {
        CliRun.Result r = cli.run("commissions", "rules", "--set", write("r.json", "{\"default\": {\"rate_per_head\": "
                + "\"-1\", \"tier_mode\": \"ALL\", \"colour\": 1}, \"channels\": {\"CH1\": {\"min_heads\": \"x\"}}}")
                .toString());

        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).contains("default.colour").contains("channels.CH1.min_heads");
        assertThat(json("commissions", "rules").get("default").get("rate_per_head").asText()).isEqualTo("20.00");
    }

    @Test
    void every_channel_command_has_help() {
        String[][] commands = {{"import", "trips"}, {"import", "scans"}, {"commissions"}, {"commissions", "rules"},
            {"commissions", "reconcile"}, {"commissions", "statement"}, {"commissions", "heads"},
            {"commissions", "correct"}};
        for (String[] c : commands) {
            String[] args = java.util.Arrays.copyOf(c, c.length + 1);
            args[c.length] = "--help";
            CliRun.Result r = cli.run(args);
            assertThat(r.exitCode()).as(String.join(" ", c)).isZero();
            assertThat(r.out()).as(String.join(" ", c)).contains("Usage: mallcrm").hasSizeGreaterThan(200);
        }
    }

    @Test
    void the_demo_has_channels_a_month_of_trips_and_scans_and_statements() throws IOException {
        ok("demo", "--seed", "3");
        YearMonth last = YearMonth.now(MallTime.ZONE).minusMonths(1);

        JsonNode r = json("commissions", "reconcile", "--from", last.atDay(1).toString(), "--to",
                last.atEndOfMonth().toString());
        assertThat(r.get("trips").size()).isGreaterThan(30);
        assertThat(r.get("channels").size()).isEqualTo(8);
        assertThat(r.get("totals").get("valid_heads").asInt()).isGreaterThan(500);
        assertThat(r.get("totals").get("excluded").get("UNKNOWN_CODE").asInt()).isPositive();
        assertThat(json("commissions", "statement", "--channel", "CH02", "--month", last.toString()).get("status")
                .asText()).isEqualTo("CLOSED");
        assertThat(json("commissions", "statement", "--channel", "CH01", "--month", last.toString()).get("status")
                .asText()).isEqualTo("DRAFT");
        assertThat(json("commissions", "statement", "--channel", "CH02", "--month", last.plusMonths(1).toString())
                .get("adjustments")).isNotEmpty();
    }
}
