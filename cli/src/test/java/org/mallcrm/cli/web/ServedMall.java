package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import java.nio.file.Path;
import java.util.Optional;
import org.mallcrm.adapters.http.MallcrmServer;
import org.mallcrm.application.account.port.in.AccountUseCases;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliRun;
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

    /** The header of a stalls file. */
    public static final String STALLS = "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n";
    /** Stall 1F-A-101 (女装, 45.50 m², vacant), an 8 × 5 m box at the origin. */
    public static final String A101 = "1F-A-101,1F,A,女装,45.50,180.00,VACANT,"
            + "\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n";
    /** Stall 1F-A-102 (男装, 45.50 m², vacant), the box beside 1F-A-101. */
    public static final String A102 = "1F-A-102,1F,A,男装,45.50,180.00,VACANT,"
            + "\"POLYGON((8000 0, 16000 0, 16000 5000, 8000 5000, 8000 0))\"\n";
    /** The header of a merchants file. */
    public static final String MERCHANTS =
            "merchant_no,name,contact_name,phone,lead_source,stage,grade,business_type,province\n";
    /** The header of a buyers file. */
    public static final String BUYERS = "buyer_id,name,phone,main_category,province,transport_mode\n";

    /** Sets the mall's clock ({@code mallcrm.now}) for the CLI runs and servers that follow; {@link #close} clears it. */
    public static void now(String instant) {
        System.setProperty("mallcrm.now", instant);
    }

    /** Imports stalls (rows after {@link #STALLS}) through the CLI. */
    public static void stalls(CliRun cli, Path dir, String rows) {
        cli.ok("import", "stalls", CliRun.write(dir, "stalls.csv", STALLS + rows).toString());
    }

    /** Imports merchants (rows after {@link #MERCHANTS}) through the CLI. */
    public static void merchants(CliRun cli, Path dir, String rows) {
        cli.ok("import", "merchants", CliRun.write(dir, "merchants.csv", MERCHANTS + rows).toString());
    }

    /** Imports buyers (rows after {@link #BUYERS}) through the CLI. */
    public static void buyers(CliRun cli, Path dir, String rows) {
        cli.ok("import", "buyers", CliRun.write(dir, "buyers.csv", BUYERS + rows).toString());
    }

    /** Signs a lease from its JSON spec through the CLI ({@code leases create --spec}). */
    public static void lease(CliRun cli, Path dir, String spec) {
        cli.ok("leases", "create", "--spec", CliRun.write(dir, "lease.json", spec).toString());
    }

    /** Merchant M-0001 (杭州丽人服饰, 王丽, a lead from a fair), a row of {@link #MERCHANTS}. */
    public static final String M0001 = "M-0001,杭州丽人服饰,王丽,13800000001,展会,NEGOTIATING,A,女装,浙江\n";
    /** Lease L-1 of 1F-A-101 to M-0001 for a year from 2026-01-15, 180.00 a m² a month, billed quarterly. */
    public static final String LEASE_L1 = """
            { "lease_no": "L-1", "merchant_no": "M-0001", "stall_nos": ["1F-A-101"], "kind": "NEW",
              "start": "2026-01-15", "end": "2027-01-14", "rent_per_m2_month": "180.00", "billing": "QUARTERLY" }
            """;

    /**
     * The mall most page tests start from, on {@code dir/m.db}: the clock at 2026-04-02 10:00 in Beijing, the
     * {@code stalls} (rows after {@link #STALLS}) and merchant {@link #M0001}; the CLI on it, for the rest.
     */
    public static CliRun stallsAndMerchant(Path dir, String stalls) {
        now("2026-04-02T10:00:00+08:00");
        CliRun cli = new CliRun(dir.resolve("m.db"));
        stalls(cli, dir, stalls);
        merchants(cli, dir, M0001);
        return cli;
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

    /** Closes the mall if it was served, and clears the clock either way (for a test's {@code @AfterEach}). */
    public static void stop(ServedMall mall) {
        System.clearProperty("mallcrm.now");
        if (mall != null) {
            mall.close();
        }
    }

    @Override
    public void close() {
        System.clearProperty("mallcrm.now");
        server.stop();
        ctx.close();
    }
}
