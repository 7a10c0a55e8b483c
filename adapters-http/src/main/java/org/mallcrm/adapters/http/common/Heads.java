package org.mallcrm.adapters.http.common;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code HEAD} answered like {@code GET} without the body (RFC 9110 §9.3.2): Helidon routes a {@code HEAD} only to
 * a handler registered for it and sends whatever entity that handler sends, so a handler serving both sends its body
 * through {@link #send}, which keeps the status and headers, the length of the body the {@code GET} would get, and
 * drops the body itself. Uptime monitors ask {@code /health} and {@code /login} this way.
 */
public final class Heads {

    private Heads() {
    }

    public static boolean isHead(ServerRequest req) {
        return Method.HEAD.equals(req.prologue().method());
    }

    /** Sends {@code body}, or for a {@code HEAD} only its length. */
    public static void send(ServerRequest req, ServerResponse res, byte[] body) {
        if (isHead(req)) {
            res.header(HeaderNames.CONTENT_LENGTH, String.valueOf(body.length));
            res.send();
            return;
        }
        res.send(body);
    }
}
