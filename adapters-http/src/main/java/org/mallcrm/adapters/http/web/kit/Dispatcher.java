package org.mallcrm.adapters.http.web.kit;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.SetCookie;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.adapters.http.common.ApiPaths;
import org.mallcrm.adapters.http.common.MallScope;
import org.mallcrm.application.account.port.in.SessionUseCases;
import org.mallcrm.domain.access.Principal;

/**
 * The one place the web pages' rules are enforced, for every route of the table: who is asking (the session
 * cookie), whether the route is for them ({@link Access}), whether a change carries the CSRF token of the session
 * (or, for the sign-in form, of its cookie), and that nothing but an error page ever leaves a failure. Pages only
 * do their work.
 */
public final class Dispatcher {

    public static final String SESSION_COOKIE = "mallcrm_session";
    public static final String CSRF_COOKIE = "mallcrm_csrf";
    public static final String LANG_COOKIE = "mallcrm_lang";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** The sign-in form's field with the login, whose account's mall the sign-in acts on. */
    public static final String SIGN_IN_LOGIN_FIELD = "login";

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private final WebKit kit;
    private final SecureRandom random = new SecureRandom();
    private final List<WebRoute> routes = new ArrayList<>();

    public Dispatcher(WebKit kit) {
        this.kit = kit;
    }

    /** Registers the pages' routes, their sidebar entries and, last, the web pages' 404. */
    public void install(HttpRouting.Builder routing, List<WebPage> pages) {
        routing.get(Assets.PREFIX + "{hash}/{name}", (req, res) -> kit.assets().serve(req, res));
        routing.get(Assets.FAVICON_PATH, (req, res) -> kit.assets().favicon(req, res))
                .head(Assets.FAVICON_PATH, (req, res) -> kit.assets().favicon(req, res));
        for (WebPage page : pages) {
            kit.addMenu(page.menu());
            for (WebRoute r : page.routes()) {
                routes.add(r);
                routing.route(r.method(), r.path(), (req, res) -> dispatch(r, req, res));
                if (r.method().equals(Method.GET)) {
                    // HEAD as GET without the body (WebExchange sends none for a HEAD)
                    routing.route(Method.HEAD, r.path(), (req, res) -> dispatch(r, req, res));
                }
            }
        }
        routing.any((req, res) -> {
            String path = req.path().path();
            if (ApiPaths.isApi(path)) {
                res.next();
                return;
            }
            inMall(mallOf(req, Form.EMPTY), () -> error(req, res, viewer(req, res),
                    new WebException(404, "error.404.detail")));
        });
    }

    /** The route table as registered, for the route × role walk. */
    public List<WebRoute> routes() {
        return List.copyOf(routes);
    }

