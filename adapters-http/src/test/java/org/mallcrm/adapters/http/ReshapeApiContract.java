package org.mallcrm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.http.common.Json;

/** Split, merge, change, history and the floor routes; run with and without a socket by the subclasses. */
abstract class ReshapeApiContract {

    private final Http1Client client;

    ReshapeApiContract(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        HttpApi.routing(routing, ReshapeApiFixture.SERVICES);
    }

    @BeforeEach
    void reset() {
        ReshapeApiFixture.reset();
    }

    record Reply(int status, String contentType, String text) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(text);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }

        String problemType() {
            return json().get("type").asText().replace("https://mallcrm.org/problems/", "");
        }

        String firstErrorField() {
            return json().get("errors").get(0).get("field").asText();
        }
    }

    private Reply send(Http1ClientRequest req, String token, String body) {
        if (token != null) {
            req.header(HeaderNames.AUTHORIZATION, "Bearer " + token);
        }
        req.header(HeaderNames.CONTENT_TYPE, "application/json");
        try (HttpClientResponse res = body == null ? req.request() : req.submit(body)) {
            return new Reply(res.status().code(), res.headers().contentType().map(Object::toString).orElse(""),
                    res.as(String.class));
        }
    }

    private Reply post(String path, String body) {
        return send(client.post(path), ApiFixture.STAFF, body);
    }

    private Reply get(String path) {
        int q = path.indexOf('?');
        Http1ClientRequest req = client.get(q < 0 ? path : path.substring(0, q));
        if (q >= 0) {
            String[] kv = path.substring(q + 1).split("=", 2);
            req.queryParam(kv[0], kv[1]);
        }
        return send(req, ApiFixture.STAFF, null);
    }

    private String statusOf(String no) {
        return get("/api/v1/stalls/" + no).json().get("status").asText();
    }

    @Test
    void a1_split_by_a_cut_is_201_with_the_document_and_the_children() {
        Reply r = post("/api/v1/stalls/A101/split", "{\"cut\": \"x=2600\", \"approved_by\": \"li.na\"}");

        assertThat(r.status()).isEqualTo(201);
        JsonNode doc = r.json().get("document");
        assertThat(doc.get("document_no").asText()).isEqualTo("SPL-2026-0001");
        assertThat(doc.get("kind").asText()).isEqualTo("SPLIT");
        assertThat(doc.get("cut").asText()).isEqualTo("x=2600");
        assertThat(doc.get("requested_by").asText()).isEqualTo("staff");
        assertThat(doc.get("approved_by").asText()).isEqualTo("li.na");
        assertThat(doc.get("approved_at").asText()).isEqualTo("2026-02-20T10:00:00+08:00");
        assertThat(doc.get("effective_on").asText()).isEqualTo("2026-02-20");
        assertThat(doc.has("price_rule")).isFalse();
        assertThat(r.json().get("stalls")).extracting(s -> s.get("stall_no").asText() + " "
                + s.get("leasable_area_m2").asText() + " " + s.get("monthly_rent").asText() + " "
                + s.get("status").asText())
                .containsExactly("A101 45.50 8190.00 SPLIT", "A101-1 14.79 2662.20 VACANT",
                        "A101-2 30.71 5527.80 VACANT");
    }

    @Test
    void a_split_into_parts_leaving_a_gap_is_409_and_changes_nothing() {
        Reply r = post("/api/v1/stalls/A101/split", "{\"parts\": ["
                + "{\"stall_no\": \"W\", \"outline_wkt\": \"POLYGON((0 0, 2600 0, 2600 5000, 0 5000, 0 0))\"},"
                + "{\"stall_no\": \"E\", \"outline_wkt\": \"POLYGON((3000 0, 8000 0, 8000 5000, 3000 5000, 3000 0))\"}"
                + "]}");

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.problemType()).isEqualTo("stall-gap");
        assertThat(r.json().get("detail").asText()).contains("uncovered");
        assertThat(statusOf("A101")).isEqualTo("VACANT");
        assertThat(get("/api/v1/stalls/W").status()).isEqualTo(404);
    }

    @Test
    void splitting_a_leased_stall_is_409_not_vacant() {
        Reply r = post("/api/v1/stalls/B1/split", "{\"cut\": \"x=4000\"}");

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.problemType()).isEqualTo("stall-not-vacant");
        assertThat(statusOf("B1")).isEqualTo("LEASED");
    }

    @Test
    void malformed_split_bodies_are_400_naming_the_field() {
        assertThat(post("/api/v1/stalls/A101/split", "{\"cut\": \"z=5\"}").firstErrorField()).isEqualTo("cut");
        assertThat(post("/api/v1/stalls/A101/split", "{}").firstErrorField()).isEqualTo("cut");
        Reply badWkt = post("/api/v1/stalls/A101/split", "{\"parts\": [{\"outline_wkt\": \"POLYGON((0 0\"},"
                + "{\"outline_wkt\": \"POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))\", \"leasable_area_m2\": \"-3\"}]}");
        assertThat(badWkt.status()).isEqualTo(400);
        assertThat(badWkt.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("parts[0].outline_wkt", "parts[1].leasable_area_m2");
        Reply unknown = post("/api/v1/stalls/A101/split", "{\"knife\": \"x=1\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.firstErrorField()).isEqualTo("knife");
        Reply notJson = post("/api/v1/stalls/A101/split", "{\"cut\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.firstErrorField()).isEqualTo("body");
        Reply badDate = post("/api/v1/stalls/A101/split", "{\"cut\": \"x=1\", \"effective_on\": \"tomorrow\"}");
        assertThat(badDate.firstErrorField()).isEqualTo("effective_on");
        assertThat(statusOf("A101")).isEqualTo("VACANT");
    }

    @Test
    void a2_merge_is_201_with_the_weighted_base_rent() {
        Reply r = post("/api/v1/stalls/merge", "{\"stall_nos\": [\"A102\", \"A103\"], \"as\": \"A102-3\"}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("document").get("price_rule").asText()).isEqualTo("WEIGHTED_AVERAGE");
        assertThat(r.json().get("document").get("base_rent").asText()).isEqualTo("160.00");
        JsonNode merged = get("/api/v1/stalls/A102-3").json();
        assertThat(merged.get("outline_area_m2").asText()).isEqualTo("48.00");
        assertThat(merged.get("leasable_area_m2").asText()).isEqualTo("48.00");
        assertThat(merged.get("parents")).extracting(JsonNode::asText).containsExactly("A102", "A103");
    }

    @Test
    void a2_merges_touching_only_at_a_corner_or_not_at_all_are_409() {
        Reply corner = post("/api/v1/stalls/merge", "{\"stall_nos\": [\"C1\", \"C2\"], \"as\": \"C3\"}");
        Reply apart = post("/api/v1/stalls/merge", "{\"stall_nos\": [\"A102\", \"FAR\"], \"as\": \"X\"}");

        assertThat(corner.status()).isEqualTo(409);
        assertThat(corner.problemType()).isEqualTo("stall-corner-only");
        assertThat(apart.problemType()).isEqualTo("stall-not-adjacent");
        assertThat(statusOf("C1")).isEqualTo("VACANT");
        assertThat(statusOf("A102")).isEqualTo("VACANT");
    }

    @Test
    void a_merge_naming_an_unknown_stall_is_404_and_a_bad_body_400() {
        assertThat(post("/api/v1/stalls/merge", "{\"stall_nos\": [\"A102\", \"NOPE\"], \"as\": \"X\"}").status())
                .isEqualTo(404);
        Reply bad = post("/api/v1/stalls/merge", "{\"stall_nos\": [\"A102\"], \"as\": \"\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("stall_nos", "as");
    }

    @Test
    void a_change_renumbers_and_the_history_follows_both_ways() {
        post("/api/v1/stalls/A101/split", "{\"cut\": \"x=2600\"}");
        Reply c = post("/api/v1/stalls/A101-1/change", "{\"new_stall_no\": \"1F-A-201\", \"leasable_area_m2\": \"15\"}");
        assertThat(c.status()).isEqualTo(201);
        assertThat(c.json().get("document").get("leasable_area_before_m2").asText()).isEqualTo("14.79");
        assertThat(c.json().get("document").get("leasable_area_after_m2").asText()).isEqualTo("15.00");

        JsonNode h = get("/api/v1/stalls/1F-A-201/history").json();
        assertThat(h.get("stall").get("stall_no").asText()).isEqualTo("1F-A-201");
        assertThat(h.get("former_numbers")).extracting(JsonNode::asText).containsExactly("A101-1");
        assertThat(h.get("ancestors")).extracting(a -> a.get("stall_no").asText() + "@" + a.get("generation").asInt())
                .containsExactly("A101@1");
        assertThat(h.get("documents")).extracting(d -> d.get("document_no").asText())
                .containsExactly("SPL-2026-0001", "CHG-2026-0001");
        JsonNode parent = get("/api/v1/stalls/A101/history").json();
        assertThat(parent.get("descendants")).extracting(a -> a.get("stall_no").asText())
                .containsExactly("1F-A-201", "A101-2");
    }

    @Test
    void a_change_without_anything_to_change_is_400_and_one_changing_nothing_409() {
        assertThat(post("/api/v1/stalls/A101/change", "{}").firstErrorField()).isEqualTo("new_stall_no");
        assertThat(post("/api/v1/stalls/A101/change", "{\"leasable_area_m2\": \"45.5\"}").problemType())
                .isEqualTo("stall-no-change");
        assertThat(post("/api/v1/stalls/A101/change", "{\"leasable_area_m2\": \"abc\"}").firstErrorField())
                .isEqualTo("leasable_area_m2");
    }

    @Test
    void history_of_an_unknown_stall_is_404() {
        assertThat(get("/api/v1/stalls/NOPE/history").status()).isEqualTo(404);
    }

    @Test
    void reshaping_is_for_staff_only() {
        assertThat(send(client.post("/api/v1/stalls/A101/split"), ApiFixture.MERCHANT, "{\"cut\": \"x=2600\"}")
                .status()).isEqualTo(403);
        assertThat(send(client.post("/api/v1/stalls/merge"), null, "{}").status()).isEqualTo(401);
        assertThat(send(client.get("/api/v1/floors/1F/stats"), ApiFixture.MERCHANT, null).status()).isEqualTo(403);
        assertThat(statusOf("A101")).isEqualTo("VACANT");
    }

    @Test
    void floor_stats_give_counts_areas_and_shares_as_strings() {
        JsonNode s = get("/api/v1/floors/1F/stats").json();

        assertThat(s.get("floor").asText()).isEqualTo("1F");
        assertThat(s.get("stalls").asInt()).isEqualTo(5);
        assertThat(s.get("by_status").get("LEASED").asInt()).isEqualTo(1);
        assertThat(s.get("leasable_area_m2").asText()).isEqualTo("183.50");
        assertThat(s.get("leased_area_m2").asText()).isEqualTo("40.00");
        assertThat(s.get("leased_area_pct").asText()).isEqualTo("21.80");
        assertThat(s.get("business_types")).extracting(t -> t.get("business_type").asText() + " "
                + t.get("share_pct").asText()).containsExactly("女装 72.75", "男装 27.25");
    }

    @Test
    void the_plan_is_svg_with_every_stall_and_a_legend() {
        Reply r = get("/api/v1/floors/1F/plan.svg");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("image/svg+xml");
        assertThat(r.text()).contains("<svg", "data-stall-no=\"A101\"", "data-stall-no=\"B1\"", "Leased 已租")
                .doesNotContain("data-stall-no=\"C1\"");
        assertThat(get("/api/v1/floors/1F/plan.svg?color=business_type").text()).contains("Business type");
    }

    @Test
    void an_unknown_floor_is_404_and_an_unknown_colouring_400() {
        assertThat(get("/api/v1/floors/9F/plan.svg").status()).isEqualTo(404);
        assertThat(get("/api/v1/floors/9F/stats").status()).isEqualTo(404);
        Reply bad = get("/api/v1/floors/1F/plan.svg?color=rainbow");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.firstErrorField()).isEqualTo("color");
    }

    @Test
    void the_openapi_document_describes_the_reshape_and_floor_routes() {
        String yaml = get("/openapi.yaml").text();
        assertThat(yaml).contains("/api/v1/stalls/{no}/split:", "/api/v1/stalls/merge:",
                "/api/v1/stalls/{no}/change:", "/api/v1/stalls/{no}/history:", "/api/v1/floors/{floor}/plan.svg:",
                "/api/v1/floors/{floor}/stats:");
    }
}
