package org.mallcrm.adapters.http.web.kit;

import io.helidon.http.HeaderNames;
import org.mallcrm.adapters.http.common.Heads;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

/** One request to a page: who asks, what they sent, and how to answer with a page, a fragment or a redirect. */
public final class WebExchange {

    private final ServerRequest req;
    private final ServerResponse res;
    private final Viewer viewer;
    private final Form form;
    private final Uploads uploads;
    private final WebKit kit;

    WebExchange(ServerRequest req, ServerResponse res, Viewer viewer, Form form, Uploads uploads, WebKit kit) {
        this.req = req;
        this.res = res;
        this.viewer = viewer;
        this.form = form;
        this.uploads = uploads;
        this.kit = kit;
    }

    public ServerRequest request() {
        return req;
    }

    public ServerResponse response() {
        return res;
    }

    public Viewer viewer() {
        return viewer;
    }

    /** The signed-in principal; the dispatcher lets no one else through to a page that needs one. */
    public Principal principal() {
        return viewer.principal();
    }

    public Form form() {
        return form;
    }

    /** The files of a multipart form (none for other requests); deleted when the request is over. */
    public Uploads uploads() {
        return uploads;
    }

    public WebKit kit() {
        return kit;
    }

    public String pathParam(String name) {
        return req.path().pathParameters().get(name);
    }

    /** A query parameter, trimmed; empty when missing or blank. */
    public Optional<String> query(String name) {
        return req.query().first(name).asOptional().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Whether htmx sent the request (it then wants a fragment, not a whole page). */
    public boolean isHtmx() {
        return req.headers().first(HeaderNames.create("HX-Request")).isPresent();
    }

    /** The path and query of this request, for links back to it. */
    public String here() {
        String q = req.query().rawValue();
        return req.path().rawPath() + (q == null || q.isEmpty() ? "" : "?" + q);
    }

    /** The layout for this viewer: the console for staff, the phone pages for the apps, bare before sign-in. */
    public Layout layout() {
        Principal p = viewer.principal();
        return p == null ? Layout.BARE : p.role() == Role.STAFF ? Layout.CONSOLE : Layout.MOBILE;
    }

    /** The chrome of a page titled {@code title} with the sidebar entry {@code active} highlighted. */
    public Shell shell(String title, String active, List<Shell.Crumb> crumbs) {
        return new Shell(layout(), viewer, title, active, layout() == Layout.CONSOLE ? kit.menuFor(viewer)
                : List.of(), crumbs, kit.mallName(), here(), kit.assets());
    }

    /** Answers with a whole page: {@code template} gets {@code shell} and {@code view}. */
    public void page(String template, Shell shell, Object view) {
        page(200, template, shell, view);
    }

    /** Answers with a whole page and a status other than 200 (a refused form shown again). */
    public void page(int status, String template, Shell shell, Object view) {
        Map<String, Object> params = new HashMap<>();
        params.put("shell", shell);
        params.put("view", view);
        html(status, kit.templates().render(template, params));
    }

    /** Answers with a fragment for htmx: {@code template} gets {@code v} (the viewer) and {@code view}. */
    public void fragment(int status, String template, Object view) {
        Map<String, Object> params = new HashMap<>();
        params.put("v", viewer);
        params.put("view", view);
        html(status, kit.templates().render(template, params));
    }

    void html(int status, byte[] body) {
        res.status(Status.create(status));
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Heads.send(req, res, body);
    }

    /** See other: after a form, go to {@code location} (for htmx, tell it to). */
    public void redirect(String location) {
        if (isHtmx()) {
            res.header(HeaderNames.create("HX-Redirect"), location);
            res.status(Status.NO_CONTENT_204).send();
            return;
        }
        res.status(Status.SEE_OTHER_303);
        res.header(HeaderNames.LOCATION, location);
        res.send();
    }
}
