package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.common.Json;

/**
 * Two malls of one group in one database, with the same numbers everywhere (stall 1F-A-101, merchant M-0001, lease
 * L-2026-0001, deposit D-000001, trip T-001, scan S000001 …): nothing of one mall is ever visible from the other.
 * Every list and show command run on mall DM of a database that also holds YW (set up step by step alongside it)
 * prints exactly what it prints when DM is the database's only mall.
 */
class TwoMallsTest {

    @TempDir
    Path dir;

    /** What makes one mall's data different from the other's while keeping every number the same. */
    record Flavour(String code, String name, String merchant, String rent, String amount, String text) {
    }

    static final Flavour DM = new Flavour("DM", "东贸批发商城", "杭州丽人服饰", "180.00", "8190.00", "东贸");
    static final Flavour YW = new Flavour("YW", "义乌国际商贸城", "义乌小商品行", "210.00", "5000.00", "义乌");

    /** The steps that fill a mall, each a command line without {@code --mall}. */
    static List<String[]> steps(Flavour f, Path d) {
        String stalls = "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n"
                + "1F-A-101,1F,A,女装,45.50," + f.rent() + ",VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n"
                + "1F-A-102,1F,A,男装,24.00,150.00,VACANT,\"POLYGON((8000 0, 12000 0, 12000 6000, 8000 6000, 8000 0))\"\n"
                + "1F-A-103,1F,A,童装,24.00,170.00,VACANT,\"POLYGON((12000 0, 16000 0, 16000 6000, 12000 6000, 12000 0))\"\n"
                + "1F-A-105,1F,A,鞋包,40.00,120.00,VACANT,\"POLYGON((0 6000, 8000 6000, 8000 11000, 0 11000, 0 6000))\"\n";
        String merchants = "merchant_no,name,contact_name,phone,lead_source,stage,grade,business_type,province\n"
                + "M-0001," + f.merchant() + ",王丽,13800000001,展会,NEGOTIATING,A,女装,浙江\n"
                + "M-0002," + f.text() + "潮男,李强,13900000002,老客户介绍,QUALIFIED,B,男装,广东\n";
        String types = "[{\"code\": \"LATE_OPENING\", \"name\": \"" + f.text() + "迟开门\", \"points\": -1, "
                + "\"severity\": \"NORMAL\"}]";
        String lease = """
                { "lease_no": "L-2026-0001", "merchant_no": "M-0001", "stall_nos": ["1F-A-101"], "kind": "NEW",
                  "start": "2026-01-15", "end": "2027-01-14", "rent_per_m2_month": "%s", "billing": "QUARTERLY",
                  "rent_free": [{"from": "2026-01-15", "to": "2026-03-14"}], "security_deposit": "16380.00" }
                """.formatted(f.rent());
        String trips = ChannelCommandsTest.TRIP_HEADER
                + ChannelCommandsTest.trip("T-001", "CH01", "2026-03-10T09:00", "2026-03-10T11:00", 3);
        String scans = ChannelCommandsTest.SCAN_HEADER
                + "S000001,CHANNEL,QR-T-001,B1," + ChannelCommandsTest.at("2026-03-10T08:00") + "\n"
                + "S000002,CHECKIN,GATE-1,B1," + ChannelCommandsTest.at("2026-03-10T09:30") + "\n"
                + "S000003,CHANNEL,QR-T-001," + f.code() + "-B2," + ChannelCommandsTest.at("2026-03-10T08:05") + "\n"
                + "S000004,CHECKIN,GATE-1," + f.code() + "-B2," + ChannelCommandsTest.at("2026-03-10T09:40") + "\n";
        return List.of(
                a("import", "stalls", write(d, "stalls.csv", stalls)),
                a("import", "merchants", write(d, "merchants.csv", merchants)),
                a("credit", "types", "--set", write(d, "types.json", types)),
                a("settings", "set", "lease.reminder_days", f == DM ? "7" : "10"),
                a("leases", "create", "--spec", write(d, "lease.json", lease)),
                a("receipts", "record", "--lease", "L-2026-0001", "--amount", f.amount(), "--on", "2026-01-15"),
                a("deposits", "hold", "1F-A-102", "--merchant", "M-0002", "--amount", f.amount(), "--kind",
                        "EARNEST", "--on", "2026-01-05"),
                a("placements", "create", "--merchant", "M-0002", "--stall", "1F-A-103", "--rent", f.rent(),
                        "--grade", "B"),
                a("exits", "request", "--lease", "L-2026-0001", "--type", "SURRENDER", "--exit-on", "2026-12-31", "--reason",
                        f.text() + "合同到期", "--on", "2026-06-01"),
                a("credit", "record", "--merchant", "M-0001", "--type", "LATE_OPENING", "--on", "2026-01-20",
                        "--note", f.text()),
                a("requests", "create", "feedback", "--merchant", "M-0001", "--category", "卫生", "--text",
                        f.text() + "洗手间"),
                a("merchants", "follow-up", "M-0002", "--note", f.text() + "首次拜访", "--on", "2026-01-03",
                        "--next", "2026-01-10"),
                a("merchants", "log", "M-0001", "--note", f.text() + "提醒整改门头"),
                a("stalls", "split", "1F-A-105", "--cut", "x=" + (f == DM ? "3000" : "5000"), "--on",
                        "2026-02-01"),
                a("import", "trips", write(d, "trips.csv", trips)),
                a("import", "scans", write(d, "scans.csv", scans)),
                a("commissions", "statement", "--channel", "CH01", "--month", "2026-03", "--close"),
                a("tokens", "create", "--role", "STAFF", "--name", "ops", "--department", f == DM ? "财务部" : "招商部"));
    }

