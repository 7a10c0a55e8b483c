package org.mallcrm.adapters.http.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mallcrm.application.common.port.in.Page;

/** JSON out, and the one shape of a list: {@code {"items": [...], "next_cursor": "…"|null}}. */
public final class Responses {

    private Responses() {
    }

    public static void json(ServerResponse res, int status, Object body) {
        byte[] bytes = bytes(body);
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(bytes);
    }

    /** {@code body} as JSON. */
    public static byte[] bytes(Object body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static void ok(ServerResponse res, Object body) {
        json(res, 200, body);
    }

    public static void created(ServerResponse res, Object body) {
        json(res, 201, body);
    }

    /** A list page: {@code {"items": [...], "next_cursor": "…"|null}}. */
    public record PageJson<T>(List<T> items, String nextCursor) {
    }

    /** A use case's page as JSON. */
    public static <T, J> PageJson<J> page(Page<T> page, Function<T, J> json) {
        return new PageJson<>(page.items().stream().map(json).toList(), Params.encodeCursor(page.nextCursor()));
    }

    /**
     * One page of a whole list held in memory, in the list's order: the cursor is the position after the page
     * (so any order pages correctly), read from {@code ?cursor=} and {@code ?limit=}.
     */
    public static <T, J> PageJson<J> page(ServerRequest req, List<T> items, Function<T, J> json) {
        String after = Params.cursor(req, Params::position);
        int from = after == null ? 0 : Integer.parseInt(after);
        int limit = Params.limit(req);
        List<J> out = new ArrayList<>();
        for (int i = from; i < items.size() && out.size() < limit; i++) {
            out.add(json.apply(items.get(i)));
        }
        int next = from + out.size();
        return new PageJson<>(out, next < items.size() ? Params.encodeCursor(Integer.toString(next)) : null);
    }
}
