package org.mallcrm.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.HttpApi;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.adapters.persistence.EmbeddedPostgres;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliRun;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.fixtures.access.TestTokens;
import org.mallcrm.domain.access.Role;

/**
 * Two servers, each with its own composition root (its own pool, caches if any, scan writer), on one PostgreSQL
 * database behave as one system: of concurrent holds on one stall split across both exactly one wins; a scan posted
 * to both with one id is stored once; a token revoked through one is refused by the other at once; settings changed
 * through both at once are all kept, each made over the value before it, and read by the other server at once.
 */
class TwoServersOnOnePostgresTest {

    static final String STALLS = "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n"
            + "1F-A-101,1F,A,女装,45.50,180.00,VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n"
            + "1F-A-102,1F,A,男装,24.00,150.00,VACANT,\"POLYGON((8000 0, 12000 0, 12000 6000, 8000 6000, 8000 0))\"\n";
    static final String MERCHANTS = "merchant_no,name,contact_name,phone,lead_source,stage,grade,business_type,province\n"
            + "M-0001,杭州丽人服饰,王丽,13800000001,展会,NEGOTIATING,A,女装,浙江\n"
            + "M-0002,广州潮男,李强,13900000002,老客户介绍,QUALIFIED,B,男装,广东\n";
    static final int RACERS = 8;

    @TempDir
    static Path dir;
    static String url;
    static AppContext a;
    static AppContext b;
    static WebServer serverA;
    static WebServer serverB;
    static String staff;
    static String buyer;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void twoServers() {
        url = EmbeddedPostgres.blankDatabase();
        ok("import", "stalls", CliRun.write(dir, "stalls.csv", STALLS).toString());
        ok("import", "merchants", CliRun.write(dir, "merchants.csv", MERCHANTS).toString());
        // a buyer token names a buyer the mall has seen: one earlier check-in
        ok("import", "scans", CliRun.write(dir, "scans.csv", "scan_id,kind,code,buyer_id,scanned_at\n"
                + "S-EARLIER,CHECKIN,GATE-1,B001,2026-01-05T10:00:00+08:00\n").toString());
        a = AppContext.open(new AppContext.Location(url), Optional.empty());
        b = AppContext.open(new AppContext.Location(url), Optional.empty());
        staff = TestTokens.token(a.tokens().create(new Principal("ops", Role.STAFF, Optional.empty(),
                Optional.of("招商部"))));
        buyer = TestTokens.token(a.tokens().create(new Principal("b1", Role.BUYER, Optional.of("B001"),
                Optional.empty())));
        serverA = HttpApi.start("127.0.0.1", 0, a.httpServices());
        serverB = HttpApi.start("127.0.0.1", 0, b.httpServices());
    }

    @AfterAll
    static void stop() {
        for (WebServer s : new WebServer[] {serverA, serverB}) {
            if (s != null) {
                s.stop();
            }
        }
        for (AppContext c : new AppContext[] {a, b}) {
            if (c != null) {
                c.close();
            }
        }
    }

