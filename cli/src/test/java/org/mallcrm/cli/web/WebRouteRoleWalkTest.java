package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Method;
import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.MallcrmServer;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.adapters.http.web.WebConsole;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliRun;
import org.mallcrm.cli.TestStore;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

/**
 * Every web route the server really registered, called by nobody, a merchant, a finance clerk and an administrator,
 * with and without the CSRF token: what each gets follows from the route's {@link Access} row alone.
 */
class WebRouteRoleWalkTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private WebServer server;
    private WebConsole web;
    private String base;

    @BeforeEach
    void start() {
        CliRun cli = new CliRun(dir.resolve("m.db"));
        String header = "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n";
        cli.ok("import", "stalls", CliRun.write(dir, "stalls.csv", header
                + "1F-A-001,1F,A,女装,45.50,180.00,VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n"
                + "1F-A-002,1F,A,女装,40.00,180.00,LEASED,\"POLYGON((8000 0, 16000 0, 16000 5000, 8000 5000, 8000 0))\"\n"
        ).toString());
        cli.ok("import", "merchants", CliRun.write(dir, "merchants.csv",
                "merchant_no,name,contact_name,phone,lead_source,stage,grade,business_type,province\n"
                        + "M-0001,杭州丽人服饰,王芳,13800000001,,NEGOTIATING,,女装,浙江\n").toString());
        ctx = AppContext.open(TestStore.location(dir.resolve("m.db")), Optional.empty());
        WebConsole[] pages = new WebConsole[1];
        server = WebServer.builder().host("127.0.0.1").port(0)
                .routing(r -> pages[0] = MallcrmServer.routing(r, ctx.httpServices(), ctx.webServices()))
                .build().start();
        web = pages[0];
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.stop();
        ctx.close();
    }

    private String password(String login, String role, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("users", "create", login, "--role", role));
        args.addAll(List.of(more));
        return ctx.accounts().create(new org.mallcrm.application.account.port.in.AccountUseCases.NewAccount(login,
                Role.valueOf(role), more.length > 0 && more[0].equals("--department") ? more[1] : null,
                more.length > 0 && more[0].equals("--merchant") ? more[1] : null, null)) instanceof
                org.mallcrm.application.common.port.in.Outcome.Done<
                        org.mallcrm.application.account.port.in.AccountUseCases.Created> d
                ? d.value().generatedPassword().orElseThrow() : fail(args);
    }

    private static String fail(List<String> args) {
        throw new AssertionError("cannot create " + args);
    }

    /** A path to call for a route pattern: its parameters filled with records that exist. */
    static String path(WebRoute r) {
        String p = r.path().replace("{floor}", "1F").replace("{channel}", "CH01").replace("{month}", "2026-03")
                .replace("{exitNo}", "X-NONE").replace("{id}", "B-NONE").replace("{placement}", "P-NONE");
        if (p.startsWith("/stalls/")) {
            p = p.replace("{no}", "1F-A-001");
        }
        if (p.startsWith("/merchants/")) {
            p = p.replace("{no}", "M-0001");
        }
        return p.replace("{no}", "L-NONE");
    }

    @Test
    void every_route_answers_each_role_as_its_access_row_says() throws Exception {
        Map<String, WebVisitor> visitors = new LinkedHashMap<>();
        visitors.put("nobody", new WebVisitor(base));
        visitors.put("merchant", new WebVisitor(base).signedIn("m-0001", password("m-0001", "MERCHANT", "--merchant",
                "M-0001")));
        visitors.put("finance", new WebVisitor(base).signedIn("li.na", password("li.na", "STAFF", "--department",
                "FINANCE")));
        visitors.put("marketing", new WebVisitor(base).signedIn("zhao.yu", password("zhao.yu", "STAFF", "--department",
                "MARKETING")));
        visitors.put("admin", new WebVisitor(base).signedIn("boss", password("boss", "STAFF", "--department",
                "ADMIN")));
        Map<String, Principal> who = Map.of(
                "merchant", new Principal("m-0001", Role.MERCHANT, Optional.of("M-0001"), Optional.empty()),
                "finance", new Principal("li.na", Role.STAFF, Optional.empty(), Optional.of("FINANCE")),
                "marketing", new Principal("zhao.yu", Role.STAFF, Optional.empty(), Optional.of("MARKETING")),
                "admin", new Principal("boss", Role.STAFF, Optional.empty(), Optional.of("ADMIN")));

        List<WebRoute> routes = web.routes();
        assertThat(routes).hasSizeGreaterThan(20);
        List<String> walked = new ArrayList<>();
        for (WebRoute r : routes) {
            if (r.path().equals("/logout")) {
                continue;
            }
            String path = path(r);
            for (Map.Entry<String, WebVisitor> e : visitors.entrySet()) {
                Principal p = who.get(e.getKey());
                Access a = r.access();
                String what = e.getKey() + " " + r.method().text() + " " + path;
                if (r.method().equals(Method.GET)) {
                    int status = e.getValue().get(path).statusCode();
                    if (!a.anyone() && p == null) {
                        assertThat(status).as(what).isEqualTo(303);
                    } else if (!a.isFor(p)) {
                        assertThat(status).as(what).isEqualTo(404);
                    } else if (!a.admits(p)) {
                        assertThat(status).as(what).isEqualTo(403);
                    } else {
                        assertThat(status).as(what).isIn(200, 303, 404);
                    }
                } else {
                    // a change without the token is refused whoever sends it, before anything is done
                    int without = e.getValue().post(path, "merchant_no=M-0001&amount=1000").statusCode();
                    assertThat(without).as(what + " without CSRF").isIn(303, 401, 403, 404);
                    if (a.admits(p) && p != null) {
                        assertThat(without).as(what + " without CSRF").isEqualTo(403);
                    }
                    int with = e.getValue().post(path, "_csrf=" + e.getValue().csrf
                            + "&merchant_no=M-0001&amount=1000&kind=EARNEST").statusCode();
                    if (!a.anyone() && p == null) {
                        assertThat(with).as(what).isEqualTo(303);
                    } else if (!a.isFor(p)) {
                        assertThat(with).as(what).isEqualTo(404);
                    } else if (!a.admits(p)) {
                        assertThat(with).as(what).isEqualTo(403);
                    }
                }
                walked.add(what);
            }
        }
        assertThat(walked).hasSizeGreaterThan(100);
        // the one hold that was allowed went through: finance holds earnest money (DEPOSITS), marketing does not
        assertThat(ctx.stalls().find(org.mallcrm.domain.stall.StallNo.of("1F-A-001")).orElseThrow().status().name())
                .isEqualTo("RESERVED");
        // the API is still behind its own tokens, on the same port
        assertThat(visitors.get("admin").get("/api/v1/stalls").statusCode()).isEqualTo(401);
        assertThat(visitors.get("nobody").get("/health").statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(visitors.get("nobody").get("/api/v1/nothing").body()).get("status").asInt())
                .isEqualTo(404);
    }

    @Test
    void assets_are_served_from_the_jar_with_caching_and_unknown_pages_are_a_page() throws Exception {
        WebVisitor v = new WebVisitor(base);
        String login = v.get("/login").body();
        Matcher m = Pattern.compile("src=\"(/assets/[0-9a-f]+/htmx.min.js)\"").matcher(login);
        assertThat(m.find()).isTrue();
        HttpResponse<String> htmx = v.get(m.group(1));
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.headers().firstValue("cache-control")).contains("public, max-age=31536000, immutable");
        assertThat(htmx.body()).contains("htmx");
        assertThat(v.get("/assets/0000/htmx.min.js").headers().firstValue("cache-control")).contains("no-cache");
        assertThat(v.get("/assets/0000/nothing.js").statusCode()).isEqualTo(404);
        HttpResponse<String> none = v.get("/no/such/page");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(none.body()).contains("<h1>页面不存在</h1>");
        assertThat(login).contains("<title>").containsOnlyOnce("<h1>");
        assertThat(v.get("/login").headers().firstValue("set-cookie")).isEmpty();
        HttpResponse<String> page = v.get("/login");
        assertThat(page.headers().firstValue("content-security-policy").orElse("")).contains("script-src 'self'");
    }

    @Test
    void sessions_live_in_the_database_so_another_server_on_it_knows_them() throws Exception {
        WebVisitor v = new WebVisitor(base).signedIn("boss", password("boss", "STAFF", "--department", "ADMIN"));
        try (AppContext other = AppContext.open(TestStore.location(dir.resolve("m.db")),
                Optional.empty())) {
            WebServer second = WebServer.builder().host("127.0.0.1").port(0)
                    .routing(r -> MallcrmServer.routing(r, other.httpServices(), other.webServices())).build().start();
            try {
                String secondBase = "http://127.0.0.1:" + second.port();
                HttpResponse<String> there = v.http.send(HttpRequest.newBuilder(URI.create(secondBase + "/access"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(there.statusCode()).isEqualTo(200);
                // signing out on the first ends the session on the second
                assertThat(v.post("/logout", "_csrf=" + v.csrf).statusCode()).isEqualTo(303);
                HttpResponse<String> after = v.http.send(HttpRequest.newBuilder(URI.create(secondBase + "/access"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(after.statusCode()).isEqualTo(303);
            } finally {
                second.stop();
            }
        }
    }
}
