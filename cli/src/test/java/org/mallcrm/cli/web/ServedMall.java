package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import java.nio.file.Path;
import java.util.Optional;
import org.mallcrm.adapters.http.MallcrmServer;
import org.mallcrm.application.account.port.in.AccountUseCases;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.TestStore;
import org.mallcrm.domain.access.Role;

/**
 * A mall's database served by a real server on a free port of 127.0.0.1 (API and pages), for page tests: open it
 * once the database holds what the test needs, sign people in with accounts made for them, close it after.
 */
public final class ServedMall implements AutoCloseable {

    public final AppContext ctx;
    public final String base;
    private final WebServer server;

    private ServedMall(AppContext ctx, WebServer server) {
        this.ctx = ctx;
        this.server = server;
        this.base = "http://127.0.0.1:" + server.port();
    }

    /** Serves the database at {@code db} (as the test store of this run: SQLite or PostgreSQL). */
    public static ServedMall serve(Path db) {
        AppContext ctx = AppContext.open(TestStore.location(db), Optional.empty());
        return new ServedMall(ctx, MallcrmServer.start("127.0.0.1", 0, ctx.httpServices(), ctx.webServices()));
    }

    /** A staff member of a department, signed in. */
    public WebVisitor staff(String login, String department) throws Exception {
        return signedIn(new AccountUseCases.NewAccount(login, Role.STAFF, department, null, null));
    }

    /** An app account (merchant, buyer, channel) bound to its subject, signed in. */
    public WebVisitor account(String login, Role role, String subject) throws Exception {
        return signedIn(new AccountUseCases.NewAccount(login, role, null, subject, null));
    }

    private WebVisitor signedIn(AccountUseCases.NewAccount a) throws Exception {
        Outcome<AccountUseCases.Created> o = ctx.accounts().create(a);
        assertThat(o).as(a.login()).isInstanceOf(Outcome.Done.class);
        String password = ((Outcome.Done<AccountUseCases.Created>) o).value().generatedPassword().orElseThrow();
        return new WebVisitor(base).signedIn(a.login(), password);
    }

    @Override
    public void close() {
        server.stop();
        ctx.close();
    }
}
