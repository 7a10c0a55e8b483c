package org.mallcrm.adapters.http.common;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.mallcrm.application.common.port.out.IdempotentReplies;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.domain.access.Principal;

/**
 * The one idempotency filter: a retryable write sent with {@code Idempotency-Key} runs in one unit of work that
 * first claims the key, then does the write, then keeps its reply, and commits all three together (a crash between
 * the write and its reply cannot happen, so a retry can never book twice). Concurrent requests with one key are
 * serialized on the key's row: one does the write, the others then get its reply. A replay answers the first
 * reply with {@code Idempotent-Replayed: true}; the same key with another request (method, path or body) is a 422
 * problem. Only successful replies are kept: a refused or bad write rolls back, key and all, and may be retried.
 * Keys are kept for {@link #KEEP} (24 hours), per caller.
 */
public final class Idempotency {

    public static final HeaderName KEY = HeaderNames.create("Idempotency-Key");
    public static final HeaderName REPLAYED = HeaderNames.create("Idempotent-Replayed");
    public static final Duration KEEP = Duration.ofHours(24);
    public static final int MAX_KEY = 200;

    private final UnitOfWork unitOfWork;
    private final IdempotentReplies replies;
    private final Supplier<Instant> clock;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    public Idempotency(UnitOfWork unitOfWork, IdempotentReplies replies, Supplier<Instant> clock) {
        this.unitOfWork = unitOfWork;
        this.replies = replies;
        this.clock = clock;
    }

    /** The key of the request, checked; empty when none was sent. */
    public static Optional<String> key(ServerRequest req) {
        Optional<String> key = req.headers().first(KEY).filter(k -> !k.isBlank());
        if (key.isPresent() && (key.get().length() > MAX_KEY || !key.get().matches("[\\x21-\\x7e]+"))) {
            throw ApiException.badRequest("Idempotency-Key must be 1 to " + MAX_KEY + " visible ASCII characters",
                    List.of(new ApiException.FieldError(KEY.defaultCase(), "at most " + MAX_KEY
                            + " visible ASCII characters, e.g. a UUID")));
        }
        return key.map(String::strip);
    }

    private sealed interface Result {
    }

    private record Fresh(CapturedResponse response) implements Result {
    }

    private record Replay(IdempotentReplies.Reply reply) implements Result {
    }

    /** Runs {@code route} for {@code caller} once per key. */
    public void handle(ServerRequest req, ServerResponse res, Principal caller, String key, Handler route)
            throws Exception {
        String request = req.prologue().method().text() + " " + req.path().absolute().path() + " "
                + digest(Bodies.bytes(req));
        Instant now = clock.get();
        purgeNow(now);
        Result result;
        try {
            result = unitOfWork.inTransaction(() -> {
                Optional<IdempotentReplies.Reply> earlier = replies.claim(caller.name(), key, request, now,
                        now.minus(KEEP));
                if (earlier.isPresent()) {
                    return new Replay(earlier.get());
                }
                CapturedResponse captured = new CapturedResponse();
                try {
                    route.handle(req, captured);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new Wrapped(e);
                }
                if (captured.status().code() < 400) {
                    replies.complete(caller.name(), key, new IdempotentReplies.Reply(request,
                            captured.status().code(), new String(captured.body(), StandardCharsets.UTF_8)));
                }
                return new Fresh(captured);
            }, r -> r instanceof Fresh f && f.response().status().code() >= 400);
        } catch (Wrapped w) {
            throw w.checked;
        }
        switch (result) {
            case Fresh f -> {
                res.status(f.response().status());
                f.response().headers().forEach(res::header);
                res.send(f.response().body());
            }
            case Replay r -> replay(res, r.reply(), request);
        }
    }

    private static void replay(ServerResponse res, IdempotentReplies.Reply reply, String request) {
        if (reply.status() == IdempotentReplies.PENDING) {
            throw ApiException.conflict("idempotency-key-in-use", "a request with this Idempotency-Key is still "
                    + "under way; retry in a moment");
        }
        if (!reply.request().equals(request)) {
            throw new ApiException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was used for another request (method, path or body); use a new key",
                    List.of());
        }
        res.status(reply.status());
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.header(REPLAYED, "true");
        res.send(reply.body().getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets expired keys, at most once an hour. */
    private void purgeNow(Instant now) {
        Instant last = lastPurge.get();
        if (now.isAfter(last.plus(Duration.ofHours(1))) && lastPurge.compareAndSet(last, now)) {
            replies.purge(now.minus(KEEP));
        }
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Wrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Exception checked;

        Wrapped(Exception checked) {
            super(null, checked, false, false);
            this.checked = checked;
        }
    }
}
