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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.http.common.Json;

/** Merchants, leases, receipts, deposits, placements, exits and the merchant's own view; with and without socket. */
abstract class LeasingApiContract {

    private final Http1Client client;

    LeasingApiContract(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        HttpApi.routing(routing, LeasingApiFixture.fresh());
    }

    record Reply(int status, String contentType, JsonNode body) {
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
                        text.isEmpty() ? null : Json.mapper().readTree(text));
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

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void staff_list_and_show_merchants_with_stage_history() {
        Reply list = get("/api/v1/merchants", LeasingApiFixture.STAFF);
        assertThat(list.status()).isEqualTo(200);
        assertThat(texts(list.body().get("items"), "merchant_no")).contains("M-0001", "M-0002");

        Reply m = get("/api/v1/merchants/M-0001", LeasingApiFixture.STAFF);
        assertThat(m.body().get("stage").asText()).isEqualTo("SIGNED");
        assertThat(texts(m.body().get("stage_history"), "stage")).containsExactly("NEGOTIATING", "SIGNED");
        assertThat(m.body().get("stage_history").get(0).get("dwell_days").isNumber()).isTrue();
        assertThat(get("/api/v1/merchants/M-9", LeasingApiFixture.STAFF).status()).isEqualTo(404);
        assertThat(get("/api/v1/merchants", LeasingApiFixture.M1).status()).isEqualTo(403);
    }

    @Test
    void staff_see_a_lease_and_its_schedule_in_the_contract_shape() {
        Reply lease = get("/api/v1/leases/L-1", LeasingApiFixture.STAFF);
        assertThat(lease.status()).isEqualTo(200);
        assertThat(lease.body().get("monthly_rent").asText()).isEqualTo("8190.00");

        Reply s = get("/api/v1/leases/L-1/schedule?as_of=2026-05-01", LeasingApiFixture.STAFF);
        assertThat(s.status()).isEqualTo(200);
        assertThat(s.body().get("total").asText()).isEqualTo("81900.00");
        JsonNode first = s.body().get("installments").get(0);
        for (String f : List.of("seq", "period_start", "period_end", "amount", "due_on", "paid", "status")) {
            assertThat(first.has(f)).as(f).isTrue();
        }
        assertThat(texts(s.body().get("installments"), "amount"))
                .containsExactly("8190.00", "24570.00", "24570.00", "24570.00");
        assertThat(get("/api/v1/leases?merchant=M-0002", LeasingApiFixture.STAFF).body().get("items")).hasSize(1);
        assertThat(get("/api/v1/leases/NOPE", LeasingApiFixture.STAFF).status()).isEqualTo(404);
        assertThat(get("/api/v1/leases/L-1/schedule?as_of=yesterday", LeasingApiFixture.STAFF).status())
                .isEqualTo(400);
    }

    static final String SPEC = """
            {"lease_no": "L-NEW", "merchant_no": "M-0002", "stall_nos": ["B201"], "kind": "NEW",
             "start": "2026-06-01", "end": "2027-05-31", "rent_per_m2_month": "120.00", "billing": "MONTHLY"}""";

