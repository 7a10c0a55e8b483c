package org.mallcrm.adapters.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.mallcrm.adapters.http.channel.ChannelRoutes;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Authenticator;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.stall.StallRoutes;
import org.mallcrm.application.access.port.in.AccessTokenUseCases;
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
    public record Services(AccessTokenUseCases tokens, StallQueries stalls, TripUseCases trips,
            RecordScanUseCase recordScans, ReconcileUseCase reconcile, StatementUseCases statements) {
    }

    private HttpApi() {
    }

    public static void routing(HttpRouting.Builder routing, Services services) {
        Authenticator auth = new Authenticator(services.tokens());
        byte[] openApi = openApiYaml();
        Problems.register(routing);
        ChannelRoutes channels = new ChannelRoutes(auth, services.trips(), services.recordScans(),
                services.reconcile(), services.statements());
        routing.get("/health", (req, res) -> Responses.ok(res, Map.of("status", "UP")))
                .get("/openapi.yaml", (req, res) -> {
                    res.header(HeaderNames.CONTENT_TYPE, "application/yaml");
                    res.send(openApi);
                })
                .register(BASE + "/stalls", new StallRoutes(services.stalls(), auth))
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
