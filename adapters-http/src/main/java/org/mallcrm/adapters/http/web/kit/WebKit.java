package org.mallcrm.adapters.http.web.kit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mallcrm.application.account.port.in.CallerMallQuery;
import org.mallcrm.application.account.port.in.SessionUseCases;
import org.mallcrm.domain.access.Principal;

/** What every page shares: templates, assets, sessions, the sidebar's entries, the mall's name and how to find it. */
public final class WebKit {

    private final Templates templates;
    private final Assets assets;
    private final SessionUseCases sessions;
    private final Supplier<String> mallName;
    private final CallerMallQuery callers;
    private final String defaultMall;
    private final List<MenuEntry> menu = new ArrayList<>();

    /**
     * {@code callers} finds the mall of a request (its session's or its sign-in's); {@code defaultMall} is the mall
     * of a request that names none (the sign-in page before anyone signs in).
     */
    public WebKit(Templates templates, Assets assets, SessionUseCases sessions, Supplier<String> mallName,
            CallerMallQuery callers, String defaultMall) {
        this.templates = templates;
        this.assets = assets;
        this.sessions = sessions;
        this.mallName = mallName;
        this.callers = callers;
        this.defaultMall = defaultMall;
    }

    public CallerMallQuery callers() {
        return callers;
    }

    public String defaultMall() {
        return defaultMall;
    }

    public Templates templates() {
        return templates;
    }

    public Assets assets() {
        return assets;
    }

    public SessionUseCases sessions() {
        return sessions;
    }

    public String mallName() {
        return mallName.get();
    }

    void addMenu(List<MenuEntry> entries) {
        menu.addAll(entries);
        menu.sort(Comparator.comparingInt(MenuEntry::order));
    }

    /** The sidebar a principal sees: the entries its access admits, under their groups, in order. */
    public List<Shell.MenuGroup> menuFor(Viewer v) {
        Principal p = v.principal();
        Map<String, List<Shell.MenuItem>> groups = new LinkedHashMap<>();
        for (MenuEntry e : menu) {
            if (e.access().admits(p)) {
                groups.computeIfAbsent(e.group(), g -> new ArrayList<>())
                        .add(new Shell.MenuItem(e.key(), e.href(), v.t(e.labelKey())));
            }
        }
        List<Shell.MenuGroup> out = new ArrayList<>();
        groups.forEach((g, items) -> out.add(new Shell.MenuGroup(v.t(g), items)));
        return out;
    }

    /** Every sidebar entry, for tests that walk them. */
    public List<MenuEntry> menu() {
        return List.copyOf(menu);
    }
}
