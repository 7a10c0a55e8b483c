package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.common.Json;

class CommandsTest {

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir.resolve("mall.db"));
    }

    @Test
    void every_command_has_help_that_explains_it() {
        String[][] commands = {{}, {"import"}, {"import", "stalls"}, {"stalls"}, {"stalls", "list"},
            {"stalls", "show"}, {"tokens"}, {"tokens", "create"}, {"tokens", "list"}, {"tokens", "revoke"},
            {"serve"}, {"demo"},
            {"import", "merchants"}, {"import", "leases"}, {"import", "receipts"}, {"merchants"},
            {"merchants", "list"}, {"merchants", "show"}, {"leases"}, {"leases", "create"}, {"leases", "import"},
            {"leases", "list"}, {"leases", "show"}, {"leases", "schedule"}, {"leases", "amend"}, {"leases", "deposit"}, {"leases", "release-expired"}, {"receipts"},
            {"receipts", "record"}, {"reminders"}, {"deposits"}, {"deposits", "hold"}, {"deposits", "refund"},
            {"deposits", "forfeit"}, {"deposits", "return-double"}, {"deposits", "expire"}, {"deposits", "show"},
            {"deposits", "list"}, {"placements"}, {"placements", "create"}, {"placements", "submit"},
            {"placements", "approve"}, {"placements", "reject"}, {"placements", "show"}, {"placements", "list"},
            {"exits"}, {"exits", "request"}, {"exits", "approve"}, {"exits", "withdraw"}, {"exits", "settle"},
            {"exits", "show"}, {"exits", "list"}};
        for (String[] c : commands) {
            String[] args = java.util.Arrays.copyOf(c, c.length + 1);
            args[c.length] = "--help";
            CliRun.Result r = cli.run(args);
            assertThat(r.exitCode()).as(String.join(" ", c)).isZero();
            assertThat(r.out()).as(String.join(" ", c)).contains("Usage: mallcrm").hasSizeGreaterThan(200);
        }
    }

    @Test
    void a_wrong_option_is_a_usage_error_64() {
        CliRun.Result r = cli.run("stalls", "list", "--flor", "1F");
        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("--flor");
    }

    @Test
    void the_demo_fills_an_empty_database_once() throws IOException {
        CliRun.Result first = cli.run("demo", "--seed", "7");
        assertThat(first.exitCode()).isZero();
        JsonNode stalls = Json.mapper().readTree(cli.run("stalls", "list", "--format", "json").out());
        assertThat(stalls.size()).isBetween(300, 2000);
        java.util.Set<String> floors = new java.util.HashSet<>();
        java.util.Set<String> zones = new java.util.HashSet<>();
        java.util.Set<String> statuses = new java.util.HashSet<>();
        java.util.Set<String> trades = new java.util.HashSet<>();
        stalls.forEach(s -> {
            floors.add(s.get("floor").asText());
            zones.add(s.get("zone").asText());
            statuses.add(s.get("status").asText());
            trades.add(s.get("business_type").asText());
        });
        assertThat(floors).hasSizeGreaterThanOrEqualTo(2);
        assertThat(zones).hasSizeGreaterThanOrEqualTo(3);
        assertThat(statuses).contains("VACANT", "LEASED", "RENOVATING");
        assertThat(trades).hasSizeGreaterThanOrEqualTo(4);
        assertThat(field(cli.run("leases", "list", "--format", "json").out(), "status"))
                .contains("UPCOMING", "ACTIVE", "EXPIRED", "TERMINATED");
        assertThat(field(cli.run("leases", "list", "--format", "json").out(), "kind")).contains("NEW", "RENEWAL");
        assertThat(field(cli.run("reminders", "--format", "json").out(), "status")).contains("OVERDUE");
        assertThat(field(cli.run("deposits", "list", "--format", "json").out(), "status"))
                .contains("HELD", "REFUNDED", "FORFEITED", "EXPIRED", "APPLIED");
        assertThat(field(cli.run("placements", "list", "--format", "json").out(), "status"))
                .contains("DRAFT", "SUBMITTED", "APPROVED", "REJECTED");
        assertThat(field(cli.run("exits", "list", "--format", "json").out(), "status")).contains("SETTLED");
        assertThat(field(cli.run("merchants", "list", "--format", "json").out(), "stage"))
                .contains("PROSPECT", "OPERATING", "SIGNED", "EXITED");

        CliRun.Result second = cli.run("demo");
        assertThat(second.exitCode()).isEqualTo(1);
    }

    @Test
    void tokens_are_shown_once_listed_without_the_secret_and_revoked() throws IOException {
        cli.ok("import", "merchants", CliRun.write(dir, "merchants.csv", "merchant_no,name,contact_name,phone,"
                + "lead_source,stage,grade,business_type,province\nM-0001,杭州丽人服饰,王丽,13800000001,展会,OPERATING,A,"
                + "女装,浙江\n").toString());
        CliRun.Result created = cli.run("tokens", "create", "--role", "MERCHANT", "--merchant", "M-0001");
        assertThat(created.exitCode()).as(created.err()).isZero();
        String token = Json.mapper().readTree(created.out()).get("token").asText();
        assertThat(token).startsWith("mc_").hasSizeGreaterThan(40);

        CliRun.Result list = cli.run("tokens", "list", "--format", "json");
        assertThat(list.out()).contains("merchant-M-0001").doesNotContain(token);

        assertThat(cli.run("tokens", "revoke", "merchant-M-0001").exitCode()).isZero();
        assertThat(cli.run("tokens", "revoke", "merchant-M-0001").exitCode()).isEqualTo(1);
    }

    @Test
    void a_token_for_a_merchant_buyer_or_channel_that_does_not_exist_is_refused_with_65() {
        for (String[] subject : new String[][] {{"MERCHANT", "--merchant", "M-9999"}, {"BUYER", "--buyer", "B-NOBODY"},
                {"CHANNEL", "--channel", "CH-NONE"}}) {
            CliRun.Result r = cli.run("tokens", "create", "--role", subject[0], subject[1], subject[2]);

            assertThat(r.exitCode()).as(r.err()).isEqualTo(65);
            assertThat(r.err()).contains(subject[2], "no such " + subject[1].substring(2));
            assertThat(r.out()).doesNotContain("token");
        }
        assertThat(cli.run("tokens", "list", "--format", "json").out().strip()).isEqualTo("[ ]");

        cli.ok("import", "trips", CliRun.write(dir, "trips.csv", "trip_no,channel,channel_name,channel_code,"
                + "coach_plate,arrival_date,window_start,window_end,reported_headcount\n"
                + "T1,CH1,义乌旅行社,QR-T1,浙A·00001,2025-03-10,2025-03-10T09:00:00+08:00,2025-03-10T11:00:00+08:00,40\n")
                .toString());
        cli.ok("import", "scans", CliRun.write(dir, "scans.csv", "scan_id,kind,code,buyer_id,scanned_at\n"
                + "S1,CHANNEL,QR-T1,B001,2025-03-10T09:30:00+08:00\n").toString());
        assertThat(cli.run("tokens", "create", "--role", "CHANNEL", "--channel", "CH1").exitCode()).isZero();
        assertThat(cli.run("tokens", "create", "--role", "BUYER", "--buyer", "B001").exitCode()).isZero();
        CliRun.Result again = cli.run("tokens", "create", "--role", "BUYER", "--buyer", "B001");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("'buyer-B001' exists already");
    }

    @Test
    void a_staff_token_for_a_department_that_does_not_exist_is_refused_with_65_as_a_staff_account_is() {
        CliRun.Result r = cli.run("tokens", "create", "--role", "STAFF", "--department", "不存在部", "--name", "x");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(65);
        assertThat(r.err()).contains("department", "不存在部", "招商部", "财务部");
        assertThat(r.out()).doesNotContain("token");
        CliRun.Result account = cli.run("users", "create", "x.li", "--role", "STAFF", "--department", "不存在部");
        assertThat(account.exitCode()).as(account.err()).isEqualTo(65);
        assertThat(cli.run("tokens", "list", "--format", "json").out().strip()).isEqualTo("[ ]");
        assertThat(cli.run("tokens", "create", "--role", "STAFF", "--department", "财务部", "--name", "cashier")
                .exitCode()).isZero();
    }

    @Test
    void a_token_role_must_match_its_subject() {
        assertThat(cli.run("tokens", "create", "--role", "MERCHANT").exitCode()).isEqualTo(64);
        assertThat(cli.run("tokens", "create", "--role", "STAFF", "--buyer", "B1").exitCode()).isEqualTo(64);
    }

    @Test
    void an_unknown_mall_is_refused() {
        CliRun.Result r = cli.run("--mall", "NOPE", "stalls", "list");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no mall 'NOPE'");
    }

    @Test
    void a_server_database_that_cannot_be_reached_is_69_and_another_kind_of_url_64() {
        CliRun.Result r = CliRun.raw("--db-url", "jdbc:postgresql://127.0.0.1:1/mall?connectTimeout=2", "stalls",
                "list");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(69);
        assertThat(r.err()).contains("cannot open the database at jdbc:postgresql://127.0.0.1:1/mall");
        CliRun.Result other = CliRun.raw("--db-url", "jdbc:mysql://localhost/mall", "stalls", "list");
        assertThat(other.exitCode()).isEqualTo(64);
        assertThat(other.err()).contains("jdbc:postgresql://HOST[:PORT]/DATABASE");
    }

    @Test
    void a_db_file_that_cannot_be_a_database_is_66_naming_the_file_and_why() throws IOException {
        Path text = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not a database at all, but text\n"
                .repeat(200));
        CliRun.Result notDb = CliRun.raw("--db", text.toString(), "stalls", "list");
        assertThat(notDb.exitCode()).as(notDb.err()).isEqualTo(66);
        assertThat(notDb.err()).contains("cannot open " + text.toAbsolutePath())
                .contains("it is not a database file").doesNotContain("SQLITE_");
        assertThat(java.nio.file.Files.readString(text)).startsWith("not a database at all");

        Path folder = java.nio.file.Files.createDirectory(dir.resolve("a-folder"));
        CliRun.Result isFolder = CliRun.raw("--db", folder.toString(), "stalls", "list");
        assertThat(isFolder.exitCode()).as(isFolder.err()).isEqualTo(66);
        assertThat(isFolder.err()).contains("it is a folder, not a database file");

        Path nowhere = dir.resolve("no-such-folder").resolve("mall.db");
        CliRun.Result missing = CliRun.raw("--db", nowhere.toString(), "buyers", "stats", "--by", "category",
                "--from", "2026-01-01", "--to", "2026-01-31");
        assertThat(missing.exitCode()).as(missing.err()).isEqualTo(66);
        assertThat(missing.err()).contains("its folder " + nowhere.getParent().toAbsolutePath() + " does not exist");
        assertThat(java.nio.file.Files.exists(nowhere.getParent())).isFalse();
    }

    private static java.util.Set<String> field(String json, String name) throws IOException {
        java.util.Set<String> values = new java.util.HashSet<>();
        Json.mapper().readTree(json).forEach(n -> values.add(n.get(name).asText()));
        return values;
    }
}
