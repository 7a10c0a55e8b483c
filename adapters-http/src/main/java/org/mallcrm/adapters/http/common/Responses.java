package org.mallcrm.adapters.http.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** JSON in and out, and the paging parameters every list shares. */
public final class Responses {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    private Responses() {
    }

    public static void json(ServerResponse res, int status, Object body) {
        try {
            byte[] bytes = Json.mapper().writeValueAsBytes(body);
            res.status(status);
            res.header(HeaderNames.CONTENT_TYPE, "application/json");
            res.send(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static void ok(ServerResponse res, Object body) {
        json(res, 200, body);
    }

    /** Reads the body as the given JSON record; bad JSON becomes a 400 problem. */
    public static <T> T body(ServerRequest req, Class<T> type) {
        try (InputStream in = req.content().inputStream()) {
            return Json.mapper().readValue(in, type);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON for this request: " + e.getOriginalMessage(),
                    List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ?limit=} between 1 and {@link #MAX_LIMIT}, default {@link #DEFAULT_LIMIT}. */
    public static int limit(ServerRequest req) {
        var v = req.query().first("limit");
        if (v.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < 1 || n > MAX_LIMIT) {
                throw ApiException.badParameter("limit", "must be between 1 and " + MAX_LIMIT);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("limit", "must be a whole number");
        }
    }

    /** The opaque {@code ?cursor=} decoded, or null. */
    public static String cursor(ServerRequest req) {
        var v = req.query().first("cursor");
        if (v.isEmpty() || v.get().isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(v.get()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("cursor", "is not a cursor this API gave out");
        }
    }

    public static String encodeCursor(String raw) {
        return raw == null ? null : Base64.getUrlEncoder().withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** A list page: {@code {"items": [...], "next_cursor": "…"|null}}. */
    public record PageJson<T>(List<T> items, String nextCursor) {
    }
}
