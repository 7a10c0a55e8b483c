package org.mallcrm.cli.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.e2e.JarProcess;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.fixtures.access.TestTokens;

/**
 * The same races as {@link CouponRaceServerTest}, across processes: three packaged {@code mallcrm serve} processes
 * on one SQLite file take the requests round robin. 1,000 buyers claiming a stock of 100 get exactly 100 coupons;
 * 50 simultaneous redemptions of one code redeem it exactly once.
 */
class CouponRaceProcessesE2E {

    @TempDir
    Path dir;

    private final List<Process> servers = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : servers) {
            p.destroy();
        }
        for (Process p : servers) {
            p.waitFor();
        }
        http.close();
        MarketingCli.realTime();
    }

    static final String NOW = "2026-06-10T10:00:00+08:00";

    /** Starts {@code mallcrm serve} on the test's database as a process of its own; its base URL. */
    private String serve() throws Exception {
        List<String> cmd = JarProcess.command("--db", dir.resolve("mall.db").toString(), "serve", "--port", "0");
        cmd.add(1, "-Dmallcrm.now=" + NOW);
        cmd.set(cmd.indexOf("-jar") + 1, JarProcess.jar().toAbsolutePath().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("MALLCRM_NO_PROGRESS", "1");
        Process p = pb.start();
        servers.add(p);
        p.getOutputStream().close();
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("serving (http://\\S+)");
        StringBuilder said = new StringBuilder();
        for (String line; (line = err.readLine()) != null; ) {
            said.append(line).append('\n');
            Matcher m = serving.matcher(line);
            if (m.find()) {
                String base = m.group(1);
                Thread drain = new Thread(() -> {
                    try {
                        err.transferTo(java.io.Writer.nullWriter());
                    } catch (java.io.IOException ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            }
        }
        throw new AssertionError("the server did not say where it listens:\n" + said);
    }

    private HttpResponse<String> post(String base, String token, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String base, String token, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    @Test
    void three_server_processes_on_one_database_file_give_out_the_stock_once_and_redeem_a_code_once()
            throws Exception {
        MarketingCli mall = new MarketingCli(dir);
        MarketingCli.now(NOW);
        StringBuilder csv = new StringBuilder("buyer_id,name,phone\n");
        for (int i = 1; i <= CouponRaceServerTest.BUYERS; i++) {
            csv.append(String.format("R%04d,客户%d,1390%07d%n", i, i, i));
        }
        mall.ok("import", "buyers", mall.write("buyers.csv", csv.toString()).toString());
        mall.ok("campaigns", "create", "--spec", mall.write("c1.json", CouponRaceServerTest.spec("C-RACE", 100, 1))
                .toString());
        mall.ok("campaigns", "start", "C-RACE");
        List<String> buyers = new ArrayList<>();
        String m1;
        String m2;
        String staff;
        try (AppContext ctx = AppContext.open(new AppContext.Location("jdbc:sqlite:" + dir.resolve("mall.db")),
                Optional.empty())) {
            for (int i = 1; i <= CouponRaceServerTest.BUYERS; i++) {
                buyers.add(token(ctx, String.format("R%04d", i), Role.BUYER));
            }
            m1 = token(ctx, "M-0001", Role.MERCHANT);
            m2 = token(ctx, "M-0002", Role.MERCHANT);
            staff = TestTokens.token(ctx.tokens().create(new Principal("staff", Role.STAFF, Optional.empty(),
                    Optional.empty())));
        }
        List<String> bases = List.of(serve(), serve(), serve());

        List<Callable<HttpResponse<String>>> claims = new ArrayList<>();
        for (int i = 0; i < buyers.size(); i++) {
            String base = bases.get(i % bases.size());
            String b = buyers.get(i);
            claims.add(() -> post(base, b, "/api/v1/campaigns/C-RACE/claims", null));
        }
        Map<String, Integer> claimed = CouponRaceServerTest.tally(CouponRaceServerTest.race(48, claims));
        assertThat(claimed).isEqualTo(Map.of("201", 100, "409 OUT_OF_STOCK", 900));
        assertThat(get(bases.get(1), staff, "/api/v1/coupons?campaign=C-RACE&limit=1000").get("items")).hasSize(100);

        String code = get(bases.get(2), staff, "/api/v1/coupons?campaign=C-RACE&limit=1").get("items").get(0)
                .get("coupon_code").asText();
        List<Callable<HttpResponse<String>>> redemptions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String base = bases.get(i % bases.size());
            String merchant = i % 2 == 0 ? m1 : m2;
            String body = "{\"coupon_code\": \"" + code + "\", \"order_amount\": \"100.00\"}";
            redemptions.add(() -> post(base, merchant, "/api/v1/redemptions", body));
        }
        assertThat(CouponRaceServerTest.tally(CouponRaceServerTest.race(50, redemptions)))
                .isEqualTo(Map.of("201", 1, "409 ALREADY_REDEEMED", 49));
        assertThat(get(bases.get(0), staff, "/api/v1/redemptions?campaign=C-RACE").get("items")).hasSize(1);
    }

    private static String token(AppContext ctx, String subject, Role role) {
        return TestTokens.token(ctx.tokens().create(new Principal("t-" + subject, role, Optional.of(subject),
                Optional.empty())));
    }
}
