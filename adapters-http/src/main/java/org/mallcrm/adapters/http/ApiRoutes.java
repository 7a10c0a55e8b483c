package org.mallcrm.adapters.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.PathMatcher;
import io.helidon.http.PathMatchers;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.mallcrm.adapters.http.RouteTable.Retry;
import org.mallcrm.adapters.http.RouteTable.Row;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.Caller;
import org.mallcrm.adapters.http.common.Idempotency;
import org.mallcrm.adapters.http.common.MallScope;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.application.access.port.in.AccessTokenUseCases;
import org.mallcrm.domain.access.Principal;

/**
 * The rules the API's routes are registered through. It hands Helidon every route as given, wrapped in the one
 * route filter, and remembers what it registered (for the 405 answer and the route × role walk):
 * <ol>
 * <li>finds the route's row in the {@link RouteTable} when it is registered — a route without a row is an error
 * at start-up;</li>
 * <li>on every call: 401 without a live token, 403 for a role or a department the row does not allow; the caller
 * is then {@link Caller#of};</li>
 * <li>the caller's mall (of its token) is the mall of the request ({@link MallScope}) while the route runs;</li>
 * <li>a retryable write with {@code Idempotency-Key} runs through {@link Idempotency}.</li>
 * </ol>
 * Only the plain forms ({@code get}, {@code post}, {@code put}, {@code patch}, {@code delete} with a path, and
 * {@code register}) are accepted: anything else would hide a route from the table.
 */
final class ApiRoutes implements HttpRules {

    /** A route the server registered: method and full path template. */
    record Registered(String method, String path, PathMatcher matcher) {
    }

    /** What every wrapped route shares. */
    static final class Shared {
        final RouteTable table;
        final AccessTokenUseCases tokens;
        final Idempotency idempotency;
        final List<Registered> registered = Collections.synchronizedList(new ArrayList<>());

        Shared(RouteTable table, AccessTokenUseCases tokens, Idempotency idempotency) {
            this.table = table;
            this.tokens = tokens;
            this.idempotency = idempotency;
        }

        /** The methods registered for a path, for a 405's {@code Allow}. */
        List<String> methodsOf(io.helidon.common.uri.UriPath path) {
            TreeSet<String> methods = new TreeSet<>();
            synchronized (registered) {
                for (Registered r : registered) {
                    if (r.matcher().match(path).accepted()) {
                        methods.add(r.method());
                    }
                }
            }
            return List.copyOf(methods);
        }
    }

    private final String prefix;
    private final HttpRules delegate;
    private final Shared shared;

    ApiRoutes(String prefix, HttpRules delegate, Shared shared) {
        this.prefix = prefix;
        this.delegate = delegate;
        this.shared = shared;
    }

    static String join(String prefix, String path) {
        String p = path == null || path.isEmpty() || path.equals("/") ? "" : (path.startsWith("/") ? path : "/" + path);
        String full = prefix + p;
        return full.isEmpty() ? "/" : full;
    }

    @Override
    public HttpRules register(HttpService... services) {
        for (HttpService s : services) {
            delegate.register(rules -> s.routing(new ApiRoutes(prefix, rules, shared)));
        }
        return this;
    }

    @Override
    public HttpRules register(String path, HttpService... services) {
        String full = join(prefix, path);
        for (HttpService s : services) {
            delegate.register(path, rules -> s.routing(new ApiRoutes(full, rules, shared)));
        }
        return this;
    }

    @Override
    public HttpRules register(Supplier<? extends HttpService> service) {
        return register(service.get());
    }

    @Override
    public HttpRules register(String path, Supplier<? extends HttpService> service) {
        return register(path, service.get());
    }

    @Override
    public HttpRules route(HttpRoute route) {
        throw new UnsupportedOperationException("register API routes with get/post/put/patch/delete and a path, "
                + "so the route table sees them");
    }

    @Override
    public HttpRules route(Method method, String path, Handler handler) {
        String full = join(prefix, path);
        Row row = shared.table.find(method.text(), full).orElseThrow(() -> new IllegalStateException(
                method.text() + " " + full + " is registered but has no row in RouteTable: say who may call it"));
        shared.registered.add(new Registered(method.text(), full, PathMatchers.create(full)));
        delegate.route(method, path, guard(row, handler));
        return this;
    }

    private HttpRules one(Method method, String path, Handler... handlers) {
        if (handlers.length != 1) {
            throw new UnsupportedOperationException("one handler per API route");
        }
        return route(method, path, handlers[0]);
    }

    @Override
    public HttpRules get(String path, Handler... handlers) {
        return one(Method.GET, path, handlers);
    }

