package org.mallcrm.adapters.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.mallcrm.adapters.http.access.MeJson;
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
import org.mallcrm.application.stall.port.in.StallQueries;

/**
 * The HTTP API. {@link #routing} is shared by the server and by the tests, which run it with and without a
 * socket.
 */
public final class HttpApi {

    public static final String BASE = "/api/v1";

    /** The use cases the API serves, wired by the composition root. */
    public record Services(AccessTokenUseCases tokens, StallQueries stalls,
            StallReshapeRoutes.UseCases reshaping,
            FloorQueries floors,
            MerchantDesk.UseCases merchantDesk) {
    }

    private HttpApi() {
    }

    public static void routing(HttpRouting.Builder routing, Services services) {
        Authenticator auth = new Authenticator(services.tokens());
        byte[] openApi = openApiYaml();
        Problems.register(routing);
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
