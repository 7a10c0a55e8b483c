package org.mallcrm.adapters.http.web.auth;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Dispatcher;
import org.mallcrm.adapters.http.web.kit.Messages;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.account.port.in.SessionUseCases;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

/**
 * Signing in and out ({@code /login}, {@code /logout}) and the language switch ({@code /lang}). A refused sign-in is
 * answered only after the pause the account's count of wrong passwords calls for.
 */
public final class SignInPage implements WebPage {

    private final SessionUseCases sessions;

    public SignInPage(SessionUseCases sessions) {
        this.sessions = sessions;
    }

    /** What the sign-in page shows: where to go after, the login typed, and why the last try failed. */
    public record LoginView(String next, String login, String error) {
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(
                WebRoute.get("/login", Access.open(), this::form),
                WebRoute.post("/login", Access.open(), this::signIn),
                WebRoute.post("/logout", Access.roles(Role.values()), this::signOut),
                WebRoute.get("/lang", Access.open(), this::language));
    }

    private void form(WebExchange x) {
        if (x.viewer().signedIn()) {
            x.redirect(home(x.principal()));
            return;
        }
        show(x, 200, new LoginView(safeNext(x.query("next").orElse("")), "", null));
    }

    private void show(WebExchange x, int status, LoginView view) {
        x.page(status, "login.jte", x.shell(x.viewer().t("login.title"), "", List.of()), view);
    }

    private void signIn(WebExchange x) {
        String login = x.form().get(Dispatcher.SIGN_IN_LOGIN_FIELD).orElse("");
        String password = x.form().raw("password");
        String next = safeNext(x.form().get("next").orElse(""));
        SessionUseCases.Client client = new SessionUseCases.Client(x.request().remotePeer().host(),
                x.request().headers().first(io.helidon.http.HeaderNames.USER_AGENT).orElse(""));
        SessionUseCases.SignInOutcome outcome = sessions.signIn(login, password, client);
        switch (outcome) {
            case SessionUseCases.SignedIn in -> {
                x.response().headers().addCookie(Dispatcher.sessionCookie(x.request(), in.token()));
                x.redirect(next.isEmpty() || in.session().principal().role() != Role.STAFF && !next.startsWith("/m/")
                        ? home(in.session().principal()) : next);
            }
            case SessionUseCases.Refused r -> {
                pause(r.delay());
                var v = x.viewer();
                String error = switch (r.reason()) {
                    case WRONG -> v.t("login.error.wrong");
                    case LOCKED -> v.t("login.error.locked", v.formats().instant(r.lockedUntil().orElseThrow()));
                    case DISABLED -> v.t("login.error.disabled");
                };
                show(x, 401, new LoginView(next, login, error));
            }
        }
    }

    private void signOut(WebExchange x) {
        String token = x.request().headers().cookies().first(Dispatcher.SESSION_COOKIE).orElse("");
        sessions.signOut(token, new SessionUseCases.Client(x.request().remotePeer().host(),
                x.request().headers().first(io.helidon.http.HeaderNames.USER_AGENT).orElse("")));
        x.response().headers().addCookie(Dispatcher.expired(x.request(), Dispatcher.SESSION_COOKIE));
        x.redirect("/login");
    }

    private void language(WebExchange x) {
        String lang = Messages.locale(x.query("to").orElse("zh-CN")).getLanguage().equals("en") ? "en" : "zh-CN";
        x.response().headers().addCookie(Dispatcher.langCookie(x.request(), lang));
        String back = safeNext(x.query("back").orElse(""));
        x.redirect(back.isEmpty() ? "/" : back);
    }

    /** Where a principal lands: the console for staff, the apps' pages for the others. */
    public static String home(Principal p) {
        return p.role() == Role.STAFF ? "/" : "/m/";
    }

    /** A path on this site only: no scheme, no other host ({@code //evil}), no backslashes. */
    static String safeNext(String next) {
        Optional<String> n = Optional.ofNullable(next).map(String::strip);
        return n.filter(s -> s.startsWith("/") && !s.startsWith("//") && !s.contains("\\") && s.length() < 500
                && !s.startsWith("/login") && !s.startsWith("/logout")).orElse("");
    }

    private static void pause(Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
