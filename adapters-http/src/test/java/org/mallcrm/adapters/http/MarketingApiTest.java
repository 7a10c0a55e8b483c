package org.mallcrm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.Optional;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mallcrm.application.access.service.AccessTokenService;
import org.mallcrm.application.stall.service.FloorQueryService;
import org.mallcrm.application.stall.service.StallQueryService;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.fixtures.access.InMemoryAccessTokens;
import org.mallcrm.fixtures.access.TestTokens;
import org.mallcrm.fixtures.common.FixedClock;
import org.mallcrm.fixtures.coupon.MarketingWorld;
import org.mallcrm.fixtures.stall.InMemoryStallDocuments;
import org.mallcrm.fixtures.stall.InMemoryStalls;

/**
 * The buyer app, the merchant app and the staff through HTTP, walking domain-rules.md's F1 and F2 and the bad input
 * issue 9 names: registration (a phone already used, an unknown province), claims to the limit and out of stock,
 * redemptions with their split, refusals as 409 with the reason code, replays of an Idempotency-Key, a guessed or
 * malformed code, amounts with three decimals or negative, a redemption one second after validity, another
 * merchant's redemption (404), the campaign's metrics, and the October settlement offset on rent.
 */
@RoutingTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MarketingApiTest {

    static final MarketingWorld WORLD = new MarketingWorld("2026-09-30T12:00");
    static final AccessTokenService TOKENS = new AccessTokenService(new InMemoryAccessTokens(), TestTokens.EVERY_SUBJECT,
            FixedClock.at("2026-09-01T00:00:00Z"));
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        WORLD.merchantWithLease("M-0001", "女装", "2026-01-01", "2027-12-31");
        WORLD.merchantWithLease("M-0002", "男装", "2026-01-01", "2027-12-31");
    }

    static String token(String name, Role role, String subject) {
        return TestTokens.token(TOKENS.create(new Principal(name, role, Optional.ofNullable(subject),
                Optional.empty())));
    }

    static final String STAFF = token("staff", Role.STAFF, null);
    static final String B1 = token("b1", Role.BUYER, "b1");
    static final String B2 = token("b2", Role.BUYER, "b2");
    static final String B3 = token("b3", Role.BUYER, "b3");
    static final String M1 = token("m1", Role.MERCHANT, "M-0001");
    static final String M2 = token("m2", Role.MERCHANT, "M-0002");

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        InMemoryStalls stalls = new InMemoryStalls();
        HttpApi.routing(routing, LeasingApiFixture.services(TOKENS, new StallQueryService(stalls),
                ReshapeApiFixture.useCases(stalls, new InMemoryStallDocuments()), new FloorQueryService(stalls),
                LeasingApiFixture.world(), MerchantDeskFixture.useCases(
                        new org.mallcrm.fixtures.merchant.MerchantWorld("2026-05-01T02:00:00Z")),
                MarketingApiFixture.useCases(WORLD)));
    }

    private final Http1Client client;

    MarketingApiTest(DirectClient client) {
        this.client = client;
    }

    record Reply(int status, JsonNode body, boolean replayed) {
        String text(String field) {
            return body.path(field).asText(null);
        }
    }

    private Reply call(String method, String path, String token, String body, String key) {
        Http1ClientRequest req = client.method(Method.create(method)).path(path);
        if (token != null) {
            req.header(HeaderNames.AUTHORIZATION, "Bearer " + token);
        }
        if (key != null) {
            req.header(HeaderNames.create("Idempotency-Key"), key);
        }
        req.header(HeaderNames.CONTENT_TYPE, "application/json");
        try (HttpClientResponse res = body == null ? req.request() : req.submit(body)) {
            String text = res.as(String.class);
            try {
                return new Reply(res.status().code(), text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text),
                        res.headers().contains(HeaderNames.create("Idempotent-Replayed")));
            } catch (java.io.IOException e) {
                throw new AssertionError(text, e);
            }
        }
    }

    private Reply post(String path, String token, String body) {
        return call("POST", path, token, body, null);
    }

    private Reply get(String path, String token) {
        return call("GET", path, token, null, null);
    }

    static String b1First;
    static String b1Second;
    static String b2Coupon;
    static String m1Redemption;
    static String b1F2;

    @Test
    @Order(1)
    void buyers_register_through_their_app_and_bad_profiles_are_named() {
        Reply b1 = post("/api/v1/me", B1, "{\"name\": \"王老板\", \"phone\": \"139 0000 0001\", \"province\": \"浙江\","
                + " \"main_category\": \"女装\", \"transport_mode\": \"COACH\"}");
        assertThat(b1.status()).as(b1.body().toString()).isEqualTo(201);
        assertThat(b1.text("province")).isEqualTo("浙江省");
        assertThat(b1.text("phone")).isEqualTo("13900000001");
        Reply update = post("/api/v1/me", B1, "{\"name\": \"王总\"}");
        assertThat(update.status()).isEqualTo(200);
        assertThat(update.text("name")).isEqualTo("王总");
        assertThat(update.text("province")).isEqualTo("浙江省");

        Reply taken = post("/api/v1/me", B2, "{\"name\": \"李\", \"phone\": \"13900000001\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("detail")).contains("b1");
        Reply province = post("/api/v1/me", B2, "{\"name\": \"李\", \"phone\": \"13900000002\", \"province\": \"火星\"}");
        assertThat(province.status()).isEqualTo(400);
        assertThat(province.body().path("errors").get(0).path("field").asText()).isEqualTo("province");
        Reply unknown = post("/api/v1/me", B2, "{\"nickname\": \"x\"}");
        assertThat(unknown.status()).isEqualTo(400);

        assertThat(post("/api/v1/me", B2, "{\"name\": \"李\", \"phone\": \"13900000002\"}").status()).isEqualTo(201);
        assertThat(post("/api/v1/me", B3, "{\"name\": \"赵\", \"phone\": \"13900000003\"}").status()).isEqualTo(201);
        assertThat(get("/api/v1/buyers/b1", STAFF).body().path("profile").path("name").asText()).isEqualTo("王总");
    }

    @Test
    @Order(2)
    void staff_create_f1_and_a_window_ending_before_it_starts_is_bad_input() {
        Reply backwards = post("/api/v1/campaigns", STAFF, F1.replace("\"2026-10-07T23:59:59+08:00\"",
                "\"2026-09-01T00:00:00+08:00\""));
        assertThat(backwards.status()).isEqualTo(400);
        // a threshold (满) beyond the largest amount the mall keeps is bad input on that field, as any amount is
        Reply huge = post("/api/v1/campaigns", STAFF, F1.replace("\"threshold\": \"500.00\"",
                "\"threshold\": \"1000000000.01\""));
        assertThat(huge.status()).as(huge.body().toString()).isEqualTo(400);
        assertThat(huge.body().path("errors").get(0).path("field").asText()).isEqualTo("coupon.threshold");
        assertThat(huge.body().path("errors").get(0).path("reason").asText())
                .contains("more than the limit of 1000000000.00");
        assertThat(huge.body().path("errors")).hasSize(1);
        Reply created = post("/api/v1/campaigns", STAFF, F1);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(post("/api/v1/campaigns/C-2026-10/start", STAFF, null).text("status")).isEqualTo("RUNNING");
        assertThat(post("/api/v1/campaigns", STAFF, F2).status()).isEqualTo(201);
        assertThat(post("/api/v1/campaigns/C-F2/start", STAFF, null).status()).isEqualTo(200);
        // started before its window: coupons may be claimed ahead, and are not valid before the window
        Reply early = post("/api/v1/campaigns/C-F2/claims", B1, null);
        assertThat(early.status()).as(early.body().toString()).isEqualTo(201);
        b1F2 = early.text("coupon_code");
        Reply notYet = post("/api/v1/redemptions", M1, redeem(b1F2, "1234.56", null));
        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.text("refused")).isEqualTo("NOT_YET_VALID");
        assertThat(post("/api/v1/campaigns/C-NONE/claims", B1, null).status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void f1_claims_stop_at_the_buyer_limit_and_the_stock() {
        WORLD.now("2026-10-01T10:00");
        Reply open = get("/api/v1/campaigns", B1);
        assertThat(open.body().path("items").findValuesAsText("campaign_no")).as(open.body().toString())
                .containsExactly("C-2026-10", "C-F2");
        Reply first = post("/api/v1/campaigns/C-2026-10/claims", B1, null);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        b1First = first.text("coupon_code");
        b1Second = post("/api/v1/campaigns/C-2026-10/claims", B1, null).text("coupon_code");
        Reply third = post("/api/v1/campaigns/C-2026-10/claims", B1, null);
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.text("refused")).isEqualTo("PER_BUYER_LIMIT");
        assertThat(third.text("type")).endsWith("/per-buyer-limit");
        b2Coupon = post("/api/v1/campaigns/C-2026-10/claims", B2, null).text("coupon_code");
        assertThat(b2Coupon).isNotNull();
        Reply b3 = post("/api/v1/campaigns/C-2026-10/claims", B3, null);
        assertThat(b3.status()).isEqualTo(409);
        assertThat(b3.text("refused")).isEqualTo("OUT_OF_STOCK");
        // two of F1 and the one of F2 claimed ahead
        assertThat(get("/api/v1/me/coupons", B1).body().path("items").size()).isEqualTo(3);
        assertThat(get("/api/v1/me/coupons", B3).body().path("items").size()).isZero();
    }

    @Test
    @Order(4)
    void f1_redemptions_split_the_discount_and_a_code_redeems_once() {
        Reply r1 = call("POST", "/api/v1/redemptions", M1, redeem(b1First, "1280.00", "SO-1"), "k-1");
        assertThat(r1.status()).as(r1.body().toString()).isEqualTo(201);
        assertThat(r1.text("discount")).isEqualTo("50.00");
        assertThat(r1.text("mall_share")).isEqualTo("30.00");
        assertThat(r1.text("merchant_share")).isEqualTo("20.00");
        m1Redemption = r1.text("redemption_no");
        Reply replay = call("POST", "/api/v1/redemptions", M1, redeem(b1First, "1280.00", "SO-1"), "k-1");
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.body()).isEqualTo(r1.body());

        Reply below = post("/api/v1/redemptions", M2, redeem(b1Second, "499.99", null));
        assertThat(below.status()).isEqualTo(409);
        assertThat(below.text("refused")).isEqualTo("BELOW_THRESHOLD");
        assertThat(post("/api/v1/redemptions", M1, redeem(b2Coupon, "500.00", null)).status()).isEqualTo(201);
        Reply again = post("/api/v1/redemptions", M1, redeem(b2Coupon, "500.00", null));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("refused")).isEqualTo("ALREADY_REDEEMED");
    }

    @Test
    @Order(5)
    void bad_amounts_and_codes_are_named_and_a_guessed_code_is_unknown() {
        Reply three = post("/api/v1/redemptions", M2, redeem(b1Second, "600.005", null));
        assertThat(three.status()).isEqualTo(400);
        assertThat(three.body().path("errors").get(0).path("field").asText()).isEqualTo("order_amount");
        Reply negative = post("/api/v1/redemptions", M2, redeem(b1Second, "-600.00", null));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().path("errors").get(0).path("field").asText()).isEqualTo("order_amount");
        Reply malformed = post("/api/v1/redemptions", M2, redeem("12345", "600.00", null));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("errors").get(0).path("field").asText()).isEqualTo("coupon_code");
        // a well-formed code (its check character right) that was never issued
        String guessed = org.mallcrm.domain.coupon.CouponCode.fromBits(0x0123456789abcdefL).value();
        Reply unknown = post("/api/v1/redemptions", M2, redeem(guessed, "600.00", null));
        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.text("refused")).isEqualTo("UNKNOWN_CODE");
    }

    @Test
    @Order(6)
    void a_merchant_sees_only_its_own_redemptions() {
        assertThat(get("/api/v1/redemptions/" + m1Redemption, M1).status()).isEqualTo(200);
        Reply other = get("/api/v1/redemptions/" + m1Redemption, M2);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body().toString()).doesNotContain("1280");
        assertThat(get("/api/v1/me/redemptions/" + m1Redemption, M2).status()).isEqualTo(404);
        assertThat(get("/api/v1/me/redemptions", M1).body().path("items").size()).isEqualTo(2);
        assertThat(get("/api/v1/me/redemptions", M2).body().path("items").size()).isZero();
        assertThat(post("/api/v1/redemptions/" + m1Redemption + "/reversal", M2, null).status()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void one_second_after_validity_a_coupon_is_expired_and_the_metrics_are_f1s() {
        WORLD.now("2026-10-08T00:00");
        Reply expired = post("/api/v1/redemptions", M2, redeem(b1Second, "600.00", null));
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.text("refused")).isEqualTo("EXPIRED");
        JsonNode s = get("/api/v1/campaigns/C-2026-10/stats", STAFF).body();
        assertThat(s.path("claimed").asLong()).isEqualTo(3);
        assertThat(s.path("redeemed").asLong()).isEqualTo(2);
        assertThat(s.path("redemption_rate_pct").asText()).isEqualTo("66.67");
        assertThat(s.path("gmv").asText()).isEqualTo("1780.00");
        assertThat(s.path("discount").asText()).isEqualTo("100.00");
        assertThat(s.path("mall_cost").asText()).isEqualTo("60.00");
        assertThat(s.path("roi").asText()).isEqualTo("29.67");
        assertThat(s.path("by_merchant").get(0).path("merchant_no").asText()).isEqualTo("M-0001");
        assertThat(s.path("by_day").get(0).path("day").asText()).isEqualTo("2026-10-01");
        assertThat(get("/api/v1/campaigns/C-2026-10", STAFF).text("status")).isEqualTo("ENDED");
    }

    @Test
    @Order(8)
    void f2_percent_off_is_capped_and_split() {
        WORLD.now("2026-10-10T10:00");
        String c1 = b1F2;
        String c2 = post("/api/v1/campaigns/C-F2/claims", B2, null).text("coupon_code");
        Reply capped = post("/api/v1/redemptions", M1, redeem(c1, "1234.56", null));
        assertThat(capped.text("discount")).isEqualTo("80.00");
        assertThat(capped.text("mall_share")).isEqualTo("48.00");
        assertThat(capped.text("merchant_share")).isEqualTo("32.00");
        Reply small = post("/api/v1/redemptions", M1, redeem(c2, "555.55", null));
        assertThat(small.text("discount")).isEqualTo("55.56");
        assertThat(small.text("mall_share")).isEqualTo("33.34");
        assertThat(small.text("merchant_share")).isEqualTo("22.22");
        // reversed the same day: the coupon is usable again
        Reply reversed = post("/api/v1/redemptions/" + small.text("redemption_no") + "/reversal", M1, null);
        assertThat(reversed.status()).isEqualTo(200);
        assertThat(reversed.text("coupon_status")).isEqualTo("ISSUED");
        // a reversal after 24 hours
        WORLD.now("2026-10-11T10:01");
        Reply late = post("/api/v1/redemptions/" + capped.text("redemption_no") + "/reversal", M1, null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("refused")).isEqualTo("REVERSAL_WINDOW_CLOSED");
    }

    @Test
    @Order(9)
    void october_settlement_is_offset_on_the_next_rent_installment() {
        WORLD.now("2026-11-02T10:00");
        Reply draft = get("/api/v1/subsidies/M-0001/2026-10", STAFF);
        assertThat(draft.text("status")).isEqualTo("DRAFT");
        // F1's 60.00 and F2's capped 48.00 (the reversed one is not owed)
        assertThat(draft.text("total")).isEqualTo("108.00");
        assertThat(get("/api/v1/subsidies/M-9999/2026-10", STAFF).status()).isEqualTo(404);
        Reply closed = post("/api/v1/subsidies/M-0001/2026-10/close", STAFF, "{\"settle\": \"OFFSET_RENT\"}");
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.text("method")).isEqualTo("OFFSET_RENT");
        assertThat(closed.body().path("offset").path("amount").asText()).isEqualTo("108.00");
        assertThat(closed.body().path("offset").path("lease_no").asText()).startsWith("L-M-0001");
        assertThat(get("/api/v1/me/subsidies", M1).body().path("items").size()).isEqualTo(1);
        assertThat(get("/api/v1/me/subsidies", M2).body().path("items").size()).isZero();
    }

    static String redeem(String code, String amount, String orderNo) {
        return "{\"coupon_code\": \"" + code + "\", \"order_amount\": \"" + amount + "\""
                + (orderNo == null ? "" : ", \"order_no\": \"" + orderNo + "\"") + "}";
    }

    static final String F1 = """
            {"campaign_no": "C-2026-10", "name": "国庆满减", "kind": "COUPON",
             "starts_at": "2026-10-01T00:00:00+08:00", "ends_at": "2026-10-07T23:59:59+08:00",
             "audience": {"provinces": [], "categories": [], "segments": [], "channels": []},
             "capacity": null,
             "coupon": {"face": "AMOUNT_OFF", "threshold": "500.00", "amount": "50.00", "percent_off": null,
                        "cap": null, "stock": 3, "per_buyer": 2, "valid_days": null, "merchants": null,
                        "business_types": null, "mall_share_pct": "60"}}""";

    static final String F2 = """
            {"campaign_no": "C-F2", "name": "九折封顶", "kind": "COUPON",
             "starts_at": "2026-10-10T00:00:00+08:00", "ends_at": "2026-10-31T23:59:59+08:00",
             "coupon": {"face": "PERCENT_OFF", "threshold": "0", "percent_off": "10", "cap": "80.00",
                        "stock": 100, "per_buyer": 1, "mall_share_pct": "60"}}""";
}
