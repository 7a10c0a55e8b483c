package org.mallcrm.cli.lease;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.HttpApi;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.application.common.port.out.IdempotentReplies;
import org.mallcrm.cli.AppContext;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.fixtures.access.TestTokens;

/**
 * {@code Idempotency-Key} against the real database behind a real server on 127.0.0.1: sixteen concurrent
 * {@code POST /api/v1/receipts} with one key and no {@code receipt_no} book exactly one receipt and all get its
 * reply; and a reply that cannot be kept takes its receipt with it, so the client's retry books it once.
 */
class IdempotentWritesServerTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (ctx != null) {
            ctx.close();
        }
        http.close();
    }

    private String start(HttpApi.Services services) {
        server = HttpApi.start("127.0.0.1", 0, services);
        return TestTokens.token(ctx.tokens().create(new Principal("finance", Role.STAFF, Optional.empty(),
                Optional.of("财务部"))));
    }

    private void openMall() {
        LeasingCli mall = new LeasingCli(dir);
        mall.createLease("b1.json", LeasingCli.B1);
        ctx = AppContext.open(new AppContext.Location("jdbc:sqlite:" + dir.resolve("mall.db")), Optional.empty());
    }

    private HttpResponse<String> post(String token, String path, String key, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode receipts(String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/v1/receipts?lease_no=L-2026-0001")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body()).get("items");
    }

    static final String SEVEN = """
            {"lease_no": "L-2026-0001", "amount": "7.00", "received_on": "2026-02-01", "method": "CASH"}""";

    @Test
    void sixteen_concurrent_receipts_with_one_key_book_one_receipt_and_all_get_its_reply() throws Exception {
        openMall();
        String token = start(ctx.httpServices());
        int n = 16;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> replies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            replies.add(pool.submit(() -> {
                go.await();
                return post(token, "/api/v1/receipts", "pay-once-7", SEVEN);
            }));
        }
        go.countDown();
        List<String> bodies = new ArrayList<>();
        for (Future<HttpResponse<String>> f : replies) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            bodies.add(r.body());
        }
        pool.shutdown();

        assertThat(bodies).allMatch(b -> b.equals(bodies.get(0)));
        JsonNode booked = receipts(token);
        assertThat(booked).hasSize(1);
        assertThat(booked.get(0).get("amount").asText()).isEqualTo("7.00");
        assertThat(Json.mapper().readTree(bodies.get(0)).get("receipt_no").asText())
                .isEqualTo(booked.get(0).get("receipt_no").asText());
    }

    @Test
    void a_reply_that_cannot_be_kept_takes_its_write_with_it_so_the_retry_books_once() throws Exception {
        openMall();
        HttpApi.Services real = ctx.httpServices();
        AtomicBoolean failOnce = new AtomicBoolean(true);
        IdempotentReplies crashing = new IdempotentReplies() {
            @Override
            public Optional<Reply> claim(String principal, String key, String request, Instant now,
                    Instant expiredBefore) {
                return real.idempotentReplies().claim(principal, key, request, now, expiredBefore);
            }

            @Override
            public void complete(String principal, String key, Reply reply) {
                if (failOnce.getAndSet(false)) {
                    throw new IllegalStateException("the server died before the reply was kept");
                }
                real.idempotentReplies().complete(principal, key, reply);
            }

            @Override
            public int purge(Instant before) {
                return real.idempotentReplies().purge(before);
            }
        };
        String token = start(new HttpApi.Services(real.tokens(), real.stalls(), real.reshaping(), real.floors(),
                real.leases(), real.leaseQueries(), real.receipts(), real.deposits(), real.placements(),
                real.exits(), real.unitOfWork(), crashing, real.merchantDesk(), real.trips(), real.recordScans(),
                real.reconcile(), real.statements(), real.settings(), real.groupReport(),
                real.marketing()));

        HttpResponse<String> lost = post(token, "/api/v1/receipts", "pay-after-crash", SEVEN);
        assertThat(lost.statusCode()).isEqualTo(500);
        assertThat(receipts(token)).isEmpty();

        HttpResponse<String> retry = post(token, "/api/v1/receipts", "pay-after-crash", SEVEN);
        HttpResponse<String> again = post(token, "/api/v1/receipts", "pay-after-crash", SEVEN);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(retry.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(receipts(token)).hasSize(1);
    }
}
