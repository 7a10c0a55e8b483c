package org.mallcrm.adapters.http.web.kit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the layout around every page needs: the page's title (the {@code <title>} and the one {@code <h1>}), who is
 * looking, the sidebar entries they may see with the active one, the breadcrumbs, the mall's name, and the links
 * that switch the language and load the assets.
 */
public record Shell(Layout layout, Viewer viewer, String title, String active, List<MenuGroup> menu,
        List<Crumb> crumbs, String mallName, String here, Assets assets) {

    public Shell {
        menu = List.copyOf(menu);
        crumbs = List.copyOf(crumbs);
    }

    /** A heading of the sidebar and its entries. */
    public record MenuGroup(String label, List<MenuItem> items) {
        public MenuGroup {
            items = List.copyOf(items);
        }
    }

    /** One sidebar link. */
    public record MenuItem(String key, String href, String label) {
    }

    /** One step of the breadcrumbs; the last has no link. */
    public record Crumb(String label, String href) {
    }

    public String t(String key, Object... args) {
        return viewer.t(key, args);
    }

    public boolean console() {
        return layout == Layout.CONSOLE;
    }

    public boolean mobile() {
        return layout == Layout.MOBILE;
    }

    /** Whether the sidebar entry is this page's. */
    public boolean isActive(MenuItem item) {
        return item.key().equals(active);
    }

    /** Whether the page is in English (for the language switch). */
    public boolean english() {
        return viewer.lang().equals("en");
    }

    public Formats fmt() {
        return viewer.formats();
    }

    public String csrf() {
        return viewer.csrf();
    }

    /** The {@code hx-headers} value that makes every htmx request carry the CSRF token. */
    public String hxHeaders() {
        return "{\"X-CSRF-Token\": \"" + viewer.csrf().replaceAll("[^A-Za-z0-9_-]", "") + "\"}";
    }

    /** The link that shows this page in another language. */
    public String langHref(String lang) {
        return "/lang?to=" + lang + "&back=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }

    /** The versioned URL of an asset. */
    public String asset(String name) {
        return assets.url(name);
    }

    /** The signed-in person's name and what they are: {@code admin · 管理员}. */
    public String who() {
        if (viewer.principal() == null) {
            return "";
        }
        var p = viewer.principal();
        String what = p.department().map(d -> viewer.t("department." + d))
                .orElse(p.subject().map(s -> viewer.t("role." + p.role()) + " " + s).orElse(viewer.t("role." + p.role())));
        return p.name() + " · " + what;
    }
}
