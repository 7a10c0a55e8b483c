package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.access.TestTokens.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.HttpApi;
import org.mallcrm.adapters.http.RouteTable;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

/**
 * One server for every mall of a database: the mall of the caller's token is the mall of each request. Every
 * read route, with a token of mall DM of a database that also holds YW (with the same numbers everywhere), answers
 * exactly what it answers when DM is the database's only mall; settings change one mall only; the group report is
 * for group-level staff and shows each mall as its own report does.
 */
class TwoMallsServerTest {

    @TempDir
    Path dir;

    private final List<WebServer> servers = new ArrayList<>();
    private final List<Database> databases = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    /** The coupon code claimed in each mall of each database ("group DM", "group YW", "alone DM"): codes are random. */
    private final Map<String, String> codes = new LinkedHashMap<>();

    @AfterEach
    void stop() {
        System.clearProperty("mallcrm.now");
        servers.forEach(WebServer::stop);
        databases.forEach(Database::close);
        http.close();
    }

    /** A server over a database, and its base URL. */
    private String serve(Path db) {
        Database d = AppContext.openDatabase(TestStore.location(db));
        databases.add(d);
        WebServer s = HttpApi.start("127.0.0.1", 0, AppContext.httpServicesOfEveryMall(d));
        servers.add(s);
        return "http://127.0.0.1:" + s.port();
    }

    /** Tokens of a mall: staff (no department), a merchant's and a channel's. */
    private static Map<String, String> tokens(Path db, String mall) {
        Map<String, String> t = new LinkedHashMap<>();
        try (AppContext ctx = AppContext.open(TestStore.location(db), Optional.of(mall))) {
            t.put("staff", token(ctx.tokens().create(new Principal("staff", Role.STAFF, Optional.empty(),
                    Optional.empty()))));
            t.put("merchant", token(ctx.tokens().create(new Principal("m1", Role.MERCHANT, Optional.of("M-0001"),
                    Optional.empty()))));
            t.put("channel", token(ctx.tokens().create(new Principal("ch1", Role.CHANNEL, Optional.of("CH01"),
                    Optional.empty()))));
            t.put("finance", token(ctx.tokens().create(new Principal("finance", Role.STAFF, Optional.empty(),
                    Optional.of("财务部")))));
            t.put("group", token(ctx.tokens().create(new Principal("group", Role.STAFF, Optional.empty(),
                    Optional.empty(), true))));
            t.put("buyer", token(ctx.tokens().create(new Principal("b1", Role.BUYER, Optional.of("b1"),
                    Optional.empty()))));
        }
        return t;
    }

    record Reply(int status, String body, String contentType) {
    }

    private Reply call(String base, String token, String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization",
                "Bearer " + token);
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stands in a path for the coupon code claimed in the caller's mall (codes are random, one per mall). */
    static final String CODE = "{CODE}";

    /** Every read of the API and who reads it (a concrete path of each GET route of the route table). */
    static final Map<String, String[]> READS = new LinkedHashMap<>();

    static void read(String template, String who, String path) {
        READS.put(template + " as " + who, new String[] {who, path});
    }

