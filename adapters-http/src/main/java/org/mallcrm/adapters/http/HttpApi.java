package org.mallcrm.adapters.http;

import org.mallcrm.adapters.http.common.Writes;
import org.mallcrm.adapters.http.lease.DepositRoutes;
import org.mallcrm.adapters.http.lease.ExitRoutes;
import org.mallcrm.adapters.http.lease.LeaseRoutes;
import org.mallcrm.adapters.http.lease.MyLeaseRoutes;
import org.mallcrm.adapters.http.lease.PlacementRoutes;
import org.mallcrm.adapters.http.lease.ReceiptRoutes;
import org.mallcrm.application.common.port.out.IdempotentReplies;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
import org.mallcrm.application.lease.port.in.ExitUseCases;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.in.LeaseUseCases;
import org.mallcrm.application.lease.port.in.PlacementUseCases;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.mallcrm.adapters.http.access.MeJson;
import org.mallcrm.adapters.http.channel.ChannelRoutes;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Authenticator;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.floor.FloorRoutes;
import org.mallcrm.adapters.http.merchant.MerchantDesk;
import org.mallcrm.adapters.http.stall.StallReshapeRoutes;
import org.mallcrm.adapters.http.stall.StallRoutes;
import org.mallcrm.application.access.port.in.AccessTokenUseCases;
import org.mallcrm.application.stall.port.in.FloorQueries;
import org.mallcrm.application.channel.port.in.ReconcileUseCase;
import org.mallcrm.application.channel.port.in.RecordScanUseCase;
import org.mallcrm.application.channel.port.in.StatementUseCases;
import org.mallcrm.application.channel.port.in.TripUseCases;
import org.mallcrm.application.stall.port.in.StallQueries;

/**
 * The HTTP API. {@link #routing} is shared by the server and by the tests, which run it with and without a
 * socket.
 */
public final class HttpApi {

    public static final String BASE = "/api/v1";

    /** The use cases the API serves, wired by the composition root. */
    public record Services(AccessTokenUseCases tokens, StallQueries stalls, StallReshapeRoutes.UseCases reshaping,
            FloorQueries floors, LeaseUseCases leases, LeaseQueries leaseQueries,
            ReceiptUseCases receipts, EarnestMoneyUseCases deposits, PlacementUseCases placements, ExitUseCases exits,
            IdempotentReplies idempotentReplies, MerchantDesk.UseCases merchantDesk, TripUseCases trips,
            RecordScanUseCase recordScans, ReconcileUseCase reconcile, StatementUseCases statements) {
    }

    private HttpApi() {
    }

    public static void routing(HttpRouting.Builder routing, Services services) {
        Authenticator auth = new Authenticator(services.tokens());
        byte[] openApi = openApiYaml();
        Writes writes = new Writes(services.idempotentReplies());
        ReceiptRoutes receipts = new ReceiptRoutes(services.receipts(), services.leaseQueries(), auth, writes);
        MyLeaseRoutes myLeases = new MyLeaseRoutes(services.leaseQueries(), auth);
        Problems.register(routing);
        ChannelRoutes channels = new ChannelRoutes(auth, services.trips(), services.recordScans(),
                services.reconcile(), services.statements());
        routing.get("/health", (req, res) -> Responses.ok(res, Map.of("status", "UP")))
                .get("/openapi.yaml", (req, res) -> {
                    res.header(HeaderNames.CONTENT_TYPE, "application/yaml");
                    res.send(openApi);
                })
                .get(BASE + "/me", (req, res) -> Responses.ok(res, MeJson.of(auth.principal(req))))
                .register(BASE + "/stalls", new StallRoutes(services.stalls(), auth))
                .register(BASE + "/stalls", new StallReshapeRoutes(services.reshaping(), auth))
                .register(BASE + "/floors", new FloorRoutes(services.floors(), auth))
                .register(BASE, new MerchantDesk(services.merchantDesk(), auth))
                .register(BASE + "/leases", new LeaseRoutes(services.leases(), services.leaseQueries(), auth, writes))
                .register(BASE + "/receipts", receipts)
                .get(BASE + "/reminders", receipts::reminders)
                .register(BASE + "/deposits", new DepositRoutes(services.deposits(), auth, writes))
                .register(BASE + "/placements", new PlacementRoutes(services.placements(), auth, writes))
                .register(BASE + "/exits", new ExitRoutes(services.exits(), auth, writes))
                .register(BASE + "/me/leases", myLeases.leases())
                .register(BASE + "/me/bills", myLeases.bills())
                .register(BASE + "/scans", channels.scans())
                .register(BASE + "/trips", channels.staffTrips())
                .register(BASE + "/commissions", channels.commissions())
                .register(BASE + "/me/trips", channels.myTrips())
                .register(BASE + "/me/statements", channels.myStatements())
                .any((req, res) -> {
                    throw ApiException.notFound("no resource at " + req.prologue().method().text() + " "
                            + req.path().path());
                });
    }

    /** Starts the server on the port (0 for any free port). */
    public static WebServer start(String host, int port, Services services) {
        return WebServer.builder()
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
