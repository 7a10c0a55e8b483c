package org.mallcrm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.fixtures.access.TestTokens;
import org.mallcrm.domain.access.Role;

/** The channel routes: scans, trips, commissions and statements; run with and without a socket. */
abstract class ChannelApiContract {

    /** Distinct ids across both subclasses (they share the fixture's stores). */
    private static final AtomicInteger IDS = new AtomicInteger();

    private final Http1Client client;
    private final String prefix = getClass().getSimpleName().substring(0, 6);

    ChannelApiContract(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        HttpApi.routing(routing, ApiFixture.SERVICES);
    }

    record Reply(int status, String contentType, JsonNode body, String replayed) {
    }

    private Reply send(Method method, String path, String token, String body, String idempotencyKey) {
        int q = path.indexOf('?');
        Http1ClientRequest req = client.method(method).path(q < 0 ? path : path.substring(0, q));
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                req.queryParam(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        if (token != null) {
            req.header(HeaderNames.AUTHORIZATION, "Bearer " + token);
        }
        if (idempotencyKey != null) {
            req.header(HeaderNames.create("Idempotency-Key"), idempotencyKey);
        }
        try (HttpClientResponse res = body == null ? req.request() : req.header(HeaderNames.CONTENT_TYPE,
                "application/json").submit(body)) {
            String text = res.as(String.class);
            try {
                return new Reply(res.status().code(), res.headers().contentType().map(Object::toString).orElse(""),
                        text.isEmpty() ? null : Json.mapper().readTree(text),
                        res.headers().first(HeaderNames.create("Idempotent-Replayed")).orElse(null));
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }
    }

    private Reply get(String path, String token) {
        return send(Method.GET, path, token, null, null);
    }

    private Reply post(String path, String token, String body) {
        return send(Method.POST, path, token, body, null);
    }

    private String newId() {
        return prefix + "-" + IDS.incrementAndGet();
    }

    @Test
    void a_buyer_posts_a_scan_and_the_channel_code_names_its_trip() {
        String id = newId();
        Reply r = post("/api/v1/scans", ApiFixture.BUYER, "{\"scan_id\": \"" + id + "\", \"kind\": \"CHANNEL\", "
                + "\"code\": \"QR-T1\", \"scanned_at\": \"2025-03-10T08:30:00+08:00\"}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().get("scan_id").asText()).isEqualTo(id);
        assertThat(r.body().get("buyer_id").asText()).isEqualTo("B001");
        assertThat(r.body().get("trip_no").asText()).isEqualTo("T1");
        assertThat(r.body().get("scanned_at").asText()).isEqualTo("2025-03-10T08:30:00+08:00");
    }

    @Test
    void a_scan_posted_twice_is_stored_once_and_the_replay_answers_the_same() {
        String body = "{\"scan_id\": \"" + newId() + "\", \"kind\": \"CHECKIN\", \"code\": \"GATE-1\"}";
        int before = ApiFixture.SCANS.size();

        Reply first = post("/api/v1/scans", ApiFixture.BUYER, body);
        Reply again = post("/api/v1/scans", ApiFixture.BUYER, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.replayed()).isEqualTo("true");
        assertThat(ApiFixture.SCANS.size()).isEqualTo(before + 1);
    }

    @Test
    void without_a_scan_id_the_idempotency_key_makes_a_retry_count_once() {
        String key = newId();
        int before = ApiFixture.SCANS.size();

        Reply first = send(Method.POST, "/api/v1/scans", ApiFixture.BUYER, "{\"kind\": \"CHANNEL\", \"code\": \"QR-T1\"}",
                key);
        Reply retry = send(Method.POST, "/api/v1/scans", ApiFixture.BUYER, "{\"kind\": \"CHANNEL\", \"code\": \"QR-T1\"}",
                key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.body().get("scan_id")).isEqualTo(first.body().get("scan_id"));
        assertThat(ApiFixture.SCANS.size()).isEqualTo(before + 1);
    }

    @Test
    void an_unknown_code_is_recorded_never_a_5xx() {
        Reply r = post("/api/v1/scans", ApiFixture.BUYER, "{\"scan_id\": \"" + newId() + "\", \"kind\": \"CHANNEL\", "
                + "\"code\": \"https://example.com/q?x=1&y=渠道\"}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().get("trip_no").isNull()).isTrue();
    }

    @Test
    void the_same_scan_id_with_other_values_is_a_409() {
        String id = newId();
        post("/api/v1/scans", ApiFixture.BUYER, "{\"scan_id\": \"" + id + "\", \"kind\": \"CHECKIN\", \"code\": \"G1\"}");

        Reply r = post("/api/v1/scans", ApiFixture.BUYER, "{\"scan_id\": \"" + id + "\", \"kind\": \"CHECKIN\", "
                + "\"code\": \"G2\"}");

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void bad_scans_are_400_with_each_field_and_other_roles_are_403() {
        Reply r = post("/api/v1/scans", ApiFixture.BUYER, "{\"scan_id\": \"bad id\", \"kind\": \"SCANNED\", "
                + "\"scanned_at\": \"yesterday\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors")).extracting(e -> e.get("field").asText())
                .contains("scan_id", "kind", "code", "scanned_at");
        assertThat(post("/api/v1/scans", ApiFixture.BUYER, "{\"kind\": \"CHECKIN\", \"code\": \"G\", \"colour\": 1}")
                .status()).isEqualTo(400);
        assertThat(post("/api/v1/scans", ApiFixture.BUYER, "not json").status()).isEqualTo(400);
        assertThat(post("/api/v1/scans", ApiFixture.STAFF, "{\"kind\": \"CHECKIN\", \"code\": \"G\"}").status())
                .isEqualTo(403);
        assertThat(post("/api/v1/scans", null, "{\"kind\": \"CHECKIN\", \"code\": \"G\"}").status()).isEqualTo(401);
    }

    @Test
    void a_buyer_token_revoked_after_posting_is_refused_at_once_and_its_scan_not_stored() {
        String name = "b-" + newId();
        String token = TestTokens.token(ApiFixture.TOKENS.create(new Principal(name, Role.BUYER,
                Optional.of("B001"), Optional.empty())));
        String before = newId();
        assertThat(post("/api/v1/scans", token, "{\"scan_id\": \"" + before + "\", \"kind\": \"CHECKIN\", "
                + "\"code\": \"G1\"}").status()).isEqualTo(201);

        assertThat(ApiFixture.TOKENS.revoke(name)).isTrue();

        String after = newId();
        Reply r = post("/api/v1/scans", token, "{\"scan_id\": \"" + after + "\", \"kind\": \"CHECKIN\", "
                + "\"code\": \"G1\"}");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(ApiFixture.SCANS.find(org.mallcrm.domain.channel.ScanId.of(after))).isEmpty();
        // a replay of the scan stored before, a bad body, a 409: all 401 once the token is revoked
        assertThat(post("/api/v1/scans", token, "{\"scan_id\": \"" + before + "\", \"kind\": \"CHECKIN\", "
                + "\"code\": \"G1\"}").status()).isEqualTo(401);
        assertThat(post("/api/v1/scans", token, "{\"scan_id\": \"" + before + "\", \"kind\": \"CHECKIN\", "
                + "\"code\": \"G2\"}").status()).isEqualTo(401);
        assertThat(post("/api/v1/scans", token, "not json").status()).isEqualTo(401);
        assertThat(post("/api/v1/scans", token, "{\"kind\": \"SCANNED\"}").status()).isEqualTo(401);
        // another buyer's live token still posts
        assertThat(post("/api/v1/scans", ApiFixture.BUYER, "{\"scan_id\": \"" + newId() + "\", \"kind\": "
                + "\"CHECKIN\", \"code\": \"G1\"}").status()).isEqualTo(201);
    }

    @Test
    void a_channel_registers_a_trip_and_sees_only_its_own() {
        String no = newId().replace("-", "");
        Reply created = post("/api/v1/me/trips", ApiFixture.CHANNEL, "{\"trip_no\": \"" + no + "\", \"coach_plate\": "
                + "\"浙A·12345\", \"window_start\": \"2025-04-20T09:00:00+08:00\", \"window_end\": "
                + "\"2025-04-20T11:00:00+08:00\", \"reported_headcount\": 40}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("channel").asText()).isEqualTo("CH1");
        assertThat(created.body().get("channel_code").asText()).isEqualTo("QR-" + no);
        assertThat(created.body().get("arrival_date").asText()).isEqualTo("2025-04-20");
        assertThat(get("/api/v1/me/trips", ApiFixture.CHANNEL).body().get("items"))
                .extracting(t -> t.get("channel").asText()).containsOnly("CH1");
        assertThat(get("/api/v1/me/trips/T2", ApiFixture.CHANNEL).status()).isEqualTo(404);
        assertThat(get("/api/v1/me/trips/T2", ApiFixture.OTHER_CHANNEL).status()).isEqualTo(200);
        assertThat(post("/api/v1/me/trips", ApiFixture.CHANNEL, "{\"trip_no\": \"" + no + "\", \"coach_plate\": \"A\", "
                + "\"window_start\": \"2025-04-20T09:00:00+08:00\", \"window_end\": \"2025-04-20T11:00:00+08:00\", "
                + "\"reported_headcount\": 1}").status()).isEqualTo(409);
        Reply bad = post("/api/v1/me/trips", ApiFixture.CHANNEL, "{\"trip_no\": \"X\", \"window_start\": "
                + "\"2025-04-20T09:00:00+08:00\", \"window_end\": \"2025-04-20T08:00:00+08:00\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors")).extracting(e -> e.get("field").asText())
                .contains("coach_plate", "window_end", "reported_headcount");
        assertThat(get("/api/v1/me/trips", ApiFixture.BUYER).status()).isEqualTo(403);
    }

    @Test
    void a_channel_reads_its_statement_and_staff_read_trips_and_commissions() {
        post("/api/v1/scans", ApiFixture.BUYER, "{\"scan_id\": \"" + newId() + "\", \"kind\": \"CHANNEL\", \"code\": "
                + "\"QR-T1\", \"scanned_at\": \"2025-03-10T08:00:00+08:00\"}");
        post("/api/v1/scans", ApiFixture.BUYER, "{\"scan_id\": \"" + newId() + "\", \"kind\": \"CHECKIN\", \"code\": "
                + "\"GATE-1\", \"scanned_at\": \"2025-03-10T09:30:00+08:00\"}");

        Reply statement = get("/api/v1/me/statements/2025-03?heads=true", ApiFixture.CHANNEL);
        assertThat(statement.status()).isEqualTo(200);
        assertThat(statement.body().get("status").asText()).isEqualTo("DRAFT");
        assertThat(statement.body().get("lines").get(0).get("trip_no").asText()).isEqualTo("T1");
        assertThat(statement.body().get("lines").get(0).get("heads").get(0).get("buyer_id").asText())
                .isEqualTo("B001");
        assertThat(get("/api/v1/me/statements", ApiFixture.CHANNEL).body().get("items")).isEmpty();

        Reply commissions = get("/api/v1/commissions?from=2025-03-01&to=2025-03-31", ApiFixture.STAFF);
        assertThat(commissions.status()).isEqualTo(200);
        assertThat(commissions.body().get("trips")).hasSize(2);
        assertThat(commissions.body().get("totals").get("valid_heads").asInt()).isEqualTo(1);
        assertThat(commissions.body().get("totals").get("commission").asText()).isEqualTo("20.00");
        assertThat(get("/api/v1/trips?channel=CH2", ApiFixture.STAFF).body().get("items"))
                .extracting(t -> t.get("trip_no").asText()).containsExactly("T2");
        assertThat(get("/api/v1/trips/T1/heads", ApiFixture.STAFF).body().get("heads")).hasSize(1);
        assertThat(get("/api/v1/trips", ApiFixture.CHANNEL).status()).isEqualTo(403);
        assertThat(get("/api/v1/commissions?from=2025-03-31&to=2025-03-01", ApiFixture.STAFF).status())
                .isEqualTo(400);
        assertThat(get("/api/v1/commissions?from=March", ApiFixture.STAFF).status()).isEqualTo(400);
    }

    @Test
    void the_openapi_document_describes_the_channel_routes() {
        try (HttpClientResponse res = client.get("/openapi.yaml").request()) {
            assertThat(res.as(String.class)).contains("/api/v1/scans:", "/api/v1/me/trips:", "/api/v1/me/statements:",
                    "/api/v1/me/statements/{month}:", "/api/v1/trips:", "/api/v1/trips/{no}:",
                    "/api/v1/trips/{no}/heads:", "/api/v1/commissions:");
        }
    }
}
