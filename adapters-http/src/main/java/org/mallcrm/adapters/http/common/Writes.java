package org.mallcrm.adapters.http.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.out.IdempotentReplies;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.money.Money;

/**
 * What every write route shares: reading the body once, turning use-case outcomes into replies or problems, and
 * {@code Idempotency-Key}: a retry with the same key and request gets the first reply again; the same key with
 * another request is a 422 problem. Only successful replies are kept, so a refused write can be retried.
 */
public final class Writes {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final IdempotentReplies replies;

    public Writes(IdempotentReplies replies) {
        this.replies = replies;
    }

    /** A reply: its status and the JSON record to send. */
    public record Reply(int status, Object body) {
    }

    /** Runs a write for the caller; the work runs at most once per idempotency key. */
    public void write(ServerRequest req, ServerResponse res, Principal caller, byte[] body, Supplier<Reply> work) {
        Optional<String> key = req.headers().first(HeaderNames.create(IDEMPOTENCY_KEY)).filter(k -> !k.isBlank());
        if (key.isEmpty()) {
            Reply r = work.get();
            Responses.json(res, r.status(), r.body());
            return;
        }
        if (key.get().length() > 200) {
            throw ApiException.badRequest("Idempotency-Key is longer than 200 characters",
                    List.of(new ApiException.FieldError(IDEMPOTENCY_KEY, "at most 200 characters")));
        }
        String request = req.prologue().method().text() + " " + req.path().path() + " " + digest(body);
        Optional<IdempotentReplies.Reply> earlier = replies.find(caller.name(), key.get());
        if (earlier.isEmpty()) {
            Reply r = work.get();
            try {
                earlier = Optional.of(replies.save(caller.name(), key.get(), new IdempotentReplies.Reply(request,
                        r.status(), Json.mapper().writeValueAsString(r.body()))));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write JSON", e);
            }
        }
        if (!earlier.get().request().equals(request)) {
            throw new ApiException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was used for another request", List.of());
        }
        res.status(earlier.get().status());
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(earlier.get().body().getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The raw body. */
    public static byte[] bytes(ServerRequest req) {
        return req.content().hasEntity() ? req.content().as(byte[].class) : new byte[0];
    }

    /** The body as a JSON record; bad JSON is a 400 problem. */
    public static <T> T parse(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw ApiException.badRequest("the request needs a JSON body", List.of());
        }
        try {
            return Json.mapper().readValue(body, type);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON for this request: " + e.getOriginalMessage(),
                    List.of());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The value of a done outcome; otherwise 400 with every field, 409 refused, or 404. */
    public static <T> T value(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> d -> d.value();
            case Outcome.Invalid<T> i -> throw ApiException.badRequest("the request has bad values",
                    i.errors().stream().map(e -> new ApiException.FieldError(e.column(), e.reason())).toList());
            case Outcome.Refused<T> r -> throw ApiException.conflict("refused", r.reason());
            case Outcome.NotFound<T> n -> throw ApiException.notFound(n.what() + " not found");
        };
    }

    /** A required money field of a body. */
    public static Money money(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiException.badParameter(field, "is required");
            }
            return null;
        }
        try {
            return Money.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(field, e.getMessage());
        }
    }

    public static LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiException.badParameter(field, "is required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(field, "is not a date (YYYY-MM-DD)");
        }
    }

    /** {@code ?name=} as a date, or null. */
    public static LocalDate queryDate(ServerRequest req, String name) {
        return date(name, req.query().first(name).orElse(null), false);
    }

    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiException.badParameter(field, "is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(field, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A path or body identifier; a value no record can have is simply not found. */
    public static <T> T id(String what, String raw, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("no " + what + " " + raw);
        }
    }
}
