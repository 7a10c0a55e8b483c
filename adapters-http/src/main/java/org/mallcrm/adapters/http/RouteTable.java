package org.mallcrm.adapters.http;

import static org.mallcrm.adapters.http.common.Access.anyRole;
import static org.mallcrm.adapters.http.common.Access.open;
import static org.mallcrm.adapters.http.common.Access.roles;
import static org.mallcrm.adapters.http.common.Access.staff;
import static org.mallcrm.domain.access.Capability.CAMPAIGNS;
import static org.mallcrm.domain.access.Capability.CREDIT;
import static org.mallcrm.domain.access.Capability.DEPOSITS;
import static org.mallcrm.domain.access.Capability.EXITS;
import static org.mallcrm.domain.access.Capability.LEASES;
import static org.mallcrm.domain.access.Capability.PIPELINE;
import static org.mallcrm.domain.access.Capability.PLACEMENTS;
import static org.mallcrm.domain.access.Capability.RECEIPTS;
import static org.mallcrm.domain.access.Capability.REQUESTS;
import static org.mallcrm.domain.access.Capability.SETTINGS;
import static org.mallcrm.domain.access.Capability.STALL_RESHAPE;
import static org.mallcrm.domain.access.Capability.STATEMENTS;
import static org.mallcrm.domain.access.Role.BUYER;
import static org.mallcrm.domain.access.Role.CHANNEL;
import static org.mallcrm.domain.access.Role.MERCHANT;
import static org.mallcrm.domain.access.Role.STAFF;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.adapters.http.common.Access;

/**
 * Who may call each route of the API: the one table of route → roles (and, for staff changes, the capability of
 * {@link org.mallcrm.domain.access.Department} it needs), enforced by one filter around every route the server
 * registers ({@link ApiRoutes}). A route registered without a row here stops the server from starting, and the
 * route × role walk (RouteRoleWalkTest) checks every registered route with every kind of caller.
 *
 * <p>Every write ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) is retryable with
 * {@code Idempotency-Key} unless its row says it keeps its own idempotency ({@code POST /scans}, by scan id).
 */
public final class RouteTable {

    /** How a write is made safe to retry. */
    public enum Retry {
        /** A read: nothing to retry. */
        NONE,
        /** The idempotency filter: a replay of a key returns the first reply, stored in the write's transaction. */
        KEYED,
        /** The route does it itself (the key reaches the use case). */
        OWN
    }

    /**
     * One route: method and path template as {@code openapi.yaml} writes them, who may call it, how it retries, and
     * whether it confirms the caller's token in its own write ({@code POST /scans}: the filter then takes a token it
     * has seen live before without reading the store, and the route's write checks it in its transaction, refusing
     * with 401 what was revoked; see {@link org.mallcrm.adapters.http.common.Caller#tokenToConfirm}).
     */
    public record Row(String method, String path, Access access, Retry retry, boolean confirmsToken) {

        public Row(String method, String path, Access access, Retry retry) {
            this(method, path, access, retry, false);
        }

        public String key() {
            return method + " " + path;
        }

        /** The same route, keeping its own idempotency. */
        Row ownRetry() {
            return new Row(method, path, access, Retry.OWN, confirmsToken);
        }

        /** The same route, confirming the caller's token in its own write. */
        Row confirmingToken() {
            return new Row(method, path, access, retry, true);
        }
    }

    private static final String B = HttpApi.BASE;
    private final Map<String, Row> rows = new LinkedHashMap<>();

    private RouteTable() {
    }

    private void row(String method, String path, Access access) {
        Row r = new Row(method, path, access, method.equals("GET") ? Retry.NONE : Retry.KEYED);
        if (rows.put(r.key(), r) != null) {
            throw new IllegalStateException("two rows for " + r.key());
        }
    }

    private void get(String path, Access access) {
        row("GET", path, access);
    }

    private void post(String path, Access access) {
        row("POST", path, access);
    }

