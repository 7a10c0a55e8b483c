package org.mallcrm.adapters.http.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mallcrm.application.common.port.out.StorageBusyException;

/** The single error mapping: every failure leaves as {@code application/problem+json}, never a stack trace. */
public final class Problems {

    public static final String TYPE_BASE = "https://mallcrm.org/problems/";
    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(ApiException.class, (req, res, e) -> send(res, e));
        routing.error(JsonProcessingException.class, (req, res, e) -> send(res,
                ApiException.badRequest("the body is not valid JSON for this request: " + e.getOriginalMessage(),
                        List.of())));
        routing.error(StorageBusyException.class, (req, res, e) -> {
            res.header(HeaderNames.RETRY_AFTER, "1");
            send(res, new ApiException(503, "busy", "Busy", e.getMessage(), List.of()));
        });
        routing.error(Exception.class, (req, res, e) -> {
            LOG.log(Level.SEVERE, "unexpected error on " + req.prologue().method() + " " + req.path().path(), e);
            send(res, new ApiException(500, "internal", "Internal error",
                    "something went wrong on our side; it has been logged", List.of()));
        });
    }

    public static void send(ServerResponse res, ApiException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + e.type());
        body.put("title", e.title());
        body.put("status", e.status());
        body.put("detail", e.getMessage());
        if (!e.errors().isEmpty()) {
            body.put("errors", e.errors());
        }
        try {
            byte[] bytes = Json.mapper().writeValueAsBytes(body);
            res.status(e.status());
            res.header(HeaderNames.CONTENT_TYPE, "application/problem+json");
            if (e.status() == 401) {
                res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
            }
            res.send(bytes);
        } catch (JsonProcessingException impossible) {
            res.status(500).send();
        }
    }
}
