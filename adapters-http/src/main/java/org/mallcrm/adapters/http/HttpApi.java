package org.mallcrm.adapters.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mallcrm.adapters.http.access.MeJson;
import org.mallcrm.adapters.http.channel.ChannelRoutes;
import org.mallcrm.adapters.http.common.ApiPaths;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.web.kit.Uploads;
import org.mallcrm.adapters.http.common.Caller;
import org.mallcrm.adapters.http.common.Heads;
import org.mallcrm.adapters.http.common.Idempotency;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.coupon.MarketingRoutes;
import org.mallcrm.adapters.http.floor.FloorRoutes;
import org.mallcrm.adapters.http.lease.DepositRoutes;
import org.mallcrm.adapters.http.lease.ExitRoutes;
import org.mallcrm.adapters.http.lease.LeaseRoutes;
import org.mallcrm.adapters.http.lease.MyLeaseRoutes;
import org.mallcrm.adapters.http.lease.PlacementRoutes;
import org.mallcrm.adapters.http.lease.ReceiptRoutes;
import org.mallcrm.adapters.http.merchant.MerchantDesk;
import org.mallcrm.adapters.http.stall.StallReshapeRoutes;
import org.mallcrm.adapters.http.stall.StallRoutes;
import org.mallcrm.application.access.port.in.AccessTokenUseCases;
import org.mallcrm.application.channel.port.in.ReconcileUseCase;
import org.mallcrm.application.channel.port.in.RecordScanUseCase;
import org.mallcrm.application.channel.port.in.StatementUseCases;
import org.mallcrm.application.channel.port.in.TripUseCases;
import org.mallcrm.application.common.port.out.IdempotentReplies;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
import org.mallcrm.application.lease.port.in.ExitUseCases;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.in.LeaseUseCases;
import org.mallcrm.application.lease.port.in.PlacementUseCases;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.stall.port.in.FloorQueries;
import org.mallcrm.application.stall.port.in.StallQueries;
import org.mallcrm.adapters.http.report.GroupReportRoutes;
import org.mallcrm.adapters.http.settings.SettingsRoutes;
import org.mallcrm.application.report.port.in.GroupReportUseCase;
import org.mallcrm.application.settings.port.in.SettingsUseCases;

/**
 * The HTTP API. {@link #routing} is shared by the server and by the tests, which run it with and without a
 * socket; {@link #server} configures what the server itself answers (problem documents for its own refusals, the
 * body limit).
 *
 * <p>How a route gets its properties: register it in a service here (or in a service registered here), add its
 * row to {@link RouteTable} (who may call it; a write is retryable with {@code Idempotency-Key} by default), read
 * its body with {@link Bodies}, its parameters with {@link org.mallcrm.adapters.http.common.Params}, the caller
 * with {@link Caller}, and turn its use case's outcome into the answer with {@link Problems#value}. Describe it in
 * {@code openapi.yaml}; the tests check that the document, the table and the registered routes agree.
 */
public final class HttpApi {

    public static final String BASE = "/api/v1";

    /** The use cases the API serves, wired by the composition root. */
    public record Services(AccessTokenUseCases tokens, StallQueries stalls, StallReshapeRoutes.UseCases reshaping,
            FloorQueries floors, LeaseUseCases leases, LeaseQueries leaseQueries,
            ReceiptUseCases receipts, EarnestMoneyUseCases deposits, PlacementUseCases placements, ExitUseCases exits,
            UnitOfWork unitOfWork, IdempotentReplies idempotentReplies, MerchantDesk.UseCases merchantDesk,
            TripUseCases trips, RecordScanUseCase recordScans, ReconcileUseCase reconcile,
            StatementUseCases statements, SettingsUseCases settings, GroupReportUseCase groupReport,
            MarketingRoutes.UseCases marketing) {
    }

    /** A route the server registered: its method and full path template ({@code /api/v1/stalls/{no}}). */
    public record Route(String method, String path) {
    }

    /**
     * The routes the server registered, as Helidon built them: filled when the routing is built (the server
     * starting), not before.
     */
    public static final class Registered {
        private final ApiRoutes.Shared shared;

        private Registered(ApiRoutes.Shared shared) {
            this.shared = shared;
        }

        public List<Route> routes() {
            synchronized (shared.registered) {
                return shared.registered.stream().map(r -> new Route(r.method(), r.path())).toList();
            }
        }
    }

    /** The largest request body the server takes at all: a web upload's ({@link Uploads#MAX_REQUEST_BYTES}). */
    public static final long MAX_PAYLOAD_BYTES = Math.max(Bodies.MAX_BYTES, Uploads.MAX_REQUEST_BYTES);

    private HttpApi() {
    }

    /**
     * Registers every route of the API (each behind the route filter, see {@link ApiRoutes}) and the answers to
     * paths no route takes (404, or 405 with {@code Allow}).
     *
     * @return the routes registered, as the server holds them once it is built
     */
    public static Registered routing(HttpRouting.Builder routing, Services services) {
        return routing(routing, services, false);
    }

