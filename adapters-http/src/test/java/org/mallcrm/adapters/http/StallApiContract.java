package org.mallcrm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.http.common.Json;

/** The stall routes, health and errors; run with and without a socket by the subclasses. */
abstract class StallApiContract {

    private final Http1Client client;

    StallApiContract(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        HttpApi.routing(routing, ApiFixture.SERVICES);
    }

    record Reply(int status, String contentType, JsonNode body) {
    }

    private Reply get(String path, String token) {
        int q = path.indexOf('?');
        var req = client.get(q < 0 ? path : path.substring(0, q));
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                req.queryParam(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        if (token != null) {
            req.header(HeaderNames.AUTHORIZATION, "Bearer " + token);
        }
        try (HttpClientResponse res = req.request()) {
            String text = res.as(String.class);
            try {
                return new Reply(res.status().code(), res.headers().contentType().map(Object::toString).orElse(""),
                        text.isEmpty() ? null : Json.mapper().readTree(text));
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }
    }

    @Test
    void health_needs_no_token() {
        Reply r = get("/health", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void stalls_without_a_token_is_401_problem_json() {
        Reply r = get("/api/v1/stalls", null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().get("type").asText()).endsWith("/unauthorized");
        assertThat(r.body().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void a_revoked_or_made_up_token_is_401() {
        assertThat(get("/api/v1/stalls", ApiFixture.REVOKED).status()).isEqualTo(401);
        assertThat(get("/api/v1/stalls", "mc_nonsense").status()).isEqualTo(401);
    }

    @Test
    void a_merchant_token_on_the_staff_list_is_403() {
        Reply r = get("/api/v1/stalls", ApiFixture.MERCHANT);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void staff_list_stalls_with_money_and_areas_as_strings() {
        Reply r = get("/api/v1/stalls?floor=1F", ApiFixture.STAFF);
        assertThat(r.status()).isEqualTo(200);
        JsonNode items = r.body().get("items");
        assertThat(items).hasSize(3);
        JsonNode a101 = items.get(0);
        assertThat(a101.get("stall_no").asText()).isEqualTo("A101");
        assertThat(a101.get("leasable_area_m2").isTextual()).isTrue();
        assertThat(a101.get("leasable_area_m2").asText()).isEqualTo("45.50");
        assertThat(a101.get("outline_area_m2").asText()).isEqualTo("40.00");
        assertThat(a101.get("base_rent").asText()).isEqualTo("180.00");
        assertThat(a101.get("monthly_rent").asText()).isEqualTo("8190.00");
        assertThat(r.body().get("next_cursor").isNull()).isTrue();
    }

    @Test
    void pages_follow_the_cursor_to_the_end() {
        Reply first = get("/api/v1/stalls?limit=3", ApiFixture.STAFF);
        assertThat(first.body().get("items")).hasSize(3);
        String cursor = first.body().get("next_cursor").asText();

        Reply second = get("/api/v1/stalls?limit=3&cursor=" + cursor, ApiFixture.STAFF);
        assertThat(second.body().get("items")).hasSize(1);
        assertThat(second.body().get("items").get(0).get("stall_no").asText()).isEqualTo("B201");
        assertThat(second.body().get("next_cursor").isNull()).isTrue();
    }

    @Test
    void filters_by_status() {
        Reply r = get("/api/v1/stalls?status=leased", ApiFixture.STAFF);
        assertThat(r.body().get("items")).extracting(n -> n.get("stall_no").asText()).containsExactly("B201");
    }

    @Test
    void one_stall_by_number_and_an_unknown_one_is_404() {
        assertThat(get("/api/v1/stalls/A102", ApiFixture.STAFF).body().get("base_rent").asText())
                .isEqualTo("150.00");
        Reply missing = get("/api/v1/stalls/NOPE", ApiFixture.STAFF);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void malformed_parameters_are_400_with_the_field_never_5xx() {
        for (String q : new String[] {"limit=0", "limit=abc", "limit=100000", "status=SOLD", "cursor=%%%"}) {
            Reply r = get("/api/v1/stalls?" + q, ApiFixture.STAFF);
            assertThat(r.status()).as(q).isEqualTo(400);
            assertThat(r.body().get("errors").get(0).get("field").asText()).as(q).isNotBlank();
        }
        assertThat(get("/api/v1/stalls/" + "x".repeat(300), ApiFixture.STAFF).status()).isEqualTo(404);
    }

    @Test
    void me_tells_the_caller_who_they_are() {
        Reply merchant = get("/api/v1/me", ApiFixture.MERCHANT);
        assertThat(merchant.status()).isEqualTo(200);
        assertThat(merchant.body().get("role").asText()).isEqualTo("MERCHANT");
        assertThat(merchant.body().get("merchant_no").asText()).isEqualTo("M-0001");
        assertThat(get("/api/v1/me", ApiFixture.STAFF).body().get("department").asText()).isEqualTo("管理员");
        assertThat(get("/api/v1/me", null).status()).isEqualTo(401);
    }

    @Test
    void an_unknown_route_is_a_404_problem() {
        Reply r = get("/api/v1/nothing-here", ApiFixture.STAFF);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_openapi_document_describes_every_stall_route() {
        try (HttpClientResponse res = client.get("/openapi.yaml").request()) {
            String yaml = res.as(String.class);
            assertThat(res.status().code()).isEqualTo(200);
            assertThat(yaml).contains("/api/v1/stalls:", "/api/v1/stalls/{no}:", "/api/v1/me:", "/health:");
        }
    }
}
