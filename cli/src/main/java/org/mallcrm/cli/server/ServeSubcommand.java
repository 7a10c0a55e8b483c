package org.mallcrm.cli.server;

import io.helidon.webserver.WebServer;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.HttpApi;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.demo.DemoMall;
import org.mallcrm.cli.demo.DemoSubcommand;
import org.mallcrm.cli.demo.DemoToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mallcrm serve}: the HTTP API on the same database. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API on the database.",
            "",
            "Routes under /api/v1 need a bearer token (mallcrm tokens create); /health and /openapi.yaml do not. "
                + "Stop with Ctrl-C."})
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
            + "its staff token (minted once, the same at every start).")
    boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        var db = CommandSupport.root(spec).database();
        PrintWriter err = CommandSupport.err(spec);
        DemoToken.Minted token = null;
        boolean reshown = false;
        if (demo || AppContext.malls(db).list().isEmpty()) {
            // a new database gets its mall (MAIN); --demo fills the chosen (or only) mall
            AppContext ctx = CommandSupport.context(spec);
            if (demo) {
                boolean generated = false;
                if (DemoSubcommand.isEmpty(ctx)) {
                    err.println("generating a demo mall: stalls, merchants, leases and a year of receipts, channels "
                            + "and a month of scans (about half a minute) …");
                    err.flush();
                    DemoMall.Summary s = DemoMall.populate(ctx, 2026, DemoMall.Size.SMALL);
                    err.println("demo mall generated: " + s.stalls() + " stalls");
                    generated = true;
                }
                token = DemoToken.stored(ctx).orElse(null);
                reshown = token != null;
                if (token == null && (generated || DemoToken.isDemo(ctx))) {
                    token = DemoToken.mint(ctx);
                }
            }
        }
        HELIDON_LOG.setLevel(java.util.logging.Level.WARNING);
        WebServer server = HttpApi.start(host, port, AppContext.httpServicesOfEveryMall(db));
        String base = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + server.port();
        List<String> malls = AppContext.malls(db).list().stream().map(m -> m.code()).toList();
        err.println("mallcrm serving " + base + "  (database " + Database.redacted(db.url()).replace("jdbc:sqlite:", "")
                + "; " + (malls.size() == 1 ? "mall " : "malls ") + String.join(", ", malls)
                + " — each request acts on the mall of its token)");
        if (token != null) {
            err.println("demo staff token: " + token.token() + "  (" + (reshown ? "the same as at the last start"
                    : "minted now, shown again at every start") + "; 'mallcrm tokens revoke " + token.name()
                    + "' ends it)");
            err.println("try:  curl -H 'Authorization: Bearer " + token.token() + "' '" + base
                    + "/api/v1/stalls?limit=5'");
        } else if (demo) {
            err.println("no demo token: the demo generator did not fill this database (create a token with "
                    + "'mallcrm tokens create --role STAFF')");
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
