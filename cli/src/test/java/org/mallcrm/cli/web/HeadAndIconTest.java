package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a browser and an uptime monitor ask besides the pages: the icon (declared in every page, and at
 * {@code /favicon.ico} where browsers look first), and {@code HEAD} answered as {@code GET} without the body.
 */
class HeadAndIconTest {

    @TempDir
    Path dir;

    private ServedMall mall;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        mall = ServedMall.serve(dir.resolve("m.db"));
    }

    @AfterEach
    void stop() {
        ServedMall.stop(mall);
    }

    private HttpResponse<byte[]> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(mall.base + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void head_answers_as_get_without_the_body() throws Exception {
        for (String path : new String[] {"/health", "/openapi.yaml", "/login", "/favicon.ico"}) {
            HttpResponse<byte[]> get = send("GET", path);
            HttpResponse<byte[]> head = send("HEAD", path);
            assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(get.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("content-type")).as(path)
                    .isEqualTo(get.headers().firstValue("content-type"));
            assertThat(head.body()).as(path).isEmpty();
            // nothing was sent after the headers: the same connection answers the next request whole (a page's
            // CSRF token differs from one answer to the next, its length does not)
            HttpResponse<byte[]> again = send("GET", path);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).as(path).hasSameSizeAs(get.body());
            assertThat(head.headers().firstValueAsLong("content-length")).as(path)
                    .hasValue((long) get.body().length);
        }
        // a signed-out HEAD of a staff page is sent to sign in, as its GET
        assertThat(send("HEAD", "/stalls").statusCode()).isEqualTo(send("GET", "/stalls").statusCode());
    }

    @Test
    void the_pages_have_an_icon_so_browsers_stop_asking() throws Exception {
        HttpResponse<byte[]> icon = send("GET", "/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("content-type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(new String(icon.body(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("<svg");
        String login = new String(send("GET", "/login").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(login).containsPattern("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"/assets/[0-9a-f]+/favicon.svg\">");
    }
}