    /**
     * Reads the form of a change first (the sign-in's login names its mall), then handles the request in the mall of
     * its caller: the mall of its session, of the login it signs in with, or the server's default mall.
     */
    private void dispatch(WebRoute route, ServerRequest req, ServerResponse res) {
        Form form;
        try {
            form = route.isUnsafe() ? readForm(req) : Form.EMPTY;
        } catch (WebException e) {
            inMall(kit.defaultMall(), () -> error(req, res, viewer(req, res), e));
            return;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "page " + route.method().text() + " " + route.path()
                    + ": the form could not be read", e);
            inMall(kit.defaultMall(), () -> error(req, res, viewer(req, res), new WebException(500,
                    "error.500.detail")));
            return;
        }
        inMall(mallOf(req, form), () -> handle(route, req, res, form));
    }

    /** The mall of the caller: its live session's, else the one of the login it signs in with, else the default. */
    private String mallOf(ServerRequest req, Form form) {
        Optional<String> token = req.headers().cookies().first(SESSION_COOKIE).asOptional();
        Optional<String> mall = token.flatMap(t -> kit.callers().mallOfSession(t));
        if (mall.isEmpty()) {
            mall = form.get(SIGN_IN_LOGIN_FIELD).flatMap(login -> kit.callers().mallOfLogin(login));
        }
        return mall.orElse(kit.defaultMall());
    }

    private static void inMall(String mall, Runnable work) {
        try {
            MallScope.within(Optional.of(mall), work::run);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(WebRoute route, ServerRequest req, ServerResponse res, Form form) {
        Viewer v = viewer(req, res);
        Uploads uploads = Uploads.NONE;
        try {
            Principal p = v.principal();
            Access access = route.access();
            if (!access.anyone()) {
                if (p == null) {
                    toSignIn(req, res);
                    return;
                }
                if (!access.isFor(p)) {
                    throw new WebException(404, "error.404.detail");
                }
                if (!access.admits(p)) {
                    throw new WebException(403, "error.403.capability",
                            v.t("capability." + access.capability().orElseThrow()));
                }
            }
            if (route.isUnsafe()) {
                // a multipart form (an upload) is read only now, once the caller may post here: its files are
                // streamed to temporary files, its fields (the token among them) read like a form's
                String type = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
                if (Uploads.isMultipart(type)) {
                    Uploads.Parsed parsed = readUploads(req, type);
                    form = parsed.form();
                    uploads = parsed.uploads();
                }
                String expected = p != null ? v.csrf() : req.headers().cookies().first(CSRF_COOKIE).orElse("");
                String sent = form.get(CSRF_FIELD)
                        .orElse(req.headers().first(HeaderNames.create(CSRF_HEADER)).orElse(""));
                if (expected.isEmpty() || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        sent.getBytes(StandardCharsets.UTF_8))) {
                    throw new WebException(403, "error.403.csrf");
                }
            }
            route.handler().handle(new WebExchange(req, res, v, form, uploads, kit));
        } catch (WebException e) {
            error(req, res, v, e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "page " + route.method().text() + " " + route.path() + " failed", e);
            error(req, res, v, new WebException(500, "error.500.detail"));
        } finally {
            uploads.close();
        }
    }

    /**
     * A multipart form read to its end, its files kept in temporary files; a body over the limit is read on to its
     * end (up to the server's own limit) and dropped, so that the browser, which sends all of it before it reads an
     * answer, gets the 413 page rather than a broken connection.
     */
    private static Uploads.Parsed readUploads(ServerRequest req, String type) {
        InputStream in = req.content().inputStream();
        try {
            return Uploads.read(in, type);
        } catch (WebException e) {
            if (e.status() == 413) {
                try {
                    in.transferTo(OutputStream.nullOutputStream());
                } catch (IOException | RuntimeException ignored) {
                    // past the server's limit: the connection is closed after the answer
                }
            }
            throw e;
        } catch (UncheckedIOException | io.helidon.http.RequestException e) {
            // the body ended early or broke the server's own limit while it streamed in
            throw new WebException(400, "error.400.multipart");
        }
    }

    /** Who is asking: the principal of a live session, or nobody (with the sign-in form's CSRF cookie). */
    private Viewer viewer(ServerRequest req, ServerResponse res) {
        Locale locale = Messages.locale(req.headers().cookies().first(LANG_COOKIE).orElse(null));
        secure(res);
        Optional<String> token = req.headers().cookies().first(SESSION_COOKIE).asOptional();
        if (token.isPresent()) {
            Optional<SessionUseCases.ActiveSession> s = kit.sessions().session(token.get());
            if (s.isPresent()) {
                return new Viewer(s.get().principal(), s.get().csrfToken(), Messages.of(locale), Formats.of(locale));
            }
            res.headers().addCookie(expired(req, SESSION_COOKIE));
        }
        String csrf = req.headers().cookies().first(CSRF_COOKIE).asOptional()
                .filter(c -> c.matches("[A-Za-z0-9_-]{20,64}")).orElse(null);
        if (csrf == null) {
            csrf = randomToken();
            res.headers().addCookie(SetCookie.builder(CSRF_COOKIE, csrf).path("/").httpOnly(true)
                    .sameSite(SetCookie.SameSite.STRICT).secure(req.isSecure()).build());
        }
        return Viewer.anonymous(csrf, locale);
    }

    private static void secure(ServerResponse res) {
        res.header(HeaderNames.create("Content-Security-Policy"), CSP);
        res.header(HeaderNames.create("X-Frame-Options"), "DENY");
        res.header(HeaderNames.create("Referrer-Policy"), "same-origin");
        res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
    }

    private static void toSignIn(ServerRequest req, ServerResponse res) {
        String q = req.query().rawValue();
        String here = req.path().rawPath() + (q == null || q.isEmpty() ? "" : "?" + q);
        String to = "/login" + (here.equals("/") ? "" : "?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
        if (req.headers().first(HeaderNames.create("HX-Request")).isPresent()) {
            res.header(HeaderNames.create("HX-Redirect"), to);
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        res.status(Status.SEE_OTHER_303);
        res.header(HeaderNames.LOCATION, to);
        res.send();
    }

    private static Form readForm(ServerRequest req) {
        String type = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            return Form.EMPTY;
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] body = in.readNBytes(Form.MAX_BYTES + 1);
            if (body.length > Form.MAX_BYTES) {
                throw new WebException(413, "error.413.detail");
            }
            return Form.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The error page (or, for htmx, an alert put where the page shows messages). */
    void error(ServerRequest req, ServerResponse res, Viewer v, WebException e) {
        if (res.isSent()) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        String title = v.t("error." + e.status() + ".title");
        String detail = v.t(e.messageKey(), e.args());
        WebExchange x = new WebExchange(req, res, v, Form.EMPTY, Uploads.NONE, kit);
        ErrorView view = new ErrorView(e.status(), title, detail);
        if (x.isHtmx()) {
            res.header(HeaderNames.create("HX-Retarget"), "#flash");
            res.header(HeaderNames.create("HX-Reswap"), "innerHTML");
            params.put("v", v);
            params.put("view", view);
            x.html(e.status(), kit.templates().render("partials/alert.jte", params));
            return;
        }
        params.put("shell", x.shell(title, "", List.of()));
        params.put("view", view);
        x.html(e.status(), kit.templates().render("error.jte", params));
    }

    /** What an error page shows. */
    public record ErrorView(int status, String title, String detail) {
    }

    /** The session cookie: HttpOnly, SameSite=Lax, Secure behind TLS; it lasts as long as the browser's session. */
    public static SetCookie sessionCookie(ServerRequest req, String token) {
        return SetCookie.builder(SESSION_COOKIE, token).path("/").httpOnly(true).sameSite(SetCookie.SameSite.LAX)
                .secure(req.isSecure()).build();
    }

    public static SetCookie expired(ServerRequest req, String name) {
        return SetCookie.builder(name, "").path("/").httpOnly(true).sameSite(SetCookie.SameSite.LAX)
                .secure(req.isSecure()).maxAge(Duration.ZERO).build();
    }

    public static SetCookie langCookie(ServerRequest req, String lang) {
        return SetCookie.builder(LANG_COOKIE, lang).path("/").httpOnly(true).sameSite(SetCookie.SameSite.LAX)
                .secure(req.isSecure()).maxAge(Duration.ofDays(365)).build();
    }

    private String randomToken() {
        byte[] b = new byte[24];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