    @Test
    void a_lease_posted_twice_with_one_idempotency_key_is_signed_once_and_replays_the_first_reply() {
        Reply first = send(Method.POST, "/api/v1/leases", LeasingApiFixture.STAFF, SPEC, "k-lease-1");
        Reply again = send(Method.POST, "/api/v1/leases", LeasingApiFixture.STAFF, SPEC, "k-lease-1");
        Reply other = send(Method.POST, "/api/v1/leases", LeasingApiFixture.STAFF,
                SPEC.replace("L-NEW", "L-OTHER"), "k-lease-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("monthly_rent").asText()).isEqualTo("1920.00");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(other.status()).isEqualTo(422);
        assertThat(get("/api/v1/leases/L-OTHER", LeasingApiFixture.STAFF).status()).isEqualTo(404);
        assertThat(get("/api/v1/stalls/B201", LeasingApiFixture.STAFF).body().get("status").asText())
                .isEqualTo("LEASED");
    }

    @Test
    void bad_lease_input_is_400_with_fields_and_a_rule_refusal_is_409() {
        Reply bad = post("/api/v1/leases", LeasingApiFixture.STAFF, SPEC.replace("\"MONTHLY\"", "\"WEEKLY\"")
                .replace("2026-06-01", "2026-06-31"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(texts(bad.body().get("errors"), "field")).contains("billing", "start");

        Reply overlap = post("/api/v1/leases", LeasingApiFixture.STAFF, SPEC.replace("L-NEW", "L-X")
                .replace("B201", "A101"));
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.body().get("detail").asText()).contains("L-1");
        assertThat(post("/api/v1/leases", LeasingApiFixture.STAFF, "{not json").status()).isEqualTo(400);
        assertThat(post("/api/v1/leases", LeasingApiFixture.M1, SPEC).status()).isEqualTo(403);
    }

    @Test
    void a_receipt_is_allocated_and_a_replayed_key_returns_the_first_allocation() {
        String body = """
                {"lease_no": "L-2", "amount": "3600.00", "received_on": "2026-03-01", "method": "CASH"}""";
        Reply first = send(Method.POST, "/api/v1/receipts", LeasingApiFixture.STAFF, body, "k-receipt-1");
        Reply again = send(Method.POST, "/api/v1/receipts", LeasingApiFixture.STAFF, body, "k-receipt-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("allocations").get(0).get("seq").asInt()).isEqualTo(1);
        assertThat(first.body().get("allocations").get(0).get("kind").asText()).isEqualTo("RENT");
        assertThat(first.body().get("allocations").get(0).get("amount").asText()).isEqualTo("3600.00");
        assertThat(first.body().get("credit").asText()).isEqualTo("0.00");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(send(Method.POST, "/api/v1/receipts", LeasingApiFixture.LEASING_DESK, body, null).status())
                .as("招商部 does not book receipts").isEqualTo(403);
        Reply shown = get("/api/v1/receipts/" + first.body().get("receipt_no").asText(), LeasingApiFixture.STAFF);
        assertThat(shown.body().get("lease_no").asText()).isEqualTo("L-2");
        assertThat(shown.body().get("allocations")).isEqualTo(first.body().get("allocations"));
        assertThat(get("/api/v1/receipts/R-NOPE", LeasingApiFixture.STAFF).status()).isEqualTo(404);
        JsonNode l2 = get("/api/v1/leases/L-2/schedule?as_of=2026-03-01", LeasingApiFixture.STAFF).body();
        assertThat(l2.get("installments").get(0).get("paid").asText()).isEqualTo("3600.00");
        assertThat(post("/api/v1/receipts", LeasingApiFixture.STAFF, body.replace("L-2", "L-404")).status())
                .isEqualTo(404);
        assertThat(post("/api/v1/receipts", LeasingApiFixture.STAFF, body.replace("3600.00", "-1")).status())
                .isEqualTo(400);
    }

    @Test
    void an_amendment_and_a_deposit_are_posted_for_a_lease() {
        Reply amended = post("/api/v1/leases/L-1/amendments", LeasingApiFixture.STAFF, """
                {"amendment_no": "A-1", "effective_on": "2026-07-15",
                 "changes": [{"type": "FREE_EXTENSION", "months": 1}]}""");
        assertThat(amended.status()).isEqualTo(201);
        assertThat(amended.body().get("end_after").asText()).isEqualTo("2027-02-14");
        JsonNode versions = get("/api/v1/leases/L-1", LeasingApiFixture.STAFF).body().get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("amendment_no").asText()).isEqualTo("A-1");
        assertThat(post("/api/v1/leases/L-1/amendments", LeasingApiFixture.STAFF, """
                {"amendment_no": "A-1", "effective_on": "2026-07-15",
                 "changes": [{"type": "FREE_EXTENSION", "months": 1}]}""").status()).isEqualTo(409);
        assertThat(post("/api/v1/leases/L-1/amendments", LeasingApiFixture.STAFF, """
                {"effective_on": "2026-07-15", "changes": [{"type": "GIFT"}]}""").status()).isEqualTo(400);

        Reply deposit = post("/api/v1/leases/L-1/deposit", LeasingApiFixture.STAFF, "{\"amount\": \"10000.00\"}");
        assertThat(deposit.status()).isEqualTo(200);
        assertThat(deposit.body().get("deposit_held").asText()).isEqualTo("10000.00");
        assertThat(post("/api/v1/leases/L-1/deposit", LeasingApiFixture.STAFF, "{\"amount\": \"9000.00\"}")
                .status()).isEqualTo(409);
    }

    @Test
    void an_amendment_counting_months_outside_one_to_240_is_a_400_naming_the_months_of_that_change() {
        int versions = get("/api/v1/leases/L-1", LeasingApiFixture.STAFF).body().get("versions").size();
        for (String type : List.of("FREE_EXTENSION", "RENT_FREE_MONTHS")) {
            for (String months : List.of("0", "-1", "241", "999", "\"abc\"", "null")) {
                Reply r = post("/api/v1/leases/L-1/amendments", LeasingApiFixture.STAFF, "{\"effective_on\": "
                        + "\"2026-07-15\", \"changes\": [{\"type\": \"" + type + "\", \"from\": \"2026-08-01\", "
                        + "\"months\": " + months + "}]}");
                assertThat(r.status()).as(type + " " + months).isEqualTo(400);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(texts(r.body().get("errors"), "field")).as(type + " " + months)
                        .containsExactly("changes[0].months");
                if (!months.startsWith("\"")) {
                    assertThat(texts(r.body().get("errors"), "reason")).as(type + " " + months).singleElement()
                            .asString().contains("1 to 240");
                }
            }
        }
        assertThat(get("/api/v1/leases/L-1", LeasingApiFixture.STAFF).body().get("versions")).as("unchanged")
                .hasSize(versions);
    }

    @Test
    void reminders_list_what_is_overdue_with_late_fees() {
        Reply r = get("/api/v1/reminders?as_of=2026-05-01&within=0", LeasingApiFixture.STAFF);
        assertThat(r.status()).isEqualTo(200);
        assertThat(texts(r.body().get("items"), "lease_no")).contains("L-1");
        assertThat(r.body().get("items").get(0).get("late_fee").isTextual()).isTrue();
        assertThat(r.body().has("next_cursor")).isTrue();
    }

    @Test
    void a_second_hold_on_a_reserved_stall_is_409_and_a_refund_releases_it() {
        String hold = """
                {"stall_no": "B202", "merchant_no": "M-0001", "amount": "5000", "kind": "PREPAYMENT",
                 "on": "2026-05-01"}""";
        Reply first = post("/api/v1/deposits", LeasingApiFixture.STAFF, hold);
        Reply second = post("/api/v1/deposits", LeasingApiFixture.STAFF, hold.replace("M-0001", "M-0002"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("status").asText()).isEqualTo("HELD");
        assertThat(second.status()).isEqualTo(409);
        String no = first.body().get("deposit_no").asText();
        assertThat(get("/api/v1/deposits/" + no, LeasingApiFixture.STAFF).body().get("received").asText())
                .isEqualTo("5000.00");

        Reply refund = post("/api/v1/deposits/" + no + "/refund", LeasingApiFixture.STAFF, null);
        assertThat(refund.status()).isEqualTo(200);
        assertThat(refund.body().get("pay_back").asText()).isEqualTo("5000.00");
        assertThat(get("/api/v1/stalls/B202", LeasingApiFixture.STAFF).body().get("status").asText())
                .isEqualTo("VACANT");
        assertThat(post("/api/v1/deposits/" + no + "/refund", LeasingApiFixture.STAFF, null).status()).isEqualTo(409);
        assertThat(post("/api/v1/deposits", LeasingApiFixture.STAFF, hold.replace("PREPAYMENT", "GIFT")).status())
                .isEqualTo(400);
    }

    @Test
    void a_placement_goes_from_draft_to_approved_and_prefills_a_lease() {
        Reply draft = post("/api/v1/placements", LeasingApiFixture.STAFF, """
                {"merchant_no": "M-0002", "stall_nos": ["B203"], "rent_per_m2_month": "118.00"}""");
        assertThat(draft.status()).isEqualTo(201);
        String no = draft.body().get("placement_no").asText();
        assertThat(draft.body().get("grade").asText()).isEqualTo("B");
        assertThat(post("/api/v1/placements/" + no + "/approve", LeasingApiFixture.STAFF, null).status())
                .isEqualTo(409);
        assertThat(post("/api/v1/placements/" + no + "/submit", LeasingApiFixture.STAFF, null).status())
                .isEqualTo(200);
        Reply approved = post("/api/v1/placements/" + no + "/approve", LeasingApiFixture.STAFF, "{\"note\": \"ok\"}");
        assertThat(approved.body().get("status").asText()).isEqualTo("APPROVED");
        assertThat(texts(approved.body().get("trail"), "to")).containsExactly("DRAFT", "SUBMITTED", "APPROVED");

        Reply lease = post("/api/v1/leases", LeasingApiFixture.STAFF, """
                {"lease_no": "L-PLACED", "placement_no": "%s", "start": "2026-06-01", "end": "2027-05-31",
                 "billing": "QUARTERLY"}""".formatted(no));
        assertThat(lease.status()).isEqualTo(201);
        assertThat(lease.body().get("rent_per_m2_month").asText()).isEqualTo("118.00");
        assertThat(lease.body().get("merchant_no").asText()).isEqualTo("M-0002");
    }

    @Test
    void a_relocation_ends_the_old_lease_frees_its_stall_and_carries_the_deposit_over() {
        String old = SPEC.replace("L-NEW", "L-RELO-A").replace("B201", "B205").replace("2026-06-01", "2026-05-01")
                .replace("\"MONTHLY\"", "\"MONTHLY\", \"security_deposit\": \"3840.00\"");
        assertThat(post("/api/v1/leases", LeasingApiFixture.STAFF, old).status()).isEqualTo(201);
        assertThat(post("/api/v1/leases/L-RELO-A/deposit", LeasingApiFixture.STAFF, "{\"amount\": \"3840.00\"}")
                .status()).isEqualTo(200);
        String move = SPEC.replace("L-NEW", "L-RELO-B").replace("B201", "B206").replace("2026-06-01", "2026-06-16")
                .replace("\"NEW\"", "\"RELOCATION\", \"relocated_from\": \"L-RELO-A\"")
                .replace("\"MONTHLY\"", "\"MONTHLY\", \"security_deposit\": \"3840.00\"");

        Reply otherMerchant = post("/api/v1/leases", LeasingApiFixture.STAFF, move.replace("M-0002", "M-0001"));
        Reply notRelocation = post("/api/v1/leases", LeasingApiFixture.STAFF, move.replace("\"RELOCATION\"",
                "\"NEW\""));
        Reply moved = post("/api/v1/leases", LeasingApiFixture.STAFF, move);

        assertThat(otherMerchant.status()).isEqualTo(409);
        assertThat(otherMerchant.body().get("detail").asText()).contains("same merchant");
        assertThat(notRelocation.status()).isEqualTo(400);
        assertThat(texts(notRelocation.body().get("errors"), "field")).contains("relocated_from");
        assertThat(moved.status()).isEqualTo(201);
        JsonNode r = moved.body().get("relocation");
        assertThat(r.get("from_lease").asText()).isEqualTo("L-RELO-A");
        // nothing paid on the old lease: May (1,920.00), June 1–15 (15/30 of 1,920.00 = 960.00) and their late fees
        // to 06-15 (43.20 + 42.24) are settled from the deposit, the rest of which is carried over; July, due 06-01 but
        // for days after the old lease's last, is never billed, so neither is a late fee on it
        assertThat(r.get("released_paid_ahead").asText()).isEqualTo("0.00");
        assertThat(r.get("arrears_settled").asText()).isEqualTo("2965.44");
        assertThat(r.get("deposit_applied").asText()).isEqualTo("2965.44");
        assertThat(r.get("deposit_carried").asText()).isEqualTo("874.56");
        assertThat(r.get("still_owed").asText()).isEqualTo("0.00");
        assertThat(moved.body().get("deposit_received").asText()).isEqualTo("874.56");
        JsonNode ended = get("/api/v1/leases/L-RELO-A", LeasingApiFixture.STAFF).body();
        assertThat(ended.get("terminated_on").asText()).isEqualTo("2026-06-15");
        assertThat(ended.has("relocation")).isFalse();
        assertThat(get("/api/v1/stalls/B205", LeasingApiFixture.STAFF).body().get("status").asText())
                .isEqualTo("VACANT");
        assertThat(get("/api/v1/stalls/B206", LeasingApiFixture.STAFF).body().get("status").asText())
                .isEqualTo("LEASED");
    }

    @Test
    void an_exit_is_requested_approved_and_settled_with_its_statement() {
        post("/api/v1/leases", LeasingApiFixture.STAFF, SPEC.replace("L-NEW", "L-EXIT").replace("B201", "B204")
                .replace("M-0002", "M-0001"));
        Reply requested = post("/api/v1/exits", LeasingApiFixture.STAFF, """
                {"lease_no": "L-EXIT", "type": "SURRENDER", "initiator": "MERCHANT", "exit_on": "2026-08-31"}""");
        assertThat(requested.status()).isEqualTo(201);
        assertThat(requested.body().get("timing").asText()).isEqualTo("EARLY");
        String no = requested.body().get("exit_no").asText();
        assertThat(post("/api/v1/exits/" + no + "/settle", LeasingApiFixture.STAFF, null).status()).isEqualTo(409);
        assertThat(post("/api/v1/exits/" + no + "/approve", LeasingApiFixture.STAFF, null).status()).isEqualTo(200);

        Reply settled = post("/api/v1/exits/" + no + "/settle", LeasingApiFixture.STAFF, "{\"damages\": \"500.00\"}");

        assertThat(settled.status()).isEqualTo(200);
        JsonNode st = settled.body().get("settlement");
        assertThat(st.get("damages").asText()).isEqualTo("500.00");
        assertThat(st.get("arrears").asText()).isEqualTo("7680.00");
        assertThat(st.get("amount_owed").isTextual()).isTrue();
        assertThat(get("/api/v1/leases/L-EXIT", LeasingApiFixture.STAFF).body().get("status").asText())
                .isEqualTo("TERMINATED");
        assertThat(get("/api/v1/stalls/B204", LeasingApiFixture.STAFF).body().get("status").asText())
                .isEqualTo("VACANT");
    }

    @Test
    void a_merchant_sees_only_its_own_leases_and_bills() {
        Reply mine = get("/api/v1/me/leases", LeasingApiFixture.M1);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(texts(mine.body().get("items"), "merchant_no")).containsOnly("M-0001");
        assertThat(get("/api/v1/me/leases/L-1", LeasingApiFixture.M1).status()).isEqualTo(200);
        Reply other = get("/api/v1/me/leases/L-2", LeasingApiFixture.M1);
        assertThat(other.status()).isEqualTo(404);
        assertThat(get("/api/v1/me/leases/L-2/schedule", LeasingApiFixture.M1).status()).isEqualTo(404);
        assertThat(get("/api/v1/me/leases/L-2", LeasingApiFixture.M2).status()).isEqualTo(200);

        Reply bills = get("/api/v1/me/bills?as_of=2026-05-01", LeasingApiFixture.M1);
        assertThat(bills.status()).isEqualTo(200);
        assertThat(texts(bills.body().get("items"), "lease_no")).contains("L-1").doesNotContain("L-2");
        JsonNode q1 = bills.body().get("items").get(0);
        assertThat(q1.get("outstanding").asText()).isEqualTo("8190.00");
        assertThat(q1.get("late_fee").asText()).isEqualTo("434.07");
        assertThat(q1.get("status").asText()).isEqualTo("OVERDUE");
        assertThat(get("/api/v1/me/bills", LeasingApiFixture.STAFF).status()).isEqualTo(403);
        assertThat(get("/api/v1/me/bills", null).status()).isEqualTo(401);
    }

    @Test
    void the_openapi_document_describes_the_leasing_routes() {
        try (HttpClientResponse res = client.get("/openapi.yaml").request()) {
            assertThat(res.as(String.class)).contains("/api/v1/merchants:", "/api/v1/leases:",
                    "/api/v1/leases/{no}/schedule:", "/api/v1/receipts:", "/api/v1/deposits:", "/api/v1/me/leases:",
                    "/api/v1/me/bills:", "/api/v1/placements:", "/api/v1/exits:", "/api/v1/reminders:",
                    "/api/v1/leases/{no}/amendments:", "/api/v1/leases/{no}/deposit:");
        }
    }
}
