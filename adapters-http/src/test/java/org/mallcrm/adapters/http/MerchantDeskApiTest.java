package org.mallcrm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.application.stall.service.FloorQueryService;
import org.mallcrm.application.stall.service.StallQueryService;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.fixtures.merchant.MerchantWorld;
import org.mallcrm.fixtures.stall.InMemoryStallDocuments;
import org.mallcrm.fixtures.stall.InMemoryStalls;

/** The merchant desk's replies: refusals with their reason, bad input by field, and a request seen by its merchant. */
@RoutingTest
class MerchantDeskApiTest {

    static final MerchantWorld WORLD = new MerchantWorld("2026-04-01T02:00:00Z");
    static final String STAFF = RouteRoleWalkTest.token("desk-staff", org.mallcrm.domain.access.Role.STAFF, null);
    static final String M9 = RouteRoleWalkTest.token("desk-m9", org.mallcrm.domain.access.Role.MERCHANT, "M-0009");

    static {
        WORLD.merchants.insert(List.of(Merchant.enter(MerchantNo.of("M-0009"), "金饰坊", Stage.SIGNED,
                LocalDate.parse("2026-02-01"))));
        WORLD.lease("M-0009", "2F-B-009");
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        InMemoryStalls stalls = new InMemoryStalls();
        HttpApi.routing(routing, LeasingApiFixture.services(RouteRoleWalkTest.TOKENS, new StallQueryService(stalls),
                ReshapeApiFixture.useCases(stalls, new InMemoryStallDocuments()), new FloorQueryService(stalls),
                new org.mallcrm.fixtures.lease.LeasingWorld("2026-01-01T00:00:00Z"), MerchantDeskFixture.useCases(WORLD)));
    }

    private final Http1Client client;

    MerchantDeskApiTest(DirectClient client) {
        this.client = client;
    }

    record Reply(int status, JsonNode body) {
    }