    static {
        String b = "/api/v1";
        read(b + "/me", "staff", b + "/me");
        read(b + "/me", "merchant", b + "/me");
        read(b + "/stalls", "staff", b + "/stalls");
        read(b + "/stalls/{no}", "staff", b + "/stalls/1F-A-101");
        read(b + "/stalls/{no}/history", "staff", b + "/stalls/1F-A-105/history");
        read(b + "/floors/{floor}/plan.svg", "staff", b + "/floors/1F/plan.svg");
        read(b + "/floors/{floor}/stats", "staff", b + "/floors/1F/stats");
        read(b + "/merchants", "staff", b + "/merchants");
        read(b + "/merchants/{no}", "staff", b + "/merchants/M-0001");
        read(b + "/merchants/{no}/follow-ups", "staff", b + "/merchants/M-0002/follow-ups");
        read(b + "/merchants/{no}/log", "staff", b + "/merchants/M-0001/log");
        read(b + "/merchants/{no}/credit", "staff", b + "/merchants/M-0001/credit?as_of=2026-02-01");
        read(b + "/follow-ups/due", "staff", b + "/follow-ups/due?as_of=2026-01-31");
        read(b + "/merchant-reports/{report}", "staff", b + "/merchant-reports/funnel");
        read(b + "/credit-types", "staff", b + "/credit-types");
        read(b + "/me/credit", "merchant", b + "/me/credit?as_of=2026-02-01");
        read(b + "/overtime-requests", "staff", b + "/overtime-requests");
        read(b + "/overtime-requests/{no}", "staff", b + "/overtime-requests/OT-000002");
        read(b + "/repair-requests", "staff", b + "/repair-requests");
        read(b + "/repair-requests/{no}", "staff", b + "/repair-requests/RP-000003");
        read(b + "/feedback", "staff", b + "/feedback");
        read(b + "/feedback/{no}", "staff", b + "/feedback/FB-000001");
        read(b + "/me/overtime-requests", "merchant", b + "/me/overtime-requests");
        read(b + "/me/overtime-requests/{no}", "merchant", b + "/me/overtime-requests/OT-000002");
        read(b + "/me/repair-requests", "merchant", b + "/me/repair-requests");
        read(b + "/me/repair-requests/{no}", "merchant", b + "/me/repair-requests/RP-000003");
        read(b + "/me/feedback", "merchant", b + "/me/feedback");
        read(b + "/me/feedback/{no}", "merchant", b + "/me/feedback/FB-000001");
        read(b + "/leases", "staff", b + "/leases");
        read(b + "/leases/{no}", "staff", b + "/leases/L-2026-0001");
        read(b + "/leases/{no}/schedule", "staff", b + "/leases/L-2026-0001/schedule?as_of=2026-04-01");
        read(b + "/receipts", "staff", b + "/receipts");
        read(b + "/receipts/{no}", "staff", b + "/receipts/R-L-2026-0001-1");
        read(b + "/reminders", "staff", b + "/reminders?as_of=2026-04-01&within=30");
        read(b + "/deposits", "staff", b + "/deposits");
        read(b + "/deposits/{no}", "staff", b + "/deposits/D-000001");
        read(b + "/placements", "staff", b + "/placements");
        read(b + "/placements/{no}", "staff", b + "/placements/P-000001");
        read(b + "/exits", "staff", b + "/exits");
        read(b + "/exits/{no}", "staff", b + "/exits/X-000001");
        read(b + "/me/leases", "merchant", b + "/me/leases");
        read(b + "/me/leases/{no}", "merchant", b + "/me/leases/L-2026-0001");
        read(b + "/me/leases/{no}/schedule", "merchant", b + "/me/leases/L-2026-0001/schedule?as_of=2026-04-01");
        read(b + "/me/bills", "merchant", b + "/me/bills?as_of=2026-04-01");
        read(b + "/trips", "staff", b + "/trips");
        read(b + "/trips/{no}", "staff", b + "/trips/T-001");
        read(b + "/trips/{no}/heads", "staff", b + "/trips/T-001/heads");
        read(b + "/commissions", "staff", b + "/commissions?from=2026-03-01&to=2026-03-31");
        read(b + "/me/trips", "channel", b + "/me/trips");
        read(b + "/me/trips/{no}", "channel", b + "/me/trips/T-001");
        read(b + "/me/statements", "channel", b + "/me/statements");
        read(b + "/me/statements/{month}", "channel", b + "/me/statements/2026-03?heads=true");
        read(b + "/settings", "staff", b + "/settings?limit=100");
        read(b + "/settings/history", "staff", b + "/settings/history");
        read(b + "/buyers", "staff", b + "/buyers");
        read(b + "/buyers/stats", "staff", b + "/buyers/stats?by=category");
        read(b + "/buyers/rfm", "staff", b + "/buyers/rfm");
        read(b + "/campaigns", "staff", b + "/campaigns");
        read(b + "/coupons", "staff", b + "/coupons");
        read(b + "/redemptions", "staff", b + "/redemptions");
        read(b + "/subsidies/{merchant}/{month}", "staff", b + "/subsidies/M-0001/2026-10");
        read(b + "/me/redemptions", "merchant", b + "/me/redemptions");
        read(b + "/me/subsidies", "merchant", b + "/me/subsidies");
        read(b + "/me/subsidies/{month}", "merchant", b + "/me/subsidies/2026-10");
        read(b + "/buyers/{id}", "staff", b + "/buyers/b1");
        read(b + "/campaigns/{no}", "staff", b + "/campaigns/C-1");
        read(b + "/campaigns/{no}/stats", "staff", b + "/campaigns/C-1/stats");
        read(b + "/campaigns/{no}/signups", "staff", b + "/campaigns/E-1/signups");
        read(b + "/coupons/{code}", "staff", b + "/coupons/" + CODE);
        read(b + "/redemptions/{no}", "staff", b + "/redemptions/RD-" + CODE + "-1");
        read(b + "/me/redemptions/{no}", "merchant", b + "/me/redemptions/RD-" + CODE + "-1");
        read(b + "/me/coupons", "buyer", b + "/me/coupons");
        read(b + "/me/signups", "buyer", b + "/me/signups");
    }

