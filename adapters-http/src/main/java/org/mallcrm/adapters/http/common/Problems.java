package org.mallcrm.adapters.http.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.mallcrm.adapters.http.common.ApiException.FieldError;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.out.StorageBusyException;

/**
 * The one outcome → problem mapping of the API. A use case's {@link Outcome} becomes the value or a problem (400
 * with every field, 409 with the refusal's stable code as its {@code type}, 404); every failure, the server's own
 * (a bad escape, a path too long, a body too large) included, leaves as {@code application/problem+json}
 * (RFC 9457) with {@code type}, {@code title}, {@code status}, {@code detail}, and {@code errors} for bad input.
 * Never a stack trace, never an internal name, and never more than a few hundred characters of what the caller
 * sent.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://mallcrm.org/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";
    /** The most of a caller's text a problem repeats. */
    static final int MAX_DETAIL = 400;
    static final int MAX_REASON = 300;
    static final int MAX_FIELD = 120;
    private static final Logger LOG = Logger.getLogger(Problems.class.getName());
    private static final Pattern INTERNAL = Pattern.compile(
            "org\\.mallcrm|java\\.|javax\\.|com\\.fasterxml|io\\.helidon|org\\.jooq|org\\.sqlite|Exception|\\$[A-Z]");

    private Problems() {
    }

    /** The error handlers of the routing: every exception a route throws becomes a problem. */
    public static void register(HttpRouting.Builder routing) {
        routing.error(ApiException.class, (req, res, e) -> send(res, e));
        routing.error(StorageBusyException.class, (req, res, e) -> {
            res.header(HeaderNames.RETRY_AFTER, "1");
            send(res, new ApiException(503, "busy", "Busy", "the database is busy; try again in a moment",
                    List.of()));
        });
        routing.error(Exception.class, (req, res, e) -> {
            LOG.log(Level.SEVERE, "unexpected error on " + req.prologue().method() + " "
                    + truncate(req.path().absolute().path(), 200), e);
            send(res, new ApiException(500, "internal", "Internal error",
                    "something went wrong on our side; it has been logged", List.of()));
        });
    }

    /** The value of a done outcome; otherwise 400 with every field, 409 with the refusal's code, or 404. */
    public static <T> T value(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> d -> d.value();
            case Outcome.Invalid<T> i -> throw invalid(i.errors());
            case Outcome.Refused<T> r -> throw ApiException.conflict(r.code(), r.reason());
            case Outcome.NotFound<T> n -> throw ApiException.notFound("no " + n.what());
        };
    }

    /** 400 for a use case's field errors (their columns are the fields). */
    public static ApiException invalid(List<RowError> errors) {
        List<FieldError> fields = new ArrayList<>();
        for (RowError e : errors) {
            fields.add(new FieldError(e.column() == null || e.column().isBlank() ? "body" : e.column(), e.reason()));
        }
        return ApiException.badRequest(fields);
    }

    public static void send(ServerResponse res, ApiException e) {
        res.status(e.status());
        res.header(HeaderNames.CONTENT_TYPE, MEDIA_TYPE);
        if (e.status() == 401) {
            res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        if (e instanceof MethodNotAllowed m) {
            res.header(HeaderNames.ALLOW, String.join(", ", m.allowed()));
        }
        if (e.status() == 413) {
            // the body is not read: the connection cannot carry another request after it
            res.header(HeaderNames.CONNECTION, "close");
        }
        res.send(body(e));
    }

    /** The problem document of {@code e}, with every caller-supplied text cut short. */
    public static byte[] body(ApiException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + e.type());
        body.put("title", e.title());
        body.put("status", e.status());
        body.put("detail", clean(e.getMessage(), MAX_DETAIL));
        if (e.refused() != null) {
            body.put("refused", e.refused());
        }
        if (!e.errors().isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            for (FieldError f : e.errors().subList(0, Math.min(e.errors().size(), 50))) {
                errors.add(new FieldError(clean(f.field(), MAX_FIELD), clean(f.reason(), MAX_REASON)));
            }
            body.put("errors", errors);
        }
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException impossible) {
            return ("{\"type\":\"" + TYPE_BASE + "internal\",\"title\":\"Internal error\",\"status\":500,"
                    + "\"detail\":\"the problem could not be written\"}").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String clean(String text, int max) {
        if (text == null || text.isBlank()) {
            return "no detail";
        }
        return looksInternal(text) ? "the request could not be handled as sent" : truncate(text, max);
    }

    /** Whether a message names an internal class or package (it is then not shown). */
    public static boolean looksInternal(String text) {
        return INTERNAL.matcher(text).find();
    }

    /** At most {@code max} characters of {@code text}, marked as cut. */
    public static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "… (" + (text.length() - max) + " more characters)";
    }

    /** A caller's value as a problem may quote it: in quotes, at most 60 characters. */
    public static String quote(String text) {
        return "'" + truncate(text, 60) + "'";
    }

    /** 405 on a path that exists for other methods, with {@code Allow}. */
    public static final class MethodNotAllowed extends ApiException {
        private final List<String> allowed;

        public MethodNotAllowed(String method, List<String> allowed) {
            super(405, "method-not-allowed", "Method not allowed", truncate(method, 20)
                    + " is not a method of this resource; it allows " + String.join(", ", allowed), List.of());
            this.allowed = List.copyOf(allowed);
        }

        public List<String> allowed() {
            return allowed;
        }
    }

    /**
     * Answers what the server refuses before any route runs (a malformed request line, a bad {@code %} escape, a
     * path too long, a body larger than the server takes) with a problem document instead of an empty body.
     */
    public static DirectHandler directHandler(long maxPayload) {
        return (request, eventType, status, headers, message) -> {
            Status s = status == null ? eventType.defaultStatus() : status;
            String detail = switch (s.code()) {
                case 400 -> "the request line, its headers or its body's encoding cannot be read (a '%' in the path "
                        + "must be followed by two hex digits; send bodies without a Content-Encoding)";
                case 413 -> "the body is larger than the server takes (" + (maxPayload >> 20) + " MiB; the API "
                        + "reads at most " + Bodies.MAX_BYTES / 1024 + " KiB)";
                case 414 -> "the request target is longer than the server takes";
                case 431 -> "the request headers are larger than the server takes";
                case 503 -> "the server is busy; try again in a moment";
                default -> s.code() >= 500 ? "something went wrong on our side" : "the request cannot be handled";
            };
            String type = switch (s.code()) {
                case 400 -> "bad-request";
                case 413 -> "payload-too-large";
                case 414 -> "uri-too-long";
                case 431 -> "headers-too-large";
                default -> s.code() >= 500 ? "internal" : "bad-request";
            };
            List<FieldError> errors = s.code() == 400 ? List.of(new FieldError("request", detail)) : List.of();
            ServerResponseHeaders out = ServerResponseHeaders.create();
            headers.forEach(out::set);
            out.set(HeaderNames.CONTENT_TYPE, MEDIA_TYPE);
            return DirectHandler.TransportResponse.builder()
                    .status(s)
                    .headers(out)
                    .entity(body(new ApiException(s.code(), type, s.reasonPhrase(), detail, errors)))
                    .build();
        };
    }
}
