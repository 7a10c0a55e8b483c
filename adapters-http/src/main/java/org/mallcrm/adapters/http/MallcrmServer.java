package org.mallcrm.adapters.http;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import org.mallcrm.adapters.http.web.WebConsole;

/** The one server: the web pages and the JSON API on the same port. */
public final class MallcrmServer {

    private MallcrmServer() {
    }

    /** The pages first (their last route hands every API path on), then the API, which answers every other path. */
    public static WebConsole routing(HttpRouting.Builder routing, HttpApi.Services api, WebConsole.Services web) {
        WebConsole pages = WebConsole.routing(routing, web);
        HttpApi.routing(routing, api);
        return pages;
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