    /** The API's table. */
    public static RouteTable api() {
        RouteTable t = new RouteTable();
        t.get("/health", open());
        t.get("/openapi.yaml", open());
        t.get(B + "/me", anyRole());

        // stalls and floors
        t.get(B + "/stalls", staff());
        t.get(B + "/stalls/{no}", staff());
        t.get(B + "/stalls/{no}/history", staff());
        t.post(B + "/stalls/{no}/split", staff(STALL_RESHAPE));
        t.post(B + "/stalls/merge", staff(STALL_RESHAPE));
        t.post(B + "/stalls/{no}/change", staff(STALL_RESHAPE));
        t.get(B + "/floors/{floor}/plan.svg", staff());
        t.get(B + "/floors/{floor}/stats", staff());

        // the merchant desk
        t.get(B + "/merchants", staff());
        t.get(B + "/merchants/{no}", staff());
        t.post(B + "/merchants/{no}/advance", staff(PIPELINE));
        t.get(B + "/merchants/{no}/follow-ups", staff());
        t.post(B + "/merchants/{no}/follow-ups", staff(PIPELINE));
        t.post(B + "/merchants/{no}/contacts", staff(PIPELINE));
        t.get(B + "/merchants/{no}/log", staff());
        t.post(B + "/merchants/{no}/log", staff(PIPELINE));
        t.get(B + "/merchants/{no}/credit", staff());
        t.post(B + "/merchants/{no}/credit-records", staff(CREDIT));
        t.get(B + "/follow-ups/due", staff());
        t.get(B + "/merchant-reports/{report}", staff());
        t.get(B + "/credit-types", staff());
        t.row("PUT", B + "/credit-types", staff(CREDIT));
        t.post(B + "/credit-records/{id}/appeal", staff(CREDIT));
        t.post(B + "/credit-records/{id}/uphold", staff(CREDIT));
        t.post(B + "/credit-records/{id}/withdraw", staff(CREDIT));
        t.get(B + "/me/credit", roles(MERCHANT));
        t.post(B + "/me/credit-records/{id}/appeal", roles(MERCHANT));

        // merchants' requests: staff handle them, the merchant app makes them
        t.get(B + "/overtime-requests", staff());
        t.get(B + "/overtime-requests/{no}", staff());
        t.post(B + "/overtime-requests/{no}/approve", staff(REQUESTS));
        t.post(B + "/overtime-requests/{no}/reject", staff(REQUESTS));
        t.get(B + "/repair-requests", staff());
        t.get(B + "/repair-requests/{no}", staff());
        t.post(B + "/repair-requests/{no}/assign", staff(REQUESTS));
        t.post(B + "/repair-requests/{no}/resolve", staff(REQUESTS));
        t.get(B + "/feedback", staff());
        t.get(B + "/feedback/{no}", staff());
        t.post(B + "/feedback/{no}/answer", staff(REQUESTS));
        for (String kind : new String[] {"overtime-requests", "repair-requests", "feedback"}) {
            t.get(B + "/me/" + kind, roles(MERCHANT));
            t.post(B + "/me/" + kind, roles(MERCHANT));
            t.get(B + "/me/" + kind + "/{no}", roles(MERCHANT));
        }

        // leasing
        t.get(B + "/leases", staff());
        t.post(B + "/leases", staff(LEASES));
        t.get(B + "/leases/{no}", staff());
        t.get(B + "/leases/{no}/schedule", staff());
        t.post(B + "/leases/{no}/amendments", staff(LEASES));
        t.post(B + "/leases/{no}/deposit", staff(RECEIPTS));
        t.get(B + "/receipts", staff());
        t.post(B + "/receipts", staff(RECEIPTS));
        t.get(B + "/receipts/{no}", staff());
        t.get(B + "/reminders", staff());
        t.get(B + "/deposits", staff());
        t.post(B + "/deposits", staff(DEPOSITS));
        t.get(B + "/deposits/{no}", staff());
        t.post(B + "/deposits/{no}/refund", staff(DEPOSITS));
        t.post(B + "/deposits/{no}/forfeit", staff(DEPOSITS));
        t.post(B + "/deposits/{no}/return-double", staff(DEPOSITS));
        t.get(B + "/placements", staff());
        t.post(B + "/placements", staff(PLACEMENTS));
        t.get(B + "/placements/{no}", staff());
        t.post(B + "/placements/{no}/submit", staff(PLACEMENTS));
        t.post(B + "/placements/{no}/approve", staff(PLACEMENTS));
        t.post(B + "/placements/{no}/reject", staff(PLACEMENTS));
        t.get(B + "/exits", staff());
        t.post(B + "/exits", staff(EXITS));
        t.get(B + "/exits/{no}", staff());
        t.post(B + "/exits/{no}/approve", staff(EXITS));
        t.post(B + "/exits/{no}/withdraw", staff(EXITS));
        t.post(B + "/exits/{no}/settle", staff(EXITS));
        t.get(B + "/me/leases", roles(MERCHANT));
        t.get(B + "/me/leases/{no}", roles(MERCHANT));
        t.get(B + "/me/leases/{no}/schedule", roles(MERCHANT));
        t.get(B + "/me/bills", roles(MERCHANT));

        // channels
        t.post(B + "/scans", roles(BUYER));
        t.rows.put("POST " + B + "/scans", t.rows.get("POST " + B + "/scans").ownRetry().confirmingToken());
        t.get(B + "/trips", staff());
        t.get(B + "/trips/{no}", staff());
        t.get(B + "/trips/{no}/heads", staff());
        t.get(B + "/commissions", staff());
        t.get(B + "/me/trips", roles(CHANNEL));
        t.post(B + "/me/trips", roles(CHANNEL));
        t.get(B + "/me/trips/{no}", roles(CHANNEL));
        t.get(B + "/me/statements", roles(CHANNEL));
        t.get(B + "/me/statements/{month}", roles(CHANNEL));

        // buyers, campaigns and coupons: the buyer app, the merchant app's redemptions, staff analytics
        t.post(B + "/me", roles(BUYER));
        t.get(B + "/buyers", staff());
        t.get(B + "/buyers/stats", staff());
        t.get(B + "/buyers/rfm", staff());
        t.get(B + "/buyers/{id}", staff());
        t.get(B + "/campaigns", roles(BUYER, STAFF));
        t.post(B + "/campaigns", staff(CAMPAIGNS));
        t.get(B + "/campaigns/{no}", roles(BUYER, STAFF));
        t.post(B + "/campaigns/{no}/start", staff(CAMPAIGNS));
        t.post(B + "/campaigns/{no}/pause", staff(CAMPAIGNS));
        t.post(B + "/campaigns/{no}/end", staff(CAMPAIGNS));
        t.get(B + "/campaigns/{no}/stats", staff());
        t.post(B + "/campaigns/{no}/claims", roles(BUYER));
        t.get(B + "/campaigns/{no}/signups", staff());
        t.post(B + "/campaigns/{no}/signups", roles(BUYER));
        t.post(B + "/campaigns/{no}/signups/cancel", roles(BUYER));
        t.post(B + "/campaigns/{no}/attendance", staff(CAMPAIGNS));
        t.get(B + "/coupons", staff());
        t.get(B + "/coupons/{code}", staff());
        t.post(B + "/redemptions", roles(MERCHANT));
        t.get(B + "/redemptions", staff());
        t.get(B + "/redemptions/{no}", roles(MERCHANT, STAFF));
        t.post(B + "/redemptions/{no}/reversal", roles(MERCHANT).orStaff(CAMPAIGNS));
        t.get(B + "/subsidies/{merchant}/{month}", staff());
        t.post(B + "/subsidies/{merchant}/{month}/close", staff(STATEMENTS));
        t.get(B + "/me/coupons", roles(BUYER));
        t.get(B + "/me/signups", roles(BUYER));
        t.get(B + "/me/redemptions", roles(MERCHANT));
        t.get(B + "/me/redemptions/{no}", roles(MERCHANT));
        t.get(B + "/me/subsidies", roles(MERCHANT));
        t.get(B + "/me/subsidies/{month}", roles(MERCHANT));

        // the mall's settings, and the group's report
        t.get(B + "/settings", staff());
        t.row("PATCH", B + "/settings", staff(SETTINGS));
        t.get(B + "/settings/history", staff());
        t.get(B + "/group/report", Access.groupStaff());
        return t;
    }

    /** The row of a route, by method and path template. */
    public Optional<Row> find(String method, String path) {
        return Optional.ofNullable(rows.get(method + " " + path));
    }

    public Collection<Row> rows() {
        return rows.values();
    }
}