    /** Marketing steps of a mall (on top of {@link TwoMallsTest#steps}), run as of 2026-10-02 10:00 Beijing time. */
    private static List<String[]> marketing(TwoMallsTest.Flavour f, Path d) {
        String buyers = "buyer_id,name,phone,main_category,province,transport_mode\n"
                + "b1," + f.text() + "王芳,13800138001,女装,浙江,COACH\n"
                + "b2," + f.text() + "李强,13800138002,男装,广东省,自驾\n";
        String coupon = """
                { "campaign_no": "C-1", "name": "%s国庆满减", "kind": "COUPON",
                  "starts_at": "2026-10-01T00:00:00+08:00", "ends_at": "2026-10-31T23:59:59+08:00",
                  "coupon": {"face": "AMOUNT_OFF", "threshold": "500.00", "amount": "50.00", "stock": 10,
                             "per_buyer": 1, "mall_share_pct": "60"} }
                """.formatted(f.text());
        String event = """
                { "campaign_no": "E-1", "name": "%s秋季订货会", "kind": "EVENT",
                  "starts_at": "2026-10-20T09:00:00+08:00", "ends_at": "2026-10-20T18:00:00+08:00", "capacity": 50 }
                """.formatted(f.text());
        return List.of(new String[] {"import", "buyers", CliRun.write(d, "buyers.csv", buyers).toString()},
                new String[] {"campaigns", "create", "--spec", CliRun.write(d, "c1.json", coupon).toString()},
                new String[] {"campaigns", "create", "--spec", CliRun.write(d, "e1.json", event).toString()},
                new String[] {"campaigns", "start", "C-1"}, new String[] {"campaigns", "start", "E-1"});
    }

    /** Claims a coupon for b1 in a mall and redeems it at M-0001; remembers its code under {@code key}. */
    private void couponOf(CliRun cli, String mall, String key) {
        String code = cli.json("--mall", mall, "coupons", "claim", "--campaign", "C-1", "--buyer", "b1", "--at",
                "2026-10-02T09:00:00+08:00").get("coupon_code").asText();
        cli.ok("--mall", mall, "coupons", "redeem", code, "--merchant", "M-0001", "--order-amount", "800.00",
                "--at", "2026-10-02T09:30:00+08:00");
        codes.put(key, code);
    }