    @Override
    public HttpRules get(Handler... handlers) {
        return one(Method.GET, "/", handlers);
    }

    @Override
    public HttpRules post(String path, Handler... handlers) {
        return one(Method.POST, path, handlers);
    }

    @Override
    public HttpRules post(Handler... handlers) {
        return one(Method.POST, "/", handlers);
    }

    @Override
    public HttpRules put(String path, Handler... handlers) {
        return one(Method.PUT, path, handlers);
    }

    @Override
    public HttpRules put(Handler... handlers) {
        return one(Method.PUT, "/", handlers);
    }

    @Override
    public HttpRules patch(String path, Handler... handlers) {
        return one(Method.PATCH, path, handlers);
    }

    @Override
    public HttpRules patch(Handler... handlers) {
        return one(Method.PATCH, "/", handlers);
    }

    @Override
    public HttpRules delete(String path, Handler... handlers) {
        return one(Method.DELETE, path, handlers);
    }

    @Override
    public HttpRules delete(Handler... handlers) {
        return one(Method.DELETE, "/", handlers);
    }

    /** The route filter around one route. */
    private Handler guard(Row row, Handler route) {
        if (row.access().noToken()) {
            return route;
        }
        Shared s = shared;
        if (row.confirmsToken()) {
            return confirmingGuard(row, route);
        }
        return (req, res) -> {
            Bodies.refuseDeclaredOverLimit(req, res);
            Principal p = authenticate(req, s.tokens);
            String refusal = row.access().refusal(p);
            if (refusal != null) {
                throw ApiException.forbidden(refusal);
            }
            Caller.set(req, p);
            Optional<String> key = row.retry() == Retry.KEYED ? Idempotency.key(req) : Optional.empty();
            // the caller's mall is the request's mall: every per-mall use case acts on it
            MallScope.within(p.mall(), () -> {
                if (key.isPresent()) {
                    s.idempotency.handle(req, res, p, key.get(), route);
                } else {
                    route.handle(req, res);
                }
            });
        };
    }

    /**
     * The route filter around a route that confirms the caller's token in its own write (its row says so; it keeps its
     * own idempotency): a token seen live before is taken without reading the store, the route's write confirms it in
     * its transaction ({@link Caller#tokenToConfirm}) and answers 401 when it is no longer live. Should the route end
     * otherwise (a 400, a 409, a failure), the token is confirmed here first, so that a revoked token is told 401
     * whatever else is wrong with its request, as on every other route.
     */
    private Handler confirmingGuard(Row row, Handler route) {
        if (row.retry() == Retry.KEYED) {
            throw new IllegalStateException(row.key() + ": a route that confirms its token keeps its own idempotency");
        }
        Shared s = shared;
        return (req, res) -> {
            Bodies.refuseDeclaredOverLimit(req, res);
            String token = bearer(req);
            AccessTokenUseCases.Recognized r = s.tokens.recognize(token).orElseThrow(ApiException::unauthorized);
            Principal p = r.principal();
            String refusal = row.access().refusal(p);
            if (refusal != null) {
                confirm(s.tokens, token);
                throw ApiException.forbidden(refusal);
            }
            Caller.setRecognized(req, p, r.hash());
            MallScope.within(p.mall(), () -> {
                try {
                    route.handle(req, res);
                } catch (RuntimeException | Error e) {
                    if (!res.isSent()) {
                        confirm(s.tokens, token);
                    }
                    throw e;
                }
            });
        };
    }

    /** Throws 401 unless the token is live now (read from the store). */
    private static void confirm(AccessTokenUseCases tokens, String token) {
        tokens.authenticate(token).orElseThrow(ApiException::unauthorized);
    }

    private static Principal authenticate(ServerRequest req, AccessTokenUseCases tokens) {
        return tokens.authenticate(bearer(req)).orElseThrow(ApiException::unauthorized);
    }

    /** The bearer token of the request, or 401. */
    private static String bearer(ServerRequest req) {
        String header = req.headers().first(HeaderNames.AUTHORIZATION).orElse("");
        if (header.length() < 8 || header.length() > 500 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized();
        }
        return header.substring(7).strip();
    }

    /** The answer to a path no route takes: 405 with {@code Allow} when other methods take it, else 404. */
    static void fallback(ServerRequest req, ServerResponse res, Shared shared) {
        List<String> allowed = shared.methodsOf(req.path().absolute());
        String method = req.prologue().method().text();
        if (!allowed.isEmpty()) {
            throw new Problems.MethodNotAllowed(method, allowed);
        }
        throw ApiException.notFound("no resource at " + Problems.truncate(method, 20) + " "
                + Problems.truncate(req.path().absolute().path(), 200));
    }
}
