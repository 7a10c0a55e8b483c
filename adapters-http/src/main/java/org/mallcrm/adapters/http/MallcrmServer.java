package org.mallcrm.adapters.http;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import org.mallcrm.adapters.http.web.WebConsole;

/** The one server: the web pages and the JSON API on the same port. */
public final class MallcrmServer {

    private MallcrmServer() {
    }

    /**
     * The API first (its last route answers every API path no route takes, and hands every other path on), then the
     * pages (their last route answers every other path). The API's routes take thousands of requests a second, and
     * Helidon tries routes in order: behind the pages, each API request would first be matched against every page
     * route.
     */
    public static WebConsole routing(HttpRouting.Builder routing, HttpApi.Services api, WebConsole.Services web) {
        HttpApi.routing(routing, api, true);
        return WebConsole.routing(routing, web);
    }

    /** Starts the server on the port (0 for any free port). */
    public static WebServer start(String host, int port, HttpApi.Services api, WebConsole.Services web) {
        return HttpApi.server(WebServer.builder())
                .host(host)
                .port(port)
                .routing(r -> routing(r, api, web))
                .build()
                .start();
    }
}
