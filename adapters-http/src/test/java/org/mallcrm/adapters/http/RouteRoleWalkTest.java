package org.mallcrm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.access.service.AccessTokenService;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.application.stall.service.FloorQueryService;
import org.mallcrm.application.stall.service.StallQueryService;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.credit.BehaviourRecordId;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.request.RequestNo;
import org.mallcrm.fixtures.access.InMemoryAccessTokens;
import org.mallcrm.fixtures.access.TestTokens;
import org.mallcrm.fixtures.common.FixedClock;
import org.mallcrm.fixtures.merchant.MerchantWorld;
import org.mallcrm.fixtures.stall.InMemoryStallDocuments;
import org.mallcrm.fixtures.stall.InMemoryStalls;
import org.mallcrm.fixtures.stall.ReshapeFixtures;

/**
 * Walks every route the server really registered (as {@link HttpApi#routing} reports them) with every kind of
 * caller: STAFF (no department: every capability), a CLERK (staff of a department that holds no capability), the
 * MERCHANT who owns the record, ANOTHER merchant, a BUYER, a CHANNEL and no token, and checks the status each gets.
 * Staff routes are 403 for every outside role; a staff change is 403 to a department without its capability (as
 * {@link RouteTable} says); a merchant reaching another merchant's record is 404; everything under /api/v1 is 401
 * without a token. A registered route without a sample call here, without a row in the route table or without
 * its description in openapi.yaml fails the walk.
 */
@RoutingTest
class RouteRoleWalkTest {

    enum Caller { STAFF, OWN, OTHER, BUYER, CHANNEL, NONE, CLERK }

    static final InMemoryAccessTokens STORED = new InMemoryAccessTokens();
    static final AccessTokenService TOKENS =
            new AccessTokenService(STORED, TestTokens.EVERY_SUBJECT, FixedClock.at("2026-04-01T00:00:00Z"));
    static final Map<Caller, String> TOKEN = new LinkedHashMap<>();
    static final MerchantWorld WORLD = new MerchantWorld("2026-04-01T02:00:00Z");
    static final InMemoryStalls STALLS = new InMemoryStalls();
    /** M-0001 (OWN) leases A101 as L-1, M-0002 (OTHER) leases A102 as L-2. */
    static final org.mallcrm.fixtures.lease.LeasingWorld LEASING = LeasingApiFixture.world();
    /** B-0001 (BUYER) holds coupons of C-RUN; M-0001 (OWN) redeemed two of them. */
    static final MarketingApiFixture.Walk MARKETING = MarketingApiFixture.walk();
    /** Records the walk acts on, one per mutating route so each route finds what it needs. */
    static final Map<String, String> IDS = new LinkedHashMap<>();

