package org.mallcrm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.domain.access.Role;

/**
 * A fuzz of malformed requests generated from openapi.yaml against a real server on 127.0.0.1, configured as
 * {@code mallcrm serve} is: for every operation, bodies of the wrong shape (null, arrays, numbers, broken JSON,
 * every documented field given a wrong type, a huge string, a date that is not one, an unknown field), the wrong
 * content type, bad paging and date parameters, and path parameters no record has. No answer may be a 5xx; every
 * error is a problem document ({@code type}, {@code title}, {@code status}, {@code detail}, and {@code errors} for a
 * 400); no body anywhere names an internal class or package.
 */
@ServerTest
class ApiFuzzServerTest {

    private final Http1Client client;

    ApiFuzzServerTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        HttpApi.server(server);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        HttpApi.routing(routing, LeasingApiFixture.fresh());
    }

    record Call(Method method, String path, Map<String, String> query, String token, String contentType,
            String body) {

        @Override
        public String toString() {
            String b = body == null ? "" : " " + (body.length() > 120 ? body.substring(0, 120) + "…" : body);
            return method.text() + " " + path + " " + query + " " + contentType + b;
        }
    }

    static final List<String> WRONG_VALUES = List.of("null", "100.5", "-1", "true", "[]", "{}", "\"\"",
            "\"+10000-01-01\"", "\"2026-02-30\"", "\"2026-03-01T10:00:00\"", "\"" + "长".repeat(3000) + "\"",
            "1e400", "\"\\u0000\"", "[null]", "[1, \"x\", {}]");

    static final List<String> WHOLE_BODIES = List.of("null", "", "[]", "42", "\"text\"", "{", "{\"a\":}",
            "{\"a\": 1, \"a\": 2}", "{} {}", "[" .repeat(200), "{\"unknown_field\": 1}", "\uFEFF{}", "true");

    static final List<String> PATH_VALUES = List.of("NOPE-404", "x".repeat(300), "%2e%2e", "null", "-1",
            "%E4%B8%AD", "a%20b");

    static final List<Map<String, String>> QUERIES = List.of(
            Map.of("limit", "-1"), Map.of("limit", "abc"), Map.of("limit", "99999999999"),
            Map.of("cursor", "Li4vLi4veA"), Map.of("cursor", "!!!"), Map.of("as_of", "abc"),
            Map.of("as_of", "+10000-01-01"), Map.of("from", "2026-13-01", "to", "x"), Map.of("within", "-5"),
            Map.of("status", "x".repeat(500)), Map.of("merchant", "../../x"), Map.of("color", "plaid"));

    /** Values every documented query parameter is sent with: a control character, a long name, no date, a sign. */
    static final List<String> QUERY_VALUES = List.of("\u0000", "a\u001Bb", "x".repeat(150), "2026-02-30", "-1",
            "中".repeat(60));

    @Test
    void malformed_requests_from_the_description_get_problems_and_never_a_5xx_or_an_internal_name() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(new String(HttpApi.openApiYaml(), StandardCharsets.UTF_8),
                null, options).getOpenAPI();
        Random random = new Random(12);
        List<Call> calls = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((m, op) -> {
            Method method = Method.create(m.name());
            String token = tokenFor(m.name(), path);
            String concrete = path.replaceAll("\\{[^}]+}", sample(path));
            for (Map<String, String> q : QUERIES) {
                if (method == Method.GET) {
                    calls.add(new Call(method, concrete, q, token, null, null));
                }
            }
            for (String name : queryParameters(op)) {
                for (String v : QUERY_VALUES) {
                    calls.add(new Call(method, concrete, Map.of(name, v), token, null, null));
                }
            }
            if (path.contains("{")) {
                for (String v : PATH_VALUES) {
                    calls.add(new Call(method, path.replaceAll("\\{[^}]+}", v), Map.of(), token,
                            method == Method.GET ? null : "application/json", method == Method.GET ? null : "{}"));
                }
            }
            if (method == Method.GET) {
                return;
            }
            for (String whole : WHOLE_BODIES) {
                calls.add(new Call(method, concrete, Map.of(), token, "application/json", whole));
            }
            calls.add(new Call(method, concrete, Map.of(), token, "text/plain", "{}"));
            calls.add(new Call(method, concrete, Map.of(), token, "application/x-www-form-urlencoded", "a=1"));
            Map<String, Schema<?>> fields = fields(api, op);
            for (Map.Entry<String, Schema<?>> f : fields.entrySet()) {
                for (String wrong : WRONG_VALUES) {
                    calls.add(new Call(method, concrete, Map.of(), token, "application/json",
                            "{\"" + f.getKey() + "\": " + wrong + "}"));
                }
                ObjectNode mixed = JsonNodeFactory.instance.objectNode();
                for (String name : fields.keySet()) {
                    mixed.set(name, garbage(random));
                }
                calls.add(new Call(method, concrete, Map.of(), token, "application/json", mixed.toString()));
            }
        }));

        assertThat(calls.size()).as("requests generated").isGreaterThan(500);
        List<String> wrong = new ArrayList<>();
        for (Call c : calls) {
            String problem = check(c);
            if (problem != null) {
                wrong.add(c + " → " + problem);
            }
        }
        assertThat(wrong).as(calls.size() + " requests").isEmpty();
    }

    private static String sample(String path) {
        if (path.contains("/stalls/")) {
            return "A101";
        }
        if (path.contains("/merchants/")) {
            return "M-0001";
        }
        if (path.contains("/statements/")) {
            return "2025-03";
        }
        if (path.contains("/trips/")) {
            return "T1";
        }
        if (path.contains("/floors/")) {
            return "1F";
        }
        if (path.contains("/merchant-reports/")) {
            return "funnel";
        }
        return "L-1";
    }

    /** A token of a role the route table lets in, so the fuzz reaches the body reader. */
    private static String tokenFor(String method, String path) {
        var row = RouteTable.api().find(method, path).orElse(null);
        if (row == null || row.access().roles().contains(Role.STAFF) || row.access().noToken()) {
            return LeasingApiFixture.STAFF;
        }
        if (row.access().roles().contains(Role.MERCHANT)) {
            return LeasingApiFixture.M1;
        }
        if (row.access().roles().contains(Role.BUYER)) {
            return ApiFixture.BUYER;
        }
        return ApiFixture.CHANNEL;
    }

    private static List<String> queryParameters(Operation op) {
        List<String> out = new ArrayList<>();
        if (op.getParameters() != null) {
            op.getParameters().stream().filter(p -> "query".equals(p.getIn())).forEach(p -> out.add(p.getName()));
        }
        return out;
    }

    private static Map<String, Schema<?>> fields(OpenAPI api, Operation op) {
        Map<String, Schema<?>> out = new LinkedHashMap<>();
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null
                || op.getRequestBody().getContent().get("application/json") == null) {
            return out;
        }
        Schema<?> s = op.getRequestBody().getContent().get("application/json").getSchema();
        if (s != null && s.get$ref() != null) {
            s = api.getComponents().getSchemas().get(s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1));
        }
        if (s != null && s.getItems() != null) {
            s = s.getItems();
        }
        if (s != null && s.getProperties() != null) {
            s.getProperties().forEach((k, v) -> out.put(k, v));
        }
        return out;
    }

    private static JsonNode garbage(Random random) {
        var f = JsonNodeFactory.instance;
        return switch (random.nextInt(8)) {
            case 0 -> f.nullNode();
            case 1 -> f.numberNode(random.nextInt(2000) - 1000);
            case 2 -> f.numberNode(random.nextDouble() * 1e6);
            case 3 -> f.booleanNode(random.nextBoolean());
            case 4 -> f.textNode("x".repeat(random.nextInt(5000)));
            case 5 -> f.textNode(random.nextBoolean() ? "2026-0" + random.nextInt(20) + "-01" : "-" + random.nextInt());
            case 6 -> f.arrayNode().add(random.nextInt());
            default -> f.objectNode().put("x", "y");
        };
    }

    /** Null when the answer is as it must be, else what is wrong. */
    private String check(Call c) {
        Http1ClientRequest req = client.method(c.method()).path(c.path());
        c.query().forEach(req::queryParam);
        if (c.token() != null) {
            req.header(HeaderNames.AUTHORIZATION, "Bearer " + c.token());
        }
        if (c.contentType() != null) {
            req.header(HeaderNames.CONTENT_TYPE, c.contentType());
        }
        int status;
        String type;
        String text;
        try (HttpClientResponse res = c.body() == null ? req.request() : req.submit(c.body())) {
            status = res.status().code();
            type = res.headers().contentType().map(Object::toString).orElse("");
            text = res.as(String.class);
        }
        for (String internal : List.of("org.mallcrm", "java.", "com.fasterxml", "Exception", "io.helidon")) {
            if (text.contains(internal)) {
                return status + " names " + internal + ": " + cut(text);
            }
        }
        if (status >= 500) {
            return status + ": " + cut(text);
        }
        if (status < 400) {
            return null;
        }
        if (!type.startsWith("application/problem+json")) {
            return status + " without a problem document (" + type + "): " + cut(text);
        }
        try {
            JsonNode p = Json.mapper().readTree(text);
            for (String f : List.of("type", "title", "status", "detail")) {
                if (!p.hasNonNull(f)) {
                    return status + " problem without " + f + ": " + cut(text);
                }
            }
            if (p.get("status").asInt() != status) {
                return status + " problem says status " + p.get("status");
            }
            if (status == 400 && (!p.has("errors") || p.get("errors").isEmpty())) {
                return "400 without errors: " + cut(text);
            }
            if (text.length() > 4000) {
                return status + " problem of " + text.length() + " characters";
            }
        } catch (Exception e) {
            return status + " problem is not JSON: " + cut(text);
        }
        return null;
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