    private Reply send(String method, String path, String token, String body) {
        int q = path.indexOf('?');
        Http1ClientRequest req = client.method(Method.create(method)).path(q < 0 ? path : path.substring(0, q));
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                req.queryParam(kv[0], kv[1]);
            }
        }
        req.header(HeaderNames.AUTHORIZATION, "Bearer " + token);
        req.header(HeaderNames.CONTENT_TYPE, "application/json");
        try (HttpClientResponse res = body == null ? req.request() : req.submit(body)) {
            String text = res.as(String.class);
            try {
                return new Reply(res.status().code(), text.isEmpty() ? null : Json.mapper().readTree(text));
            } catch (Exception e) {
                throw new AssertionError(text, e);
            }
        }
    }

    @Test
    void a_move_the_pipeline_refuses_is_409_with_the_reason_and_a_bad_body_400_by_field() {
        Reply back = send("POST", "/api/v1/merchants/M-0009/advance", STAFF, "{\"to\": \"PROSPECT\"}");
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.body().get("detail").asText()).contains("SIGNED → PROSPECT refused");

        Reply bad = send("POST", "/api/v1/merchants/M-0009/advance", STAFF, "{\"to\": \"OPERATING\", \"on\": \"soon\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").get(0).get("field").asText()).isEqualTo("on");

        Reply ok = send("POST", "/api/v1/merchants/M-0009/advance", STAFF,
                "{\"to\": \"OPERATING\", \"on\": \"2026-03-03\"}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().get("stage_history").get(0).get("dwell_days").asLong()).isEqualTo(30);
    }

    @Test
    void a_merchant_sees_its_request_move_when_staff_reject_it_with_a_reason() {
        Reply created = send("POST", "/api/v1/me/overtime-requests", M9, "{\"stall_no\": \"2F-B-009\", \"date\": "
                + "\"2026-04-05\", \"from\": \"18:00\", \"to\": \"17:00\", \"reason\": \"到货\"}");
        assertThat(created.status()).isEqualTo(400);

        String no = send("POST", "/api/v1/me/overtime-requests", M9, "{\"stall_no\": \"2F-B-009\", \"date\": "
                + "\"2026-04-05\", \"from\": \"18:00\", \"to\": \"22:00\", \"reason\": \"到货\"}").body()
                .get("request_no").asText();
        Reply noReason = send("POST", "/api/v1/overtime-requests/" + no + "/reject", STAFF, "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(send("POST", "/api/v1/overtime-requests/" + no + "/reject", STAFF, "{\"reason\": \"消防检查\"}")
                .status()).isEqualTo(200);

        JsonNode mine = send("GET", "/api/v1/me/overtime-requests/" + no, M9, null).body();
        assertThat(mine.get("status").asText()).isEqualTo("REJECTED");
        assertThat(mine.get("decision_note").asText()).isEqualTo("消防检查");
        assertThat(mine.get("trail").get(1).get("by").asText()).isEqualTo("desk-staff");
        assertThat(send("POST", "/api/v1/overtime-requests/" + no + "/approve", STAFF, null).status()).isEqualTo(409);
    }

    @Test
    void blanks_around_an_overtime_requests_day_and_times_are_read_past_as_around_an_amount() {
        Reply padded = send("POST", "/api/v1/me/overtime-requests", M9, "{\"stall_no\": \"2F-B-009\", \"date\": "
                + "\" 2026-04-06\\t\", \"from\": \" 18:00\", \"to\": \"22:00\u3000\", \"reason\": \"到货\"}");
        assertThat(padded.status()).as(String.valueOf(padded.body())).isEqualTo(201);
        assertThat(padded.body().get("date").asText()).isEqualTo("2026-04-06");
        assertThat(padded.body().get("from").asText()).startsWith("18:00");
        assertThat(padded.body().get("to").asText()).startsWith("22:00");

        Reply bad = send("POST", "/api/v1/me/overtime-requests", M9, "{\"stall_no\": \"2F-B-009\", \"date\": "
                + "\" 2026-04-31 \", \"from\": \" 18:60\", \"to\": \"22:00\", \"reason\": \"到货\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsText("field")).containsExactly("date", "from");
    }

    @Test
    void staff_record_credit_and_the_merchant_reads_its_own() {
        assertThat(send("PUT", "/api/v1/credit-types", STAFF, "[{\"code\": \"BONUS\", \"name\": \"表彰\", \"points\": 2},"
                + " {\"code\": \"FIRE\", \"name\": \"消防\", \"points\": -20, \"severity\": \"SEVERE\"}]").status())
                .isEqualTo(200);
        Reply severe = send("POST", "/api/v1/merchants/M-0009/credit-records", STAFF,
                "{\"type\": \"FIRE\", \"on\": \"2026-03-20\", \"stall_no\": \"2F-B-009\"}");
        assertThat(severe.status()).isEqualTo(201);
        assertThat(severe.body().get("grade").asText()).isEqualTo("D");
        assertThat(severe.body().get("blacklisted_until").asText()).isEqualTo("2028-03-19");
        assertThat(send("POST", "/api/v1/merchants/M-0009/credit-records", STAFF,
                "{\"type\": \"FIRE\", \"on\": \"2026-03-20\", \"stall_no\": \"2F-B-009\"}").status()).isEqualTo(409);
        JsonNode mine = send("GET", "/api/v1/me/credit", M9, null).body();
        assertThat(mine.get("merchant_no").asText()).isEqualTo("M-0009");
        assertThat(mine.get("records")).hasSize(1);
    }

    @Test
    void an_empty_catalogue_is_a_400_naming_the_body_and_the_catalogue_stays() {
        assertThat(send("PUT", "/api/v1/credit-types", STAFF, "[{\"code\": \"BONUS\", \"name\": \"表彰\", "
                + "\"points\": 2}]").status()).isEqualTo(200);
        JsonNode before = send("GET", "/api/v1/credit-types", STAFF, null).body();

        Reply empty = send("PUT", "/api/v1/credit-types", STAFF, "[]");

        assertThat(empty.status()).as(String.valueOf(empty.body())).isEqualTo(400);
        assertThat(empty.body().get("errors")).hasSize(1);
        assertThat(empty.body().get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(empty.body().get("errors").get(0).get("reason").asText())
                .isEqualTo("name at least one behaviour type: the catalogue cannot be emptied");
        assertThat(send("GET", "/api/v1/credit-types", STAFF, null).body()).isEqualTo(before);
    }

    @Test
    void credit_as_of_a_day_before_the_first_record_is_200_with_the_base_score() {
        assertThat(send("PUT", "/api/v1/credit-types", STAFF, "[{\"code\": \"BONUS\", \"name\": \"表彰\", "
                + "\"points\": 2}, {\"code\": \"FIRE\", \"name\": \"消防\", \"points\": -20, \"severity\": \"SEVERE\"}]")
                .status()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/merchants/M-0009/credit-records", STAFF,
                "{\"type\": \"FIRE\", \"on\": \"2026-03-20\", \"stall_no\": \"2F-B-009\"}").status())
                .isIn(201, 409);

        for (String path : List.of("/api/v1/merchants/M-0009/credit?as_of=2026-03-19",
                "/api/v1/me/credit?as_of=2026-03-19")) {
            Reply before = send("GET", path, path.contains("/me/") ? M9 : STAFF, null);
            assertThat(before.status()).as(path + " " + before.body()).isEqualTo(200);
            assertThat(before.body().get("score").asInt()).isEqualTo(100);
            assertThat(before.body().get("grade").asText()).isEqualTo("A");
            assertThat(before.body().get("blacklisted_until").isNull()).isTrue();
            assertThat(before.body().get("records")).isEmpty();
        }
    }
}