    /**
     * {@link #routing(HttpRouting.Builder, Services)} for a server whose web pages are registered after the API: a
     * path that is not the API's ({@link ApiPaths#isApi}) is handed on to them instead of answered with a 404
     * problem. The API goes first because its routes take the traffic (thousands of posts a second): Helidon tries
     * the routes in order, and each page route it passes costs a path match.
     */
    public static Registered routing(HttpRouting.Builder routing, Services services, boolean pagesFollow) {
        RouteTable table = RouteTable.api();
        ApiRoutes.Shared shared = new ApiRoutes.Shared(table, services.tokens(),
                new Idempotency(services.unitOfWork(), services.idempotentReplies(), Instant::now));
        ApiRoutes api = new ApiRoutes("", routing, shared);
        byte[] openApi = openApiYaml();
        ReceiptRoutes receipts = new ReceiptRoutes(services.receipts(), services.leaseQueries());
        MyLeaseRoutes myLeases = new MyLeaseRoutes(services.leaseQueries());
        ChannelRoutes channels = new ChannelRoutes(services.trips(), services.recordScans(), services.reconcile(),
                services.statements());
        MarketingRoutes marketing = new MarketingRoutes(services.marketing());
        Problems.register(routing);
        byte[] health = Responses.bytes(Map.of("status", "UP"));
        // what uptime monitors ask, also with HEAD (the same answer without its body); outside the API's table
        routing.head("/health", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, "application/json");
            Heads.send(req, res, health);
        }).head("/openapi.yaml", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, "application/yaml");
            Heads.send(req, res, openApi);
        });
        api.get("/health", (req, res) -> Responses.ok(res, Map.of("status", "UP")))
                .get("/openapi.yaml", (req, res) -> {
                    res.header(HeaderNames.CONTENT_TYPE, "application/yaml");
                    res.send(openApi);
                })
                .get(BASE + "/me", (req, res) -> Responses.ok(res, MeJson.of(Caller.of(req))))
                .post(BASE + "/me", marketing::register)
                // the routes posted to thousands of times a second first (no other prefix overlaps theirs)
                .register(BASE + "/scans", channels.scans())
                .register(BASE + "/redemptions", marketing.redemptions())
                .register(BASE + "/campaigns", marketing.campaigns())
                .register(BASE + "/stalls", new StallRoutes(services.stalls()))
                .register(BASE + "/stalls", new StallReshapeRoutes(services.reshaping()))
                .register(BASE + "/floors", new FloorRoutes(services.floors()))
                .register(BASE, new MerchantDesk(services.merchantDesk()))
                .register(BASE + "/leases", new LeaseRoutes(services.leases(), services.leaseQueries()))
                .register(BASE + "/receipts", receipts)
                .get(BASE + "/reminders", receipts::reminders)
                .register(BASE + "/deposits", new DepositRoutes(services.deposits()))
                .register(BASE + "/placements", new PlacementRoutes(services.placements()))
                .register(BASE + "/exits", new ExitRoutes(services.exits()))
                .register(BASE + "/me/leases", myLeases.leases())
                .register(BASE + "/me/bills", myLeases.bills())
                .register(BASE + "/trips", channels.staffTrips())
                .register(BASE + "/commissions", channels.commissions())
                .register(BASE + "/me/trips", channels.myTrips())
                .register(BASE + "/me/statements", channels.myStatements())
                .register(BASE + "/buyers", marketing.buyers())
                .register(BASE + "/coupons", marketing.coupons())
                .register(BASE + "/subsidies", marketing.subsidies())
                .register(BASE + "/me/coupons", marketing.myCoupons())
                .register(BASE + "/me/signups", marketing.mySignups())
                .register(BASE + "/me/redemptions", marketing.myRedemptions())
                .register(BASE + "/me/subsidies", marketing.mySubsidies())
                .register(BASE + "/settings", new SettingsRoutes(services.settings()))
                .register(BASE + "/group", new GroupReportRoutes(services.groupReport()));
        routing.any((req, res) -> {
            if (pagesFollow && !ApiPaths.isApi(req.path().path())) {
                res.next();
                return;
            }
            ApiRoutes.fallback(req, res, shared);
        });
        return new Registered(shared);
    }

    /**
     * The server's own settings: problem documents (not empty bodies) for what it refuses before routing — a bad
     * {@code %} escape, a path too long, a body over {@link #MAX_PAYLOAD_BYTES} — and that body limit. The API
     * itself reads at most {@link Bodies#MAX_BYTES} (a larger declared body is refused before its token is looked at);
     * the larger server limit is for the web pages' file uploads ({@link Uploads}).
     */
    public static WebServerConfig.Builder server(WebServerConfig.Builder server) {
        DirectHandler api = Problems.directHandler(MAX_PAYLOAD_BYTES);
        // an upload over the server's limit from the console's form is answered with a page, not a problem document
        DirectHandler problems = (request, eventType, status, headers, message) -> {
            if (status != null && status.code() == 413 && request.path() != null
                    && request.path().startsWith(Uploads.PATH_PREFIX)) {
                ServerResponseHeaders out = ServerResponseHeaders.create();
                out.set(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
                out.set(HeaderNames.CONNECTION, "close");
                return DirectHandler.TransportResponse.builder().status(status).headers(out)
                        .entity(Uploads.tooLargePage()).build();
            }
            return api.handle(request, eventType, status, headers, message);
        };
        return server.maxPayloadSize(MAX_PAYLOAD_BYTES)
                .directHandlers(d -> {
                    for (DirectHandler.EventType t : DirectHandler.EventType.values()) {
                        d.addHandler(t, problems);
                    }
                });
    }

    /** Starts the server on the port (0 for any free port). */
    public static WebServer start(String host, int port, Services services) {
        return server(WebServer.builder())
                .host(host)
                .port(port)
                .routing(r -> routing(r, services))
                .build()
                .start();
    }

    static byte[] openApiYaml() {
        try (InputStream in = HttpApi.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