    static {
        // the walking staff member has no department (every capability) and is group-level (the group report)
        TOKEN.put(Caller.STAFF, TestTokens.token(TOKENS.create(new Principal("walk-staff", Role.STAFF,
                Optional.empty(), Optional.empty(), true))));
        // a staff token whose department grants nothing: one stored before tokens create checked the department
        // (it refuses 保安部 now), so put in the store as such a token is
        String clerk = "mc_walk-clerk-token-of-an-unknown-department";
        STORED.add(AccessTokenService.hash(clerk), new Principal("walk-clerk", Role.STAFF, Optional.empty(),
                Optional.of("保安部")), java.time.Instant.parse("2026-04-01T00:00:00Z"));
        TOKEN.put(Caller.CLERK, clerk);
        TOKEN.put(Caller.OWN, token("walk-m1", Role.MERCHANT, "M-0001"));
        TOKEN.put(Caller.OTHER, token("walk-m2", Role.MERCHANT, "M-0002"));
        TOKEN.put(Caller.BUYER, token("walk-buyer", Role.BUYER, "B-0001"));
        TOKEN.put(Caller.CHANNEL, token("walk-channel", Role.CHANNEL, "CH-01"));
        STALLS.insert(List.of(ReshapeFixtures.a101(), ReshapeFixtures.a102(), ReshapeFixtures.a103()));
        MerchantNo m1 = MerchantNo.of("M-0001");
        MerchantNo m2 = MerchantNo.of("M-0002");
        WORLD.merchants.insert(List.of(Merchant.enter(m1, "杭州丽人服饰", Stage.OPERATING, LocalDate.parse("2026-01-05")),
                Merchant.enter(m2, "广州潮男", Stage.OPERATING, LocalDate.parse("2026-01-10"))));
        WORLD.lease("M-0001", "1F-A-101");
        WORLD.lease("M-0002", "1F-A-102");
        WORLD.credit.setTypes(List.of(new CreditUseCases.TypeSpec("LATE_OPENING", "迟开门", -1, "NORMAL", false)));
        for (String key : List.of("appeal", "uphold", "withdraw", "mine")) {
            String id = done(WORLD.credit.record(new CreditUseCases.RecordCommand("M-0001", "LATE_OPENING",
                    LocalDate.parse("2026-03-01").plusDays(IDS.size()), null, key, null))).record().id().value();
            IDS.put("record-" + key, id);
            if (key.equals("uphold") || key.equals("withdraw")) {
                done(WORLD.credit.appeal(BehaviourRecordId.of(id), m1));
            }
        }
        for (String key : List.of("show", "approve", "reject")) {
            IDS.put("ot-" + key, done(WORLD.requestCases.askOvertime(m1, "1F-A-101", LocalDate.parse("2026-04-03"),
                    LocalTime.of(18, 0), LocalTime.of(22, 0), key)).no().value());
        }
        for (String key : List.of("show", "assign", "resolve")) {
            IDS.put("rp-" + key, done(WORLD.requestCases.reportRepair(m1, "1F-A-101", "水电", key, "NORMAL"))
                    .no().value());
        }
        done(WORLD.requestCases.assign(RequestNo.of(IDS.get("rp-resolve")), "staff", "工程-刘工"));
        for (String key : List.of("show", "answer")) {
            IDS.put("fb-" + key, done(WORLD.requestCases.giveFeedback(m1, null, "卫生", key)).no().value());
        }
    }

    static String token(String name, Role role, String subject) {
        return TestTokens.token(TOKENS.create(new Principal(name, role, Optional.ofNullable(subject),
                Optional.empty())));
    }

