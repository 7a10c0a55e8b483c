package org.mallcrm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.http.common.Json;

/**
 * The edge over a real socket on 127.0.0.1, configured as {@code mallcrm serve} configures it: besides the
 * contract, what only a socket shows — the server's own refusals (a bad {@code %} escape, a 10,000-character path,
 * a declared body over the limit) come as problem documents, not empty bodies.
 */
@ServerTest
class EdgeServerTest extends EdgeContract {

    private final int port;

    EdgeServerTest(Http1Client client, WebServer server) {
        super(client);
        this.port = server.port();
    }

    @Override
    boolean overSocket() {
        return true;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        HttpApi.server(server);
    }

    record Raw(int status, String head, String body) {
    }

    private Raw raw(String requestLineAndHeaders, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(requestLineAndHeaders.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String rest = split < 0 ? "" : all.substring(split + 4);
            return new Raw(Integer.parseInt(head.substring(9, 12)), head, rest);
        }
    }

    private static void assertProblemBody(Raw r, int status) throws IOException {
        assertThat(r.status()).as(r.head()).isEqualTo(status);
        assertThat(r.head().toLowerCase()).contains("content-type: application/problem+json");
        var json = Json.mapper().readTree(r.body());
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("type").asText()).startsWith("https://mallcrm.org/problems/");
        assertThat(json.get("detail").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("org.mallcrm", "java.", "Exception");
    }

    @Test
    void a_bad_percent_escape_is_a_400_problem() throws IOException {
        Raw r = raw("GET /api/v1/stalls/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", null);
        assertProblemBody(r, 400);
        assertThat(Json.mapper().readTree(r.body()).get("errors")).isNotEmpty();
    }

    @Test
    void a_compressed_body_is_a_400_problem_that_says_to_send_it_plain() throws IOException {
        byte[] body = "{\"stall_no\":\"1F-A-001\"}".getBytes(StandardCharsets.UTF_8);
        Raw r = raw("POST /api/v1/stalls HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Encoding: br\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body);
        assertProblemBody(r, 400);
        assertThat(Json.mapper().readTree(r.body()).get("detail").asText()).contains("Content-Encoding");
    }

    @Test
    void a_ten_thousand_character_path_is_a_problem_too() throws IOException {
        Raw r = raw("GET /api/v1/stalls/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close"
                + "\r\n\r\n", null);
        assertThat(r.status()).isIn(400, 414);
        assertProblemBody(r, r.status());
    }

    @Test
    void a_declared_body_over_the_limit_is_a_413_problem() throws IOException {
        Raw r = raw("POST /api/v1/receipts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5000000\r\nConnection: close\r\n\r\n", "{".getBytes(StandardCharsets.UTF_8));
        assertProblemBody(r, 413);
    }
}