    static void ok(String... args) {
        List<String> all = new ArrayList<>(List.of("--db-url", url));
        all.addAll(List.of(args));
        CliRun.Result r = CliRun.raw(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    record Reply(int status, JsonNode body) {
    }

    static Reply send(WebServer server, String method, String path, String token, String body, String key) {
        try {
            HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .header("Authorization", "Bearer " + token)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                rb.header("Content-Type", "application/json");
            }
            if (key != null) {
                rb.header("Idempotency-Key", key);
            }
            HttpResponse<String> r = HTTP.send(rb.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body().isEmpty() ? null : Json.mapper().readTree(r.body()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs each call at the same moment on its own thread and returns the replies in order. */
    static List<Reply> atOnce(List<java.util.function.Supplier<Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.get();
                }));
            }
            go.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : futures) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void concurrent_holds_on_one_stall_split_across_both_servers_have_exactly_one_winner() throws Exception {
        List<java.util.function.Supplier<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            WebServer server = i % 2 == 0 ? serverA : serverB;
            String body = "{\"stall_no\": \"1F-A-101\", \"merchant_no\": \"" + (i % 4 < 2 ? "M-0001" : "M-0002")
                    + "\", \"amount\": \"5000\", \"kind\": \"PREPAYMENT\", \"on\": \"2026-05-01\"}";
            calls.add(() -> send(server, "POST", "/api/v1/deposits", staff, body, null));
        }

        List<Reply> replies = atOnce(calls);

        // one winner; every other is refused by the rule (409) or told to retry (503), never a second 201 or a 500
        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).extracting(Reply::status).allMatch(s -> s == 201 || s == 409 || s == 503);
        Reply listA = send(serverA, "GET", "/api/v1/deposits", staff, null, null);
        Reply listB = send(serverB, "GET", "/api/v1/deposits", staff, null, null);
        assertThat(listA.body()).isEqualTo(listB.body());
        JsonNode items = listA.body().has("items") ? listA.body().get("items") : listA.body();
        assertThat(items).hasSize(1);
        assertThat(send(serverB, "GET", "/api/v1/stalls/1F-A-101", staff, null, null).body().get("status").asText())
                .isEqualTo("RESERVED");
    }

    @Test
    void one_scan_posted_to_both_servers_at_once_is_stored_once() throws Exception {
        for (int round = 0; round < 5; round++) {
            String body = "{\"scan_id\": \"S-TWO-" + round + "\", \"kind\": \"CHECKIN\", \"code\": \"GATE-1\", "
                    + "\"scanned_at\": \"2026-03-10T09:0" + round + ":00+08:00\"}";
            List<Reply> replies = atOnce(List.of(
                    () -> send(serverA, "POST", "/api/v1/scans", buyer, body, null),
                    () -> send(serverB, "POST", "/api/v1/scans", buyer, body, null)));

            assertThat(replies).extracting(Reply::status).containsOnly(201);
            assertThat(replies.get(0).body()).isEqualTo(replies.get(1).body());
        }
        // and a retry without a scan id, first to one server then to the other, counts once
        Reply first = send(serverA, "POST", "/api/v1/scans", buyer, "{\"kind\": \"CHECKIN\", \"code\": \"GATE-2\"}",
                "retry-1");
        Reply retry = send(serverB, "POST", "/api/v1/scans", buyer, "{\"kind\": \"CHECKIN\", \"code\": \"GATE-2\"}",
                "retry-1");
        assertThat(retry.body().get("scan_id")).isEqualTo(first.body().get("scan_id"));

        long stored = a.database().dsl(ctx -> ctx.fetchCount(ctx.selectFrom("scan")));
        assertThat(stored).as("the earlier check-in and the six posted").isEqualTo(7);
    }

    @Test
    void a_token_revoked_through_one_server_is_refused_by_the_other_at_once() {
        String token = TestTokens.token(a.tokens().create(new Principal("temp", Role.STAFF, Optional.empty(),
                Optional.of("招商部"))));
        assertThat(send(serverB, "GET", "/api/v1/stalls?limit=1", token, null, null).status()).isEqualTo(200);
        assertThat(send(serverA, "GET", "/api/v1/stalls?limit=1", token, null, null).status()).isEqualTo(200);

        assertThat(a.tokens().revoke("temp")).isTrue();

        assertThat(send(serverB, "GET", "/api/v1/stalls?limit=1", token, null, null).status()).isEqualTo(401);
        assertThat(send(serverA, "GET", "/api/v1/stalls?limit=1", token, null, null).status()).isEqualTo(401);
    }

    @Test
    void a_buyer_token_revoked_through_one_server_is_refused_on_the_scan_route_of_the_other_at_once() {
        String token = TestTokens.token(a.tokens().create(new Principal("b-temp", Role.BUYER, Optional.of("B001"),
                Optional.empty())));
        // both servers have seen the token live on the scan route
        assertThat(send(serverA, "POST", "/api/v1/scans", token, "{\"scan_id\": \"RV-1\", \"kind\": \"CHECKIN\", "
                + "\"code\": \"GATE-1\"}", null).status()).isEqualTo(201);
        assertThat(send(serverB, "POST", "/api/v1/scans", token, "{\"scan_id\": \"RV-2\", \"kind\": \"CHECKIN\", "
                + "\"code\": \"GATE-1\"}", null).status()).isEqualTo(201);

        assertThat(a.tokens().revoke("b-temp")).isTrue();

        for (WebServer server : List.of(serverB, serverA)) {
            assertThat(send(server, "POST", "/api/v1/scans", token, "{\"scan_id\": \"RV-3\", \"kind\": "
                    + "\"CHECKIN\", \"code\": \"GATE-1\"}", null).status()).isEqualTo(401);
            assertThat(send(server, "POST", "/api/v1/scans", token, "{\"scan_id\": \"RV-1\", \"kind\": "
                    + "\"CHECKIN\", \"code\": \"GATE-1\"}", null).status()).isEqualTo(401);
        }
        long stored = a.database().dsl(ctx -> ctx.fetchCount(ctx.selectFrom("scan")
                .where(org.jooq.impl.DSL.field("scan_id").like("RV-%"))));
        assertThat(stored).isEqualTo(2);
    }

    @Test
    void settings_changed_through_both_servers_at_once_lose_no_change_and_each_server_reads_the_others()
            throws Exception {
        String admin = TestTokens.token(a.tokens().create(new Principal("admin", Role.STAFF, Optional.empty(),
                Optional.empty())));
        List<String[]> changes = List.of(new String[] {"lease.advance_days", "11"},
                new String[] {"lease.reminder_days", "8"}, new String[] {"deposit.hold_days", "20"},
                new String[] {"late_fee.grace_days", "2"}, new String[] {"credit.blacklist_months", "12"},
                new String[] {"commission.min_heads", "2"}, new String[] {"coupon.reversal_hours", "36"},
                new String[] {"buyer.rfm_window_days", "200"});
        List<java.util.function.Supplier<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            WebServer server = i % 2 == 0 ? serverA : serverB;
            String body = "{\"" + changes.get(i)[0] + "\": \"" + changes.get(i)[1] + "\"}";
            calls.add(() -> send(server, "PATCH", "/api/v1/settings", admin, body, null));
        }
        List<java.util.function.Supplier<Reply>> sameKey = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            WebServer server = i % 2 == 0 ? serverA : serverB;
            String body = "{\"lease.advance_days\": \"" + (40 + i) + "\"}";
            sameKey.add(() -> send(server, "PATCH", "/api/v1/settings", admin, body, null));
        }

        List<Reply> replies = atOnce(calls);
        List<Reply> sameKeyReplies = atOnce(sameKey);

        assertThat(replies).extracting(Reply::status).containsOnly(200);
        assertThat(sameKeyReplies).extracting(Reply::status).containsOnly(200);
        JsonNode history = send(serverB, "GET", "/api/v1/settings/history?limit=100", admin, null, null).body()
                .get("items");
        assertThat(history).hasSize(changes.size() + RACERS);
        // each change of the raced key started from the value the change before it left: none was made blind
        List<JsonNode> raced = new ArrayList<>();
        history.forEach(h -> {
            if (h.get("key").asText().equals("lease.advance_days")) {
                raced.add(h);
            }
        });
        assertThat(raced).hasSize(1 + RACERS);
        assertThat(raced.get(0).get("old_value").asText()).isEqualTo("30");
        for (int i = 1; i < raced.size(); i++) {
            assertThat(raced.get(i).get("old_value")).isEqualTo(raced.get(i - 1).get("new_value"));
        }
        // what one server changed, the other reads at once
        JsonNode shownByA = send(serverA, "GET", "/api/v1/settings?limit=100", admin, null, null).body()
                .get("items");
        for (JsonNode s : shownByA) {
            for (String[] c : changes.subList(1, changes.size())) {
                if (s.get("key").asText().equals(c[0])) {
                    assertThat(s.get("value").asText()).as(c[0]).isEqualTo(c[1]);
                }
            }
            if (s.get("key").asText().equals("lease.advance_days")) {
                assertThat(s.get("value")).isEqualTo(raced.get(raced.size() - 1).get("new_value"));
            }
        }
    }
}