    static <T> T done(Outcome<T> o) {
        assertThat(o).as(o.toString()).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<T>) o).value();
    }

    /** The routes the server registered. */
    static HttpApi.Registered server;

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        server = HttpApi.routing(routing, LeasingApiFixture.services(TOKENS, new StallQueryService(STALLS),
                ReshapeApiFixture.useCases(STALLS, new InMemoryStallDocuments()), new FloorQueryService(STALLS),
                LEASING, MerchantDeskFixture.useCases(WORLD), MarketingApiFixture.useCases(MARKETING.world())));
    }

    /** One route: method and template as openapi.yaml writes them, the concrete call, and what each caller gets. */
    record Route(String method, String template, String path, String body, Map<Caller, Integer> expected) {
    }

    static final List<Route> ROUTES = new ArrayList<>();

    /**
     * Statuses in Caller order: STAFF, OWN, OTHER, BUYER, CHANNEL, NONE; a CLERK gets 403 where the route table
     * asks for a capability, else what STAFF gets.
     */
    static void route(String method, String template, String path, String body, int... statuses) {
        Map<Caller, Integer> expected = new LinkedHashMap<>();
        for (Caller c : Caller.values()) {
            if (c != Caller.CLERK) {
                expected.put(c, statuses[c.ordinal()]);
            }
        }
        boolean needsCapability = RouteTable.api().find(method, template)
                .map(r -> r.access().capability().isPresent() || r.access().groupLevel()).orElse(false);
        expected.put(Caller.CLERK, needsCapability ? 403 : statuses[Caller.STAFF.ordinal()]);
        ROUTES.add(new Route(method, template, path, body, expected));
    }

    /** A staff route: STAFF gets {@code staff}; outside roles 403; no token 401. */
    static void staff(String method, String template, String path, String body, int staff) {
        route(method, template, path, body, staff, 403, 403, 403, 403, 401);
    }

    static {
        route("GET", "/health", "/health", null, 200, 200, 200, 200, 200, 200);
        route("GET", "/openapi.yaml", "/openapi.yaml", null, 200, 200, 200, 200, 200, 200);
        route("GET", "/api/v1/me", "/api/v1/me", null, 200, 200, 200, 200, 200, 401);
        staff("GET", "/api/v1/stalls", "/api/v1/stalls", null, 200);
        staff("GET", "/api/v1/stalls/{no}", "/api/v1/stalls/A101", null, 200);
        staff("POST", "/api/v1/stalls/{no}/split", "/api/v1/stalls/A101/split", "{}", 400);
        staff("POST", "/api/v1/stalls/merge", "/api/v1/stalls/merge", "{}", 400);
        staff("POST", "/api/v1/stalls/{no}/change", "/api/v1/stalls/A101/change", "{}", 400);
        staff("GET", "/api/v1/stalls/{no}/history", "/api/v1/stalls/A101/history", null, 200);
        staff("GET", "/api/v1/floors/{floor}/plan.svg", "/api/v1/floors/1F/plan.svg", null, 200);
        staff("GET", "/api/v1/floors/{floor}/stats", "/api/v1/floors/1F/stats", null, 200);

        String m = "/api/v1/merchants/M-0001";
        staff("GET", "/api/v1/merchants", "/api/v1/merchants", null, 200);
        staff("GET", "/api/v1/merchants/{no}", m, null, 200);
        staff("POST", "/api/v1/merchants/{no}/advance", m + "/advance", "{\"to\": \"EXITING\"}", 200);
        staff("GET", "/api/v1/merchants/{no}/follow-ups", m + "/follow-ups", null, 200);
        staff("POST", "/api/v1/merchants/{no}/follow-ups", m + "/follow-ups", "{\"note\": \"拜访\"}", 201);
        staff("POST", "/api/v1/merchants/{no}/contacts", m + "/contacts", "{\"name\": \"张会计\"}", 201);
        staff("GET", "/api/v1/merchants/{no}/log", m + "/log", null, 200);
        staff("POST", "/api/v1/merchants/{no}/log", m + "/log", "{\"note\": \"提醒整改\"}", 201);
        staff("GET", "/api/v1/merchants/{no}/credit", m + "/credit", null, 200);
        staff("POST", "/api/v1/merchants/{no}/credit-records", m + "/credit-records",
                "{\"type\": \"LATE_OPENING\", \"on\": \"2026-03-31\"}", 201);
        staff("GET", "/api/v1/follow-ups/due", "/api/v1/follow-ups/due", null, 200);
        staff("GET", "/api/v1/merchant-reports/{report}", "/api/v1/merchant-reports/funnel", null, 200);
        staff("GET", "/api/v1/credit-types", "/api/v1/credit-types", null, 200);
        staff("PUT", "/api/v1/credit-types", "/api/v1/credit-types",
                "[{\"code\": \"LATE_OPENING\", \"name\": \"迟开门\", \"points\": -1}]", 200);
        for (String step : List.of("appeal", "uphold", "withdraw")) {
            staff("POST", "/api/v1/credit-records/{id}/" + step,
                    "/api/v1/credit-records/" + IDS.get("record-" + step) + "/" + step, null, 200);
        }
        route("GET", "/api/v1/me/credit", "/api/v1/me/credit", null, 403, 200, 200, 403, 403, 401);
        route("POST", "/api/v1/me/credit-records/{id}/appeal",
                "/api/v1/me/credit-records/" + IDS.get("record-mine") + "/appeal", null, 403, 200, 404, 403, 403, 401);

        for (String[] k : new String[][] {{"overtime-requests", "ot", "approve", "{\"note\": \"同意\"}", "reject",
                "{\"reason\": \"消防检查\"}"}, {"repair-requests", "rp", "assign", "{\"to\": \"工程-刘工\"}", "resolve",
                "{\"resolution\": \"更换插座\"}"}, {"feedback", "fb", "answer", "{\"answer\": \"已安排\"}", null, null}}) {
            String base = "/api/v1/" + k[0];
            staff("GET", base, base, null, 200);
            staff("GET", base + "/{no}", base + "/" + IDS.get(k[1] + "-show"), null, 200);
            staff("POST", base + "/{no}/" + k[2], base + "/" + IDS.get(k[1] + "-" + k[2]) + "/" + k[2], k[3], 200);
            if (k[4] != null) {
                staff("POST", base + "/{no}/" + k[4], base + "/" + IDS.get(k[1] + "-" + k[4]) + "/" + k[4], k[5], 200);
            }
            String me = "/api/v1/me/" + k[0];
            route("GET", me, me, null, 403, 200, 200, 403, 403, 401);
            String create = switch (k[1]) {
                case "ot" -> "{\"stall_no\": \"1F-A-101\", \"date\": \"2026-04-05\", \"from\": \"18:00\", \"to\": "
                        + "\"21:00\", \"reason\": \"到货\"}";
                case "rp" -> "{\"stall_no\": \"1F-A-101\", \"category\": \"空调\", \"description\": \"不制冷\"}";
                default -> "{\"stall_no\": \"1F-A-101\", \"category\": \"卫生\", \"text\": \"门口积水\"}";
            };
            // the other merchant names a stall it does not lease: refused
            route("POST", me, me, create, 403, 201, 409, 403, 403, 401);
            route("GET", me + "/{no}", me + "/" + IDS.get(k[1] + "-show"), null, 403, 200, 404, 403, 403, 401);
        }

        // leasing: staff routes (a body of {} is bad input, an unknown number is not found) and the merchant's own
        staff("GET", "/api/v1/leases", "/api/v1/leases", null, 200);
        staff("POST", "/api/v1/leases", "/api/v1/leases", "{}", 400);
        staff("GET", "/api/v1/leases/{no}", "/api/v1/leases/L-1", null, 200);
        staff("GET", "/api/v1/leases/{no}/schedule", "/api/v1/leases/L-1/schedule", null, 200);
        staff("POST", "/api/v1/leases/{no}/amendments", "/api/v1/leases/L-1/amendments", "{}", 400);
        staff("POST", "/api/v1/leases/{no}/deposit", "/api/v1/leases/L-1/deposit", "{}", 400);
        staff("GET", "/api/v1/receipts", "/api/v1/receipts", null, 200);
        staff("POST", "/api/v1/receipts", "/api/v1/receipts", "{}", 400);
        staff("GET", "/api/v1/receipts/{no}", "/api/v1/receipts/R-NONE", null, 404);
        staff("GET", "/api/v1/reminders", "/api/v1/reminders", null, 200);
        staff("GET", "/api/v1/deposits", "/api/v1/deposits", null, 200);
        staff("POST", "/api/v1/deposits", "/api/v1/deposits", "{}", 400);
        staff("GET", "/api/v1/deposits/{no}", "/api/v1/deposits/D-NONE", null, 404);
        for (String step : List.of("refund", "forfeit", "return-double")) {
            staff("POST", "/api/v1/deposits/{no}/" + step, "/api/v1/deposits/D-NONE/" + step, null, 404);
        }
        staff("GET", "/api/v1/placements", "/api/v1/placements", null, 200);
        staff("POST", "/api/v1/placements", "/api/v1/placements", "{}", 400);
        staff("GET", "/api/v1/placements/{no}", "/api/v1/placements/P-NONE", null, 404);
        for (String step : List.of("submit", "approve", "reject")) {
            staff("POST", "/api/v1/placements/{no}/" + step, "/api/v1/placements/P-NONE/" + step, "{}", 404);
        }
        staff("GET", "/api/v1/exits", "/api/v1/exits", null, 200);
        staff("POST", "/api/v1/exits", "/api/v1/exits", "{}", 400);
        staff("GET", "/api/v1/exits/{no}", "/api/v1/exits/X-NONE", null, 404);
        for (String step : List.of("approve", "withdraw", "settle")) {
            staff("POST", "/api/v1/exits/{no}/" + step, "/api/v1/exits/X-NONE/" + step, "{}", 404);
        }
        route("GET", "/api/v1/me/leases", "/api/v1/me/leases", null, 403, 200, 200, 403, 403, 401);
        route("GET", "/api/v1/me/leases/{no}", "/api/v1/me/leases/L-1", null, 403, 200, 404, 403, 403, 401);
        route("GET", "/api/v1/me/leases/{no}/schedule", "/api/v1/me/leases/L-1/schedule", null,
                403, 200, 404, 403, 403, 401);
        route("GET", "/api/v1/me/bills", "/api/v1/me/bills", null, 403, 200, 200, 403, 403, 401);

        // channels: buyers post scans, channel operators see their own trips and statements, staff everything
        route("POST", "/api/v1/scans", "/api/v1/scans", "{}", 403, 403, 403, 400, 403, 401);
        staff("GET", "/api/v1/trips", "/api/v1/trips", null, 200);
        staff("GET", "/api/v1/trips/{no}", "/api/v1/trips/T1", null, 200);
        staff("GET", "/api/v1/trips/{no}/heads", "/api/v1/trips/T1/heads", null, 200);
        staff("GET", "/api/v1/commissions", "/api/v1/commissions", null, 400);
        route("GET", "/api/v1/me/trips", "/api/v1/me/trips", null, 403, 403, 403, 403, 200, 401);
        route("POST", "/api/v1/me/trips", "/api/v1/me/trips", "{}", 403, 403, 403, 403, 400, 401);
        // T1 belongs to channel CH1, not to the walking channel CH-01: not found, not forbidden
        route("GET", "/api/v1/me/trips/{no}", "/api/v1/me/trips/T1", null, 403, 403, 403, 403, 404, 401);
        route("GET", "/api/v1/me/statements", "/api/v1/me/statements", null, 403, 403, 403, 403, 200, 401);
        route("GET", "/api/v1/me/statements/{month}", "/api/v1/me/statements/2025-03", null,
                403, 403, 403, 403, 200, 401);

        // buyers, campaigns and coupons
        route("POST", "/api/v1/me", "/api/v1/me", "{\"name\": \"王老板\"}", 403, 403, 403, 200, 403, 401);
        staff("GET", "/api/v1/buyers", "/api/v1/buyers", null, 200);
        staff("GET", "/api/v1/buyers/stats", "/api/v1/buyers/stats", null, 400);
        staff("GET", "/api/v1/buyers/rfm", "/api/v1/buyers/rfm", null, 200);
        staff("GET", "/api/v1/buyers/{id}", "/api/v1/buyers/B-0001", null, 200);
        route("GET", "/api/v1/campaigns", "/api/v1/campaigns", null, 200, 403, 403, 200, 403, 401);
        staff("POST", "/api/v1/campaigns", "/api/v1/campaigns", "{}", 400);
        route("GET", "/api/v1/campaigns/{no}", "/api/v1/campaigns/C-RUN", null, 200, 403, 403, 200, 403, 401);
        for (String step : List.of("start", "pause", "end")) {
            staff("POST", "/api/v1/campaigns/{no}/" + step, "/api/v1/campaigns/C-NONE/" + step, null, 404);
        }
        staff("GET", "/api/v1/campaigns/{no}/stats", "/api/v1/campaigns/C-RUN/stats", null, 200);
        route("POST", "/api/v1/campaigns/{no}/claims", "/api/v1/campaigns/C-RUN/claims", null,
                403, 403, 403, 201, 403, 401);
        staff("GET", "/api/v1/campaigns/{no}/signups", "/api/v1/campaigns/E-1/signups", null, 200);
        route("POST", "/api/v1/campaigns/{no}/signups", "/api/v1/campaigns/E-1/signups", null,
                403, 403, 403, 201, 403, 401);
        route("POST", "/api/v1/campaigns/{no}/signups/cancel", "/api/v1/campaigns/E-1/signups/cancel", null,
                403, 403, 403, 200, 403, 401);
        // B-0002 signed up; the event has not started: attendance is refused (409), as a route it is reached
        staff("POST", "/api/v1/campaigns/{no}/attendance", "/api/v1/campaigns/E-1/attendance",
                "{\"buyer_id\": \"B-0002\"}", 409);
        staff("GET", "/api/v1/coupons", "/api/v1/coupons", null, 200);
        staff("GET", "/api/v1/coupons/{code}", "/api/v1/coupons/" + MARKETING.couponCode(), null, 200);
        route("POST", "/api/v1/redemptions", "/api/v1/redemptions", "{}", 403, 400, 400, 403, 403, 401);
        staff("GET", "/api/v1/redemptions", "/api/v1/redemptions", null, 200);
        route("GET", "/api/v1/redemptions/{no}", "/api/v1/redemptions/" + MARKETING.shownRedemption(), null,
                200, 200, 404, 403, 403, 401);
        // staff reverse first; the owner then finds it reversed; the other merchant does not find it
        route("POST", "/api/v1/redemptions/{no}/reversal", "/api/v1/redemptions/" + MARKETING.reversedRedemption()
                + "/reversal", null, 200, 409, 404, 403, 403, 401);
        staff("GET", "/api/v1/subsidies/{merchant}/{month}", "/api/v1/subsidies/M-0001/2026-10", null, 200);
        staff("POST", "/api/v1/subsidies/{merchant}/{month}/close", "/api/v1/subsidies/M-0001/2026-09/close", null,
                200);
        route("GET", "/api/v1/me/coupons", "/api/v1/me/coupons", null, 403, 403, 403, 200, 403, 401);
        route("GET", "/api/v1/me/signups", "/api/v1/me/signups", null, 403, 403, 403, 200, 403, 401);
        route("GET", "/api/v1/me/redemptions", "/api/v1/me/redemptions", null, 403, 200, 200, 403, 403, 401);
        route("GET", "/api/v1/me/redemptions/{no}", "/api/v1/me/redemptions/" + MARKETING.shownRedemption(), null,
                403, 200, 404, 403, 403, 401);
        route("GET", "/api/v1/me/subsidies", "/api/v1/me/subsidies", null, 403, 200, 200, 403, 403, 401);
        route("GET", "/api/v1/me/subsidies/{month}", "/api/v1/me/subsidies/2026-10", null,
                403, 200, 200, 403, 403, 401);
        // the mall's settings (a change needs SETTINGS), and the group report (group-level staff only)
        staff("GET", "/api/v1/settings", "/api/v1/settings", null, 200);
        staff("PATCH", "/api/v1/settings", "/api/v1/settings", "{\"lease.reminder_days\": \"7\"}", 200);
        staff("GET", "/api/v1/settings/history", "/api/v1/settings/history", null, 200);
        staff("GET", "/api/v1/group/report", "/api/v1/group/report", null, 200);
    }

    private final Http1Client client;

    RouteRoleWalkTest(DirectClient client) {
        this.client = client;
    }

    record Reply(int status, String body) {
    }

    private Reply call(Route r, Caller caller) {
        Http1ClientRequest req = client.method(Method.create(r.method())).path(r.path());
        String token = TOKEN.get(caller);
        if (token != null) {
            req.header(HeaderNames.AUTHORIZATION, "Bearer " + token);
        }
        req.header(HeaderNames.CONTENT_TYPE, "application/json");
        try (HttpClientResponse res = r.body() == null ? req.request() : req.submit(r.body())) {
            return new Reply(res.status().code(), res.as(String.class));
        }
    }

    @Test
    void every_registered_route_has_a_sample_call_and_a_row_in_the_route_table_and_every_row_is_registered() {
        Set<String> live = new LinkedHashSet<>();
        server.routes().forEach(r -> live.add(r.method() + " " + r.path()));
        Set<String> sampled = new LinkedHashSet<>();
        ROUTES.forEach(r -> sampled.add(r.method() + " " + r.template()));
        Set<String> rows = new LinkedHashSet<>();
        RouteTable.api().rows().forEach(r -> rows.add(r.key()));

        assertThat(live).as("the server registered routes").hasSizeGreaterThan(80);
        assertThat(sampled).as("registered routes without a sample call in this walk").containsAll(live);
        assertThat(live).as("sample calls of routes the server does not register").containsAll(sampled);
        assertThat(live).as("route table rows whose route the server does not register").containsAll(rows);
    }

    @Test
    void every_route_gives_each_caller_the_status_its_role_allows() {
        List<String> wrong = new ArrayList<>();
        Set<String> live = new LinkedHashSet<>();
        server.routes().forEach(r -> live.add(r.method() + " " + r.path()));
        for (Route r : ROUTES) {
            assertThat(live).as("a walked route is registered").contains(r.method() + " " + r.template());
            for (Caller c : Caller.values()) {
                Reply reply = call(r, c);
                if (reply.status() != r.expected().get(c)) {
                    wrong.add(r.method() + " " + r.path() + " as " + c + ": " + reply.status() + " (expected "
                            + r.expected().get(c) + ") " + reply.body().substring(0, Math.min(200, reply.body().length())));
                }
                if (reply.body().contains("no resource at")) {
                    wrong.add(r.method() + " " + r.path() + " as " + c + " reached no route at all");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_registered_routes_are_exactly_the_operations_openapi_yaml_describes() {
        Set<String> documented = documentedOperations();
        Set<String> live = new LinkedHashSet<>();
        server.routes().forEach(r -> live.add(r.method() + " " + r.path()));
        assertThat(live).as("routes registered but not described in openapi.yaml").isSubsetOf(documented);
        assertThat(documented).as("routes described in openapi.yaml but not registered").isSubsetOf(live);
    }

    @Test
    void outside_roles_never_reach_a_staff_list_and_a_merchant_never_sees_another_merchants_record() {
        assertThat(call(new Route("GET", "", "/api/v1/overtime-requests", null, Map.of()), Caller.OWN).status())
                .isEqualTo(403);
        Reply other = call(new Route("GET", "", "/api/v1/me/repair-requests/" + IDS.get("rp-show"), null, Map.of()),
                Caller.OTHER);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("插座").doesNotContain("M-0001\",");
    }

    /** "METHOD /path" for every operation of openapi.yaml, read line by line (paths at two spaces, methods at four). */
    static Set<String> documentedOperations() {
        String yaml;
        try (InputStream in = HttpApi.class.getResourceAsStream("/openapi.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> ops = new LinkedHashSet<>();
        String path = null;
        boolean inPaths = false;
        Pattern pathLine = Pattern.compile("^  (/\\S*):\\s*$");
        Pattern methodLine = Pattern.compile("^    (get|post|put|patch|delete):\\s*$");
        for (String line : yaml.split("\n")) {
            if (line.startsWith("paths:")) {
                inPaths = true;
                continue;
            }
            if (inPaths && !line.isEmpty() && !line.startsWith(" ")) {
                break;
            }
            Matcher p = pathLine.matcher(line);
            if (p.matches()) {
                path = p.group(1);
                continue;
            }
            Matcher m = methodLine.matcher(line);
            if (m.matches() && path != null) {
                ops.add(m.group(1).toUpperCase(java.util.Locale.ROOT) + " " + path);
            }
        }
        assertThat(ops).as("openapi.yaml has operations").isNotEmpty();
        return ops;
    }
}
