package org.mallcrm.cli.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.HttpApi;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.TestStore;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.fixtures.access.TestTokens;

/**
 * Claims and redemptions racing over real HTTP against the real database (SQLite, and PostgreSQL in the build's
 * second run): 1,000 buyers claiming a stock of 100 at once get exactly 100 coupons, the rest OUT_OF_STOCK; 20
 * simultaneous claims of one buyer with a limit of 2 get exactly 2; 50 simultaneous redemptions of one code (by its
 * merchant and another) redeem it exactly once, the rest ALREADY_REDEEMED. Domain-rules.md F2. A request the
 * database was too busy for (503, nothing written) is retried by the client, as {@code Retry-After} asks.
 */
class CouponRaceServerTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private WebServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (ctx != null) {
            ctx.close();
        }
        http.close();
        MarketingCli.realTime();
    }

    static final int BUYERS = 1000;

    static String spec(String no, int stock, int perBuyer) {
        return """
                {"campaign_no": "%s", "name": "抢券", "kind": "COUPON",
                 "starts_at": "2026-06-01T00:00:00+08:00", "ends_at": "2026-06-30T23:59:59+08:00",
                 "coupon": {"face": "AMOUNT_OFF", "threshold": "0", "amount": "10.00", "stock": %d,
                            "per_buyer": %d, "mall_share_pct": "50"}}""".formatted(no, stock, perBuyer);
    }

    private HttpResponse<String> post(String token, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String token, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + path)).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    /**
     * Runs the calls all at once from {@code threads} threads; the outcome of each: status and refusal code. A 503
     * (the database busy: nothing written, {@code Retry-After}) is retried as a client does, a moment later.
     */
    static List<String> race(int threads, List<Callable<HttpResponse<String>>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> replies = new ArrayList<>();
            for (Callable<HttpResponse<String>> c : calls) {
                replies.add(pool.submit(() -> {
                    go.await();
                    HttpResponse<String> r = c.call();
                    for (int retry = 0; r.statusCode() == 503 && retry < 50; retry++) {
                        Thread.sleep(100 + 20L * retry);
                        r = c.call();
                    }
                    return r;
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<HttpResponse<String>> f : replies) {
                HttpResponse<String> r = f.get();
                JsonNode body = Json.mapper().readTree(r.body());
                outcomes.add(r.statusCode() + (body.has("refused") ? " " + body.get("refused").asText() : ""));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    static Map<String, Integer> tally(List<String> outcomes) {
        Map<String, Integer> t = new TreeMap<>();
        outcomes.forEach(o -> t.merge(o, 1, Integer::sum));
        return t;
    }

    @Test
    void a_thousand_buyers_claim_a_stock_of_100_and_fifty_redemptions_of_one_code_redeem_it_once() throws Exception {
        MarketingCli mall = new MarketingCli(dir);
        MarketingCli.now("2026-06-10T10:00:00+08:00");
        StringBuilder csv = new StringBuilder("buyer_id,name,phone\n");
        for (int i = 1; i <= BUYERS; i++) {
            csv.append(String.format("R%04d,客户%d,1390%07d%n", i, i, i));
        }
        mall.ok("import", "buyers", mall.write("buyers.csv", csv.toString()).toString());
        mall.ok("campaigns", "create", "--spec", mall.write("c1.json", spec("C-RACE", 100, 1)).toString());
        mall.ok("campaigns", "start", "C-RACE");
        mall.ok("campaigns", "create", "--spec", mall.write("c2.json", spec("C-TWO", 100, 2)).toString());
        mall.ok("campaigns", "start", "C-TWO");
        ctx = AppContext.open(TestStore.location(dir.resolve("mall.db")), Optional.empty());
        List<String> buyers = new ArrayList<>();
        for (int i = 1; i <= BUYERS; i++) {
            buyers.add(token("R" + String.format("%04d", i), Role.BUYER));
        }
        String m1 = token("M-0001", Role.MERCHANT);
        String m2 = token("M-0002", Role.MERCHANT);
        String staff = TestTokens.token(ctx.tokens().create(new Principal("staff", Role.STAFF, Optional.empty(),
                Optional.empty())));
        server = HttpApi.start("127.0.0.1", 0, ctx.httpServices());

        List<Callable<HttpResponse<String>>> claims = new ArrayList<>();
        for (String b : buyers) {
            claims.add(() -> post(b, "/api/v1/campaigns/C-RACE/claims", null));
        }
        Map<String, Integer> claimed = tally(race(64, claims));
        assertThat(claimed).isEqualTo(Map.of("201", 100, "409 OUT_OF_STOCK", 900));
        assertThat(get(staff, "/api/v1/coupons?campaign=C-RACE&limit=1000").get("items")).hasSize(100);
        assertThat(get(staff, "/api/v1/campaigns/C-RACE").get("claimed").asLong()).isEqualTo(100);

        String one = buyers.get(0);
        List<Callable<HttpResponse<String>>> same = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            same.add(() -> post(one, "/api/v1/campaigns/C-TWO/claims", null));
        }
        assertThat(tally(race(20, same))).isEqualTo(Map.of("201", 2, "409 PER_BUYER_LIMIT", 18));

        String code = get(staff, "/api/v1/coupons?campaign=C-RACE&limit=1").get("items").get(0).get("coupon_code")
                .asText();
        List<Callable<HttpResponse<String>>> redemptions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String merchant = i % 2 == 0 ? m1 : m2;
            String body = "{\"coupon_code\": \"" + code + "\", \"order_amount\": \"100.00\", \"order_no\": \"SO-" + i
                    + "\"}";
            redemptions.add(() -> post(merchant, "/api/v1/redemptions", body));
        }
        assertThat(tally(race(50, redemptions))).isEqualTo(Map.of("201", 1, "409 ALREADY_REDEEMED", 49));
        JsonNode redeemed = get(staff, "/api/v1/redemptions?campaign=C-RACE");
        assertThat(redeemed.get("items")).hasSize(1);
        assertThat(redeemed.get("items").get(0).get("coupon_code").asText()).isEqualTo(code);
    }

    private String token(String subject, Role role) {
        return TestTokens.token(ctx.tokens().create(new Principal("t-" + subject, role, Optional.of(subject),
                Optional.empty())));
    }
}
