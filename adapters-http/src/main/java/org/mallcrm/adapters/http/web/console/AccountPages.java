package org.mallcrm.adapters.http.web.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mallcrm.adapters.http.web.console.TableView.Cell;
import org.mallcrm.adapters.http.web.console.TableView.Column;
import org.mallcrm.adapters.http.web.console.TableView.Row;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.MenuEntry;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.account.port.in.AccountUseCases;
import org.mallcrm.application.account.port.in.SessionUseCases;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.account.Account;
import org.mallcrm.domain.account.SignInEvent;
import org.mallcrm.domain.audit.AuditEntry;

/** Accounts, the sign-in log (登录日志) and the operation log (操作日志), for staff who hold ACCOUNTS. */
public final class AccountPages implements WebPage {

    /** Rows per read of the logs: the use cases' limit. */
    private static final int PAGE = 500;
    private final AccountUseCases accounts;
    private final SessionUseCases sessions;
    private final AuditLog audit;

    public AccountPages(AccountUseCases accounts, SessionUseCases sessions, AuditLog audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Override
    public List<WebRoute> routes() {
        Access admins = Access.staff(Capability.ACCOUNTS);
        List<WebRoute> routes = new ArrayList<>();
        routes.addAll(ListRoutes.of("/users", admins, this::users));
        routes.addAll(ListRoutes.of("/logs/sign-ins", admins, this::signIns));
        routes.addAll(ListRoutes.of("/logs/operations", admins, this::operations));
        return List.copyOf(routes);
    }

    @Override
    public List<MenuEntry> menu() {
        Access admins = Access.staff(Capability.ACCOUNTS);
        return List.of(
                new MenuEntry("users", "/users", "menu.users", "menu.group.admin", 91, admins),
                new MenuEntry("sign-ins", "/logs/sign-ins", "menu.signins", "menu.group.admin", 92, admins),
                new MenuEntry("operations", "/logs/operations", "menu.operations", "menu.group.admin", 93, admins));
    }

    private Listing users(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Instant now = Instant.now();
        List<Row> rows = new ArrayList<>();
        for (Account a : accounts.list()) {
            String what = a.department().map(d -> v.t("department." + d.name()))
                    .orElse(a.subject().orElse(""));
            String state = v.t("account.status." + a.status().name())
                    + (a.isLocked(now) ? " · " + v.t("account.locked", f.instant(a.lockedUntil().orElseThrow())) : "");
            rows.add(new Row(List.of(Cell.of(a.login().value()), Cell.of(v.t("role." + a.role().name())),
                    Cell.of(what), Cell.of(state), Cell.instant(a.lastSignInAt().orElse(null), f),
                    Cell.instant(a.createdAt(), f))));
        }
        return new Listing(v.t("users.title"), "users", List.of(), List.of(), List.of(
                new Column(v.t("col.login"), false), new Column(v.t("col.role"), false),
                new Column(v.t("col.department_or_subject"), false), new Column(v.t("col.status"), false),
                new Column(v.t("col.last_sign_in"), false), new Column(v.t("col.created_at"), false)),
                Listing.Rows.of(rows), List.of(v.t("users.hint")), v.t("list.empty"));
    }

    private Listing signIns(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Listing.Rows rows = Listing.Rows.paged((cursor, limit) -> sessions.log(cursor, Math.min(limit, PAGE)),
                (SignInEvent e) -> new Row(List.of(Cell.instant(e.at(), f), Cell.of(e.login()),
                        new Cell(v.t("signin." + e.kind().name()), null, "signin-" + e.kind().name()),
                        Cell.of(e.remote()), Cell.of(e.agent()))));
        return new Listing(v.t("signins.title"), "sign-ins", List.of(), List.of(), List.of(
                new Column(v.t("col.at"), false), new Column(v.t("col.login"), false),
                new Column(v.t("col.event"), false), new Column(v.t("col.remote"), false),
                new Column(v.t("col.agent"), false)), rows, List.of(), v.t("list.empty"));
    }

    private Listing operations(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Listing.Rows rows = Listing.Rows.paged((cursor, limit) -> audit.list(cursor, Math.min(limit, PAGE)),
                (AuditEntry e) -> new Row(List.of(Cell.instant(e.at(), f), Cell.of(e.actor()),
                        Cell.of(e.via().name()), new Cell(v.t("action." + e.action()), null, "action-" + e.action()),
                        Cell.of(e.subject()), Cell.of(e.detail()))));
        return new Listing(v.t("operations.title"), "operations", List.of(), List.of(),
                List.of(new Column(v.t("col.at"), false), new Column(v.t("col.actor"), false),
                        new Column(v.t("col.via"), false), new Column(v.t("col.action"), false),
                        new Column(v.t("col.subject"), false), new Column(v.t("col.detail"), false)), rows, List.of(),
                v.t("list.empty"));
    }
}
