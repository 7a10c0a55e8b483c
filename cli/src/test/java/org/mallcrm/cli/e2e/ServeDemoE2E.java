package org.mallcrm.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.common.Json;

/** The packaged CLI, end to end: a demo mall served over HTTP on 127.0.0.1, and imports from files. */
class ServeDemoE2E {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A started {@code serve --demo}: where it listens, its demo token, and what it said before both. */
    private record Served(Process process, String base, String token, String said) {
    }

    private Served serveDemo() throws IOException {
        Process server = JarProcess.start(dir, "--db", "demo.db", "serve", "--demo", "--port", "0");
        BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(),
                StandardCharsets.UTF_8));
        String base = null;
        String token = null;
        StringBuilder said = new StringBuilder();
        Pattern serving = Pattern.compile("serving (http://\\S+)");
        Pattern demoToken = Pattern.compile("demo staff token: (\\S+)");
        for (String line; (base == null || token == null) && (line = err.readLine()) != null; ) {
            said.append(line).append('\n');
            Matcher m = serving.matcher(line);
            if (m.find()) {
                base = m.group(1);
            }
            Matcher t = demoToken.matcher(line);
            if (t.find()) {
                token = t.group(1);
            }
        }
        return new Served(server, base, token, said.toString());
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        server.waitFor();
    }

    @Test
    void serve_demo_serves_the_demo_mall_behind_tokens() throws Exception {
        Served first = serveDemo();
        Process server = first.process();
        try {
            String base = first.base();
            String token = first.token();
            assertThat(base).as("the server said where it listens:\n" + first.said()).isNotNull();
            assertThat(token).as("the demo printed a staff token:\n" + first.said()).isNotNull();
            assertThat(first.said()).doesNotContain("There is no Helidon logging implementation");
            assertThat(first.said()).as("contract.md: a staff sign-in for the web pages")
                    .containsPattern("(?m)^staff sign-in: admin / \\S{8,}$");

            assertThat(get(base + "/health", null).statusCode()).isEqualTo(200);

            HttpResponse<String> anonymous = get(base + "/api/v1/stalls", null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("content-type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));

            HttpResponse<String> list = get(base + "/api/v1/stalls?limit=20&floor=2F", token);
            assertThat(list.statusCode()).isEqualTo(200);
            JsonNode body = Json.mapper().readTree(list.body());
            assertThat(body.get("items")).hasSize(20);
            assertThat(body.get("items").get(0).get("floor").asText()).isEqualTo("2F");
            assertThat(body.get("next_cursor").asText()).isNotBlank();

            assertThat(get(base + "/openapi.yaml", null).body()).contains("openapi: 3.1.0");
        } finally {
            stop(server);
        }

        Served second = serveDemo();
        try {
            assertThat(second.token()).as("the second start shows the demo token again:\n" + second.said())
                    .isEqualTo(first.token());
            assertThat(second.said()).contains("the same as at the last start").doesNotContain("generating");
            assertThat(second.said()).containsPattern("(?m)^staff sign-in: admin / \\S{8,}$");
            assertThat(get(second.base() + "/api/v1/stalls?limit=1", second.token()).statusCode()).isEqualTo(200);
        } finally {
            stop(second.process());
        }
        JsonNode tokens = Json.mapper().readTree(JarProcess.run(dir, "--db", "demo.db", "tokens", "list",
                "--format", "json").out());
        assertThat(tokens).hasSize(1);
        assertThat(tokens.get(0).get("name").asText()).isEqualTo("demo-staff-1");
    }

    @Test
    void an_import_with_errors_writes_nothing_and_the_same_good_file_twice_changes_nothing() throws Exception {
        String header = "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n";
        Path good = dir.resolve("good.csv");
        Files.writeString(good, header
                + "1F-A-101,1F,A,女装,45.50,180.00,VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, header
                + "1F-A-201,1F,A,女装,45.50,180.00,VACANT,\"POLYGON((20000 0, 28000 0, 28000 5000, 20000 5000, 20000 0))\"\n"
                + "1F-A-202,1F,A,女装,-1,180.00,VACANT,\"POLYGON((30000 0, 38000 0, 38000 5000, 30000 5000, 30000 0))\"\n"
                + "1F-A-203,1F,A,女装,45.50,180.00,VACANT,\"POLYGON((0 0, 1 1))\"\n");

        JarProcess.Result rejected = JarProcess.run(dir, "--db", "m.db", "import", "stalls", bad.toString());
        assertThat(rejected.exitCode()).isEqualTo(65);
        assertThat(rejected.err()).contains("\n3,leasable_area_m2,").contains("\n4,outline_wkt,");
        assertThat(JarProcess.run(dir, "--db", "m.db", "stalls", "list", "--format", "json").out().strip())
                .isEqualTo("[ ]");

        assertThat(JarProcess.run(dir, "--db", "m.db", "import", "stalls", good.toString()).err())
                .contains("imported 1");
        JarProcess.Result again = JarProcess.run(dir, "--db", "m.db", "import", "stalls", good.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("imported 0, updated 0, unchanged 1");

        assertThat(JarProcess.run(dir, "--db", "m.db", "import", "stalls", "missing.csv").exitCode()).isEqualTo(66);
    }
}
