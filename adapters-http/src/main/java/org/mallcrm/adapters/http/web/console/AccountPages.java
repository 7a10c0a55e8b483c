package org.mallcrm.adapters.http.web.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.account.port.in.AccountUseCases;
import org.mallcrm.application.account.port.in.SessionUseCases;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.account.Account;
import org.mallcrm.domain.account.SignInEvent;
import org.mallcrm.domain.audit.AuditEntry;

/** Accounts, the sign-in log (登录日志) and the operation log (操作日志), for staff who hold ACCOUNTS. */
public final class AccountPages implements WebPage {

    private static final int PAGE = 100;
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
        return List.of(
                WebRoute.get("/users", admins, this::users),
                WebRoute.get("/logs/sign-ins", admins, this::signIns),
                WebRoute.get("/logs/operations", admins, this::operations));
    }

    @Override
    public List<MenuEntry> menu() {
        Access admins = Access.staff(Capability.ACCOUNTS);
        return List.of(
                new MenuEntry("users", "/users", "menu.users", "menu.group.admin", 91, admins),
                new MenuEntry("sign-ins", "/logs/sign-ins", "menu.signins", "menu.group.admin", 92, admins),
                new MenuEntry("operations", "/logs/operations", "menu.operations", "menu.group.admin", 93, admins));
    }

    private void users(WebExchange x) {
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
                    Cell.of(what), Cell.of(state), Cell.of(a.lastSignInAt().map(f::instant).orElse("")),
                    Cell.of(f.instant(a.createdAt())))));
        }
        x.page("table.jte", x.shell(v.t("users.title"), "users", List.of()), new TableView(List.of(), List.of(
                new Column(v.t("col.login"), false), new Column(v.t("col.role"), false),
                new Column(v.t("col.department_or_subject"), false), new Column(v.t("col.status"), false),
                new Column(v.t("col.last_sign_in"), false), new Column(v.t("col.created_at"), false)), rows,
                List.of(v.t("users.hint")), null, v.t("list.empty")));
    }

    private void signIns(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Page<SignInEvent> page;
        try {
            page = sessions.log(x.query("cursor").orElse(null), PAGE);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("error.400.parameter", "cursor");
        }
        List<Row> rows = new ArrayList<>();
        for (SignInEvent e : page.items()) {
            rows.add(new Row(List.of(Cell.of(f.instant(e.at())), Cell.of(e.login()),
                    new Cell(v.t("signin." + e.kind().name()), null, "signin-" + e.kind().name()),
                    Cell.of(e.remote()), Cell.of(e.agent()))));
        }
        String next = page.nextCursor() == null ? null
                : "/logs/sign-ins?cursor=" + URLEncoder.encode(page.nextCursor(), StandardCharsets.UTF_8);
        x.page("table.jte", x.shell(v.t("signins.title"), "sign-ins", List.of()), new TableView(List.of(), List.of(
                new Column(v.t("col.at"), false), new Column(v.t("col.login"), false),
                new Column(v.t("col.event"), false), new Column(v.t("col.remote"), false),
                new Column(v.t("col.agent"), false)), rows, List.of(), next, v.t("list.empty")));
    }

    private void operations(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Page<AuditEntry> page;
        try {
            page = audit.list(x.query("cursor").orElse(null), PAGE);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("error.400.parameter", "cursor");
        }
        List<Row> rows = new ArrayList<>();
        for (AuditEntry e : page.items()) {
            rows.add(new Row(List.of(Cell.of(f.instant(e.at())), Cell.of(e.actor()), Cell.of(e.via().name()),
                    new Cell(v.t("action." + e.action()), null, "action-" + e.action()), Cell.of(e.subject()),
                    Cell.of(e.detail()))));
        }
        String next = page.nextCursor() == null ? null
                : "/logs/operations?cursor=" + URLEncoder.encode(page.nextCursor(), StandardCharsets.UTF_8);
        x.page("table.jte", x.shell(v.t("operations.title"), "operations", List.of()), new TableView(List.of(),
                List.of(new Column(v.t("col.at"), false), new Column(v.t("col.actor"), false),
                        new Column(v.t("col.via"), false), new Column(v.t("col.action"), false),
                        new Column(v.t("col.subject"), false), new Column(v.t("col.detail"), false)), rows, List.of(),
                next, v.t("list.empty")));
    }
}