    /** Every list and show command, and what each prints is compared. */
    static List<String[]> queries() {
        return List.of(
                a("stalls", "list"), a("stalls", "show", "1F-A-101"), a("stalls", "history", "1F-A-105"),
                a("merchants", "list"), a("merchants", "show", "M-0001"), a("merchants", "show", "M-0002"),
                a("merchants", "report", "funnel"), a("merchants", "report", "conversion"),
                a("merchants", "report", "dwell", "--as-of", "2026-03-01"),
                a("merchants", "follow-ups", "M-0002"), a("merchants", "follow-ups", "--due", "--as-of", "2026-01-31"),
                a("merchants", "log", "M-0001"),
                a("leases", "list"), a("leases", "show", "L-2026-0001"),
                a("leases", "schedule", "L-2026-0001", "--as-of", "2026-04-01"),
                a("reminders", "--as-of", "2026-04-01", "--within", "30"),
                a("deposits", "list"), a("deposits", "show", "D-000001"),
                a("placements", "list"), a("placements", "show", "P-000001"),
                a("exits", "list"), a("exits", "show", "X-000001"),
                a("credit", "types"), a("credit", "show", "M-0001", "--as-of", "2026-02-01"), a("credit", "overdue"),
                a("requests", "list", "feedback"), a("requests", "show", "FB-000001"),
                a("commissions", "rules"), a("commissions", "reconcile", "--from", "2026-03-01", "--to", "2026-03-31"),
                a("commissions", "statement", "--channel", "CH01", "--month", "2026-03", "--heads"),
                a("commissions", "heads", "--trip", "T-001"),
                a("tokens", "list"), a("settings", "show"), a("settings", "history"));
    }

    @Test
    void every_list_and_show_of_one_mall_is_the_same_whether_or_not_another_mall_shares_its_numbers() {
        CliRun both = new CliRun(dir.resolve("group.db"));
        CliRun alone = new CliRun(dir.resolve("alone.db"));
        both.ok("malls", "create", "DM", "--name", DM.name());
        both.ok("malls", "create", "YW", "--name", YW.name());
        alone.ok("malls", "create", "DM", "--name", DM.name());
        List<String[]> dm = steps(DM, folder("dm"));
        List<String[]> yw = steps(YW, folder("yw"));
        for (int i = 0; i < dm.size(); i++) {
            // the two malls are filled side by side, one step each in turn
            both.ok(onMall("DM", dm.get(i)));
            both.ok(onMall("YW", yw.get(i)));
            alone.ok(onMall("DM", dm.get(i)));
        }

        Map<String, String> shared = new LinkedHashMap<>();
        for (String[] q : queries()) {
            String label = String.join(" ", q);
            String inGroup = normalized(both.ok(onMall("DM", json(q))).out());
            String onItsOwn = normalized(alone.ok(onMall("DM", json(q))).out());
            assertThat(inGroup).as(label).isEqualTo(onItsOwn).doesNotContain(YW.text()).doesNotContain("YW-B2");
            String other = normalized(both.ok(onMall("YW", json(q))).out());
            shared.put(label, other);
            assertThat(other).as(label).doesNotContain(DM.text()).doesNotContain("DM-B2");
        }
        // the other mall's own records are there, under the same numbers
        assertThat(shared.get("merchants show M-0001")).contains(YW.merchant());
        assertThat(shared.get("stalls show 1F-A-101")).contains("210.00");
        assertThat(shared.get("stalls history 1F-A-105")).contains("1F-A-105-1");
        assertThat(shared.get("settings show")).contains("\"value\" : \"10\"");
        // a plan drawn for one mall shows only its stalls
        both.ok("--mall", "DM", "stalls", "plan", "--floor", "1F", "--out", dir.resolve("dm.svg").toString());
        alone.ok("--mall", "DM", "stalls", "plan", "--floor", "1F", "--out", dir.resolve("alone.svg").toString());
        assertThat(read(dir.resolve("dm.svg"))).isEqualTo(read(dir.resolve("alone.svg")));
    }

    @Test
    void a_command_names_its_mall_when_the_database_holds_several() {
        CliRun cli = new CliRun(dir.resolve("group.db"));
        cli.ok("malls", "create", "DM", "--name", DM.name());
        assertThat(cli.ok("stalls", "list").err()).isEmpty();
        cli.ok("malls", "create", "yw", "--name", YW.name());

        CliRun.Result none = cli.run("stalls", "list");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("several malls (DM, YW)", "--mall CODE");
        CliRun.Result unknown = cli.run("--mall", "HZ", "stalls", "list");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no mall 'HZ'", "DM, YW");
        assertThat(cli.ok("--mall", "yw", "stalls", "list").exitCode()).isZero();
        JsonNode malls = cli.json("malls", "list");
        assertThat(malls).extracting(m -> m.get("code").asText()).containsExactly("DM", "YW");
        assertThat(malls.get(1).get("name").asText()).isEqualTo(YW.name());
        assertThat(cli.run("malls", "create", "DM", "--name", "again").exitCode()).isEqualTo(1);
        assertThat(cli.run("malls", "create", "D M", "--name", "x").exitCode()).isEqualTo(65);
    }

    private static String[] a(String... args) {
        return args;
    }

    private static String[] onMall(String code, String[] args) {
        List<String> all = new ArrayList<>(List.of("--mall", code));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private static String[] json(String[] args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json"));
        return all.toArray(String[]::new);
    }

    /** Instants of the moment a command ran differ between the two databases; everything else must not. */
    private static String normalized(String out) {
        return out.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)", "<instant>");
    }

    private Path folder(String name) {
        try {
            return Files.createDirectories(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Path d, String name, String content) {
        return CliRun.write(d, name, content).toString();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
