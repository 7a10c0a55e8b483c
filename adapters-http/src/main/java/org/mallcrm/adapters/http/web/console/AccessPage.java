package org.mallcrm.adapters.http.web.console;

import java.util.ArrayList;
import java.util.List;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.MenuEntry;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.access.Department;
import org.mallcrm.domain.access.ImportKind;

/**
 * 权限: the one table of what each department may change ({@link Department#capabilities()}), as the API's filter
 * and the console's pages read it. Every staff member may read the mall's records.
 */
public final class AccessPage implements WebPage {

    /** One department's row: a mark per capability, in {@link Capability} order. */
    public record DepartmentRow(String code, String label, List<Boolean> grants, boolean mine) {
    }

    public record CapabilityColumn(String code, String label) {
    }

    /**
     * The table, and what each department may import ({@link ImportKind}: the import right and the kind's own), one
     * mark per kind in {@link ImportKind} order.
     */
    public record AccessView(List<CapabilityColumn> capabilities, List<DepartmentRow> departments,
            List<CapabilityColumn> importKinds, List<DepartmentRow> imports) {
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(WebRoute.get("/access", Access.staff(), this::show));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("access", "/access", "menu.access", "menu.group.admin", 90, Access.staff()));
    }

    private void show(WebExchange x) {
        Viewer v = x.viewer();
        List<CapabilityColumn> caps = new ArrayList<>();
        for (Capability c : Capability.values()) {
            caps.add(new CapabilityColumn(c.name(), v.t("capability." + c.name())));
        }
        String mine = x.principal().department().flatMap(Department::parse).map(Department::name).orElse("");
        List<DepartmentRow> rows = new ArrayList<>();
        for (Department d : Department.values()) {
            List<Boolean> grants = new ArrayList<>();
            for (Capability c : Capability.values()) {
                grants.add(d.may(c));
            }
            rows.add(new DepartmentRow(d.name(), v.t("department." + d.name()), grants, d.name().equals(mine)));
        }
        List<CapabilityColumn> kinds = new ArrayList<>();
        for (ImportKind k : ImportKind.values()) {
            kinds.add(new CapabilityColumn(k.code(), v.t("import.kind." + k.name())));
        }
        List<DepartmentRow> imports = new ArrayList<>();
        for (Department d : Department.values()) {
            List<Boolean> marks = new ArrayList<>();
            for (ImportKind k : ImportKind.values()) {
                marks.add(k.importableBy(d));
            }
            imports.add(new DepartmentRow(d.name(), v.t("department." + d.name()), marks, d.name().equals(mine)));
        }
        x.page("access.jte", x.shell(v.t("access.title"), "access", List.of()),
                new AccessView(caps, rows, kinds, imports));
    }
}
