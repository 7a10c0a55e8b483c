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
 * The one server registers the API before the pages: every API path is still answered by the API (a path no route
 * takes with a problem document, another method with 405 and {@code Allow}), and every other path by the pages (a
 * page, or the 404 page).
 */
class OneServerRoutesTest {

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
        mall.close();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(mall.base + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void apiPathsAreTheApisAndEveryOtherPathThePages() throws Exception {
        HttpResponse<String> health = send("GET", "/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");

        for (String path : new String[] {"/api/v1/nothing-here", "/api", "/api/v2/scans"}) {
            HttpResponse<String> none = send("GET", path);
            assertThat(none.statusCode()).as(path).isEqualTo(404);
            assertThat(none.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
        }

        HttpResponse<String> wrongMethod = send("DELETE", "/api/v1/scans");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
        assertThat(send("POST", "/api/v1/scans").statusCode()).isEqualTo(401);

        HttpResponse<String> page = send("GET", "/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/html"));
        HttpResponse<String> signIn = send("GET", "/login");
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/html"));
    }
}