    /** Signs b1 up for the event E-1 through the buyer app, as the buyer of that mall. */
    private void signUp(String base, String buyerToken) {
        Reply r = call(base, buyerToken, "POST", "/api/v1/campaigns/E-1/signups", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    /** A body with its timestamps and the mall's coupon code made neutral, to compare two databases' answers. */
    private String neutral(String body, String code) {
        String grouped = String.join("-", code.split("(?<=\\G.{4})"));   // as printed for people: DXH0-CE3P-…
        return normalized(body.replace(code, "<code>").replace(grouped, "<code>"));
    }

    /** Two databases filled alike for DM: one with YW beside it, one without. */
    private String[] bases() throws IOException {
        System.setProperty("mallcrm.now", "2026-10-02T10:00:00+08:00");
        Path groupDb = dir.resolve("group.db");
        Path aloneDb = dir.resolve("alone.db");
        CliRun both = new CliRun(groupDb);
        CliRun alone = new CliRun(aloneDb);
        both.ok("malls", "create", "DM", "--name", TwoMallsTest.DM.name());
        both.ok("malls", "create", "YW", "--name", TwoMallsTest.YW.name());
        alone.ok("malls", "create", "DM", "--name", TwoMallsTest.DM.name());
        List<String[]> dm = TwoMallsTest.steps(TwoMallsTest.DM, Files.createDirectories(dir.resolve("dm")));
        List<String[]> yw = TwoMallsTest.steps(TwoMallsTest.YW, Files.createDirectories(dir.resolve("yw")));
        for (int i = 0; i < dm.size(); i++) {
            both.ok(onMall("DM", dm.get(i)));
            both.ok(onMall("YW", yw.get(i)));
            alone.ok(onMall("DM", dm.get(i)));
        }
        for (CliRun cli : List.of(both, alone)) {
            for (String mall : cli == both ? List.of("DM", "YW") : List.of("DM")) {
                cli.ok("--mall", mall, "requests", "create", "overtime", "--merchant", "M-0001", "--stall",
                        "1F-A-101", "--date", "2026-12-20", "--from", "18:00", "--to", "21:00", "--reason",
                        mall + "到货");
                cli.ok("--mall", mall, "requests", "create", "repair", "--merchant", "M-0001", "--stall",
                        "1F-A-101", "--category", "空调", "--description", mall + "不制冷");
                TwoMallsTest.Flavour f = mall.equals("DM") ? TwoMallsTest.DM : TwoMallsTest.YW;
                Path d = Files.createDirectories(dir.resolve((cli == both ? "group-" : "alone-") + mall));
                marketing(f, d).forEach(step -> cli.ok(onMall(mall, step)));
                couponOf(cli, mall, (cli == both ? "group " : "alone ") + mall);
            }
        }
        return new String[] {serve(groupDb), serve(aloneDb)};
    }

    @Test
    void every_read_of_one_mall_is_the_same_whether_or_not_another_mall_shares_its_numbers() throws IOException {
        String[] bases = bases();
        Map<String, String> dm = tokens(dir.resolve("group.db"), "DM");
        Map<String, String> yw = tokens(dir.resolve("group.db"), "YW");
        Map<String, String> alone = tokens(dir.resolve("alone.db"), "DM");

        signUp(bases[0], dm.get("buyer"));
        signUp(bases[0], yw.get("buyer"));
        signUp(bases[1], alone.get("buyer"));
        String dmCode = codes.get("group DM");
        String ywCode = codes.get("group YW");
        String aloneCode = codes.get("alone DM");

        List<String> templates = new ArrayList<>();
        READS.forEach((label, r) -> {
            Reply inGroup = call(bases[0], dm.get(r[0]), "GET", r[1].replace(CODE, dmCode), null);
            Reply onItsOwn = call(bases[1], alone.get(r[0]), "GET", r[1].replace(CODE, aloneCode), null);
            assertThat(inGroup.status()).as(label + " " + inGroup.body()).isEqualTo(200);
            assertThat(neutral(inGroup.body(), dmCode)).as(label).isEqualTo(neutral(onItsOwn.body(), aloneCode))
                    .doesNotContain(TwoMallsTest.YW.text()).doesNotContain("YW-B2").doesNotContain(ywCode);
            Reply other = call(bases[0], yw.get(r[0]), "GET", r[1].replace(CODE, ywCode), null);
            assertThat(other.status()).as(label).isEqualTo(200);
            assertThat(other.body()).as(label).doesNotContain(TwoMallsTest.DM.text()).doesNotContain("DM-B2")
                    .doesNotContain(dmCode);
            if (r[1].contains(CODE)) {   // the other mall's code is not found from this mall
                Reply foreign = call(bases[0], dm.get(r[0]), "GET", r[1].replace(CODE, ywCode), null);
                assertThat(foreign.status()).as(label + " with the other mall's code").isEqualTo(404);
            }
            templates.add(label.substring(0, label.indexOf(" as ")));
        });
        // every read the API registers is in the walk (but the group report, checked below)
        for (RouteTable.Row row : RouteTable.api().rows()) {
            if (row.method().equals("GET") && row.path().startsWith("/api/v1") && !row.access().groupLevel()) {
                assertThat(templates).as("a read of two malls for " + row.key()).contains(row.path());
            }
        }
        assertThat(call(bases[0], yw.get("staff"), "GET", "/api/v1/stalls/1F-A-101", null).body()).contains("210.00");
        assertThat(call(bases[0], dm.get("staff"), "GET", "/api/v1/me", null).body()).contains("\"mall\":\"DM\"");
        assertThat(call(bases[0], yw.get("merchant"), "GET", "/api/v1/me/leases", null).body())
                .contains("L-2026-0001").contains("210.00");
    }

    @Test
    void settings_change_the_callers_mall_only_and_the_group_report_is_for_group_level_staff() throws IOException {
        String[] bases = bases();
        String base = bases[0];
        Map<String, String> dm = tokens(dir.resolve("group.db"), "DM");
        Map<String, String> yw = tokens(dir.resolve("group.db"), "YW");

        Reply changed = call(base, dm.get("staff"), "PATCH", "/api/v1/settings",
                "{\"lease.advance_days\": \"15\", \"late_fee.grace_days\": \"3\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode c = Json.mapper().readTree(changed.body());
        assertThat(c.get("changes")).extracting(x -> x.get("key").asText() + " " + x.get("old_value").asText() + "→"
                + x.get("new_value").asText() + " by " + x.get("changed_by").asText())
                .containsExactly("lease.advance_days 30→15 by staff", "late_fee.grace_days 0→3 by staff");
        assertThat(setting(base, dm.get("staff"), "lease.advance_days")).isEqualTo("15");
        assertThat(setting(base, yw.get("staff"), "lease.advance_days")).isEqualTo("30");
        assertThat(new CliRun(dir.resolve("group.db")).json("--mall", "DM", "settings", "history")).hasSize(2);

        Reply bad = call(base, dm.get("staff"), "PATCH", "/api/v1/settings",
                "{\"lease.advance_days\": \"soon\", \"no.such\": \"1\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        JsonNode problem = Json.mapper().readTree(bad.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("type").asText()).isNotBlank();
        JsonNode errors = problem.get("errors");
        assertThat(errors).extracting(e -> e.get("field").asText()).containsExactly("lease.advance_days", "no.such");
        assertThat(errors).extracting(e -> e.get("reason").asText()).allSatisfy(r -> assertThat(r).isNotBlank());
        assertThat(errors.get(1).get("reason").asText()).contains("no such setting");
        assertThat(setting(base, dm.get("staff"), "lease.advance_days")).isEqualTo("15");
        assertThat(call(base, dm.get("finance"), "PATCH", "/api/v1/settings", "{\"lease.advance_days\": \"20\"}")
                .status()).isEqualTo(403);
        assertThat(call(base, dm.get("merchant"), "GET", "/api/v1/settings", null).status()).isEqualTo(403);

        assertThat(call(base, dm.get("staff"), "GET", "/api/v1/group/report", null).status()).isEqualTo(403);
        Reply report = call(base, yw.get("group"), "GET", "/api/v1/group/report?from=2026-01-01&as_of=2026-04-01",
                null);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode r = Json.mapper().readTree(report.body());
        assertThat(r.get("malls")).extracting(m -> m.get("mall").asText()).containsExactly("DM", "YW");
        CliRun cli = new CliRun(dir.resolve("group.db"));
        for (JsonNode m : r.get("malls")) {
            assertThat(m).isEqualTo(cli.json("--mall", m.get("mall").asText(), "reports", "mall", "--from",
                    "2026-01-01", "--as-of", "2026-04-01"));
        }
        assertThat(r).isEqualTo(cli.json("reports", "group", "--from", "2026-01-01", "--as-of", "2026-04-01"));
        assertThat(call(base, yw.get("group"), "GET", "/api/v1/group/report?from=2026-05-01&as_of=2026-04-01", null)
                .status()).isEqualTo(400);
    }

    private String setting(String base, String token, String key) throws IOException {
        JsonNode items = Json.mapper().readTree(call(base, token, "GET", "/api/v1/settings?limit=100", null).body())
                .get("items");
        for (JsonNode s : items) {
            if (s.get("key").asText().equals(key)) {
                return s.get("value").asText();
            }
        }
        throw new AssertionError("no setting " + key);
    }

    private static String[] onMall(String code, String[] args) {
        List<String> all = new ArrayList<>(List.of("--mall", code));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private static String normalized(String out) {
        return out.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)", "<instant>");
    }
}
