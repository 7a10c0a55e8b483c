package org.mallcrm.cli.server;

import io.helidon.webserver.WebServer;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.MallcrmServer;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.application.account.port.in.AccountUseCases;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.access.Department;
import org.mallcrm.domain.audit.AuditEntry;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.demo.DemoMall;
import org.mallcrm.cli.demo.DemoSubcommand;
import org.mallcrm.cli.demo.DemoToken;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mallcrm serve}: the HTTP API on the same database. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API and the web pages on the database.",
            "",
            "Routes under /api/v1 need a bearer token (mallcrm tokens create); /health and /openapi.yaml do not. "
                + "The staff console is at /, the apps' pages at /m/, sign-in at /login (accounts: mallcrm users). "
                + "The API serves every mall of the database (each request acts on the mall of its token); the web "
                + "pages serve one: --mall CODE when the database holds several. Stop with Ctrl-C."})
public final class ServeSubcommand implements Callable<Integer> {

    /** Held so the level sticks (JUL keeps loggers weakly): Helidon says only what is wrong; we say the rest. */
    private static final java.util.logging.Logger HELIDON_LOG = java.util.logging.Logger.getLogger("io.helidon");

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--demo", description = "Fill an empty database with a generated demo mall first, and print "
            + "its staff token (minted once, the same at every start) and a staff sign-in for the web console "
            + "(admin, with a new password each run).")
    boolean demo;

    /** The demo's administrator (department 管理员): created with the demo mall, given a new password each run. */
    static final String DEMO_ADMIN = "admin";

    /**
     * The demo's web sign-in: the {@code admin} account of department 管理员, made the first time and given a new
     * generated password on every {@code serve --demo} (only its hash is kept, so an old one cannot be shown again).
     */
    static String demoAdmin(AppContext ctx) {
        AccountUseCases accounts = ctx.accounts();
        if (accounts.find(DEMO_ADMIN).isEmpty()) {
            Outcome<AccountUseCases.Created> created = accounts.create(new AccountUseCases.NewAccount(DEMO_ADMIN,
                    Role.STAFF, Department.ADMIN.name(), null, null));
            if (created instanceof Outcome.Done<AccountUseCases.Created> d) {
                ctx.auditLog().record(new Principal("serve --demo", Role.STAFF, Optional.empty(), Optional.empty()),
                        AuditEntry.Via.CLI, "account.create", DEMO_ADMIN, "STAFF " + Department.ADMIN.label());
                return d.value().generatedPassword().orElseThrow();
            }
        }
        Outcome<AccountUseCases.Created> reset = accounts.resetPassword(DEMO_ADMIN, null);
        if (reset instanceof Outcome.Done<AccountUseCases.Created> d) {
            return d.value().generatedPassword().orElseThrow();
        }
        throw new IllegalStateException("the demo's admin account cannot be set up: " + reset);
    }

    @Override
    public Integer call() throws InterruptedException {
        var db = CommandSupport.root(spec).database();
        // the API and the pages serve every mall: a request acts on the mall of its token, session or sign-in; the
        // pages shown before a sign-in are the default mall's (--mall, or the only one; a new database gets MAIN)
        AppContext ctx = CommandSupport.context(spec);
        PrintWriter err = CommandSupport.err(spec);
        DemoToken.Minted token = null;
        boolean reshown = false;
        String adminPassword = null;
        if (demo) {
            boolean generated = false;
            if (DemoSubcommand.isEmpty(ctx)) {
                err.println("generating a demo mall: stalls, merchants, leases and a year of receipts, channels "
                        + "and a month of scans (a few seconds) …");
                err.flush();
                DemoMall.Summary s = DemoMall.populate(ctx, 2026, DemoMall.Size.SMALL);
                err.println("demo mall generated: " + s.stalls() + " stalls");
                generated = true;
            }
            token = DemoToken.stored(ctx).orElse(null);
            reshown = token != null;
            boolean demoDatabase = generated || token != null || DemoToken.isDemo(ctx);
            if (token == null && demoDatabase) {
                token = DemoToken.mint(ctx);
            }
            if (demoDatabase) {
                adminPassword = demoAdmin(ctx);
            }
        }
        HELIDON_LOG.setLevel(java.util.logging.Level.WARNING);
        WebServer server = MallcrmServer.start(host, port, AppContext.httpServicesOfEveryMall(db),
                AppContext.webServicesOfEveryMall(db, ctx.mall().code()));
        String base = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + server.port();
        List<String> malls = AppContext.malls(db).list().stream().map(m -> m.code()).toList();
        err.println("mallcrm serving " + base + "  (database " + Database.redacted(db.url()).replace("jdbc:sqlite:", "")
                + "; " + (malls.size() == 1 ? "mall " : "malls ") + String.join(", ", malls)
                + " — each request acts on the mall of its token or signed-in account" + (malls.size() == 1 ? ""
                        : "; the sign-in page shows " + ctx.mall().code()) + ")");
        if (adminPassword != null) {
            err.println("staff sign-in: " + DEMO_ADMIN + " / " + adminPassword);
            err.println("web console: " + base + "/ (sign in there)");
        }
        if (token != null) {
            err.println("demo staff token: " + token.token() + "  (" + (reshown ? "the same as at the last start"
                    : "minted now, shown again at every start") + "; 'mallcrm tokens revoke " + token.name()
                    + "' ends it)");
            err.println("try:  curl -H 'Authorization: Bearer " + token.token() + "' '" + base
                    + "/api/v1/stalls?limit=5'");
        } else if (demo) {
            err.println("no demo token and no demo sign-in: the demo generator did not fill this database (create "
                    + "a token with 'mallcrm tokens create --role STAFF', an account with 'mallcrm users create')");
        }
        err.println("API description: " + base + "/openapi.yaml — stop with Ctrl-C");
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "mallcrm-shutdown"));
        stopped.await();
        return 0;
    }
}
