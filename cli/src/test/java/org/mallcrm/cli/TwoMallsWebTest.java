package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.MallcrmServer;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.application.account.port.in.AccountUseCases;
import org.mallcrm.cli.web.WebVisitor;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.fixtures.access.TestTokens;

/**
 * One server, the web pages of every mall of its database: a staff account signs in to its own mall (a login is
 * unique across the database), sees only that mall's records under numbers the other mall uses too, and what it
 * records lands in its mall only.
 */
class TwoMallsWebTest {

    @TempDir
    Path dir;

    private Database db;
    private WebServer server;
    private String base;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (db != null) {
            db.close();
        }
    }

    private static String admin(Path file, String mall, String login) {
        try (AppContext ctx = AppContext.open(TestStore.location(file), Optional.of(mall))) {
            Outcome<AccountUseCases.Created> o = ctx.accounts().create(new AccountUseCases.NewAccount(login,
                    Role.STAFF, "ADMIN", null, null));
            assertThat(o).isInstanceOf(Outcome.Done.class);
            return ((Outcome.Done<AccountUseCases.Created>) o).value().generatedPassword().orElseThrow();
        }
    }

    @Test
    void each_account_works_in_its_own_mall_on_one_server() throws Exception {
        Path file = dir.resolve("group.db");
        CliRun cli = new CliRun(file);
        cli.ok("malls", "create", "DM", "--name", TwoMallsTest.DM.name());
        cli.ok("malls", "create", "YW", "--name", TwoMallsTest.YW.name());
        List<String[]> dm = TwoMallsTest.steps(TwoMallsTest.DM, Files.createDirectories(dir.resolve("dm")));
        List<String[]> yw = TwoMallsTest.steps(TwoMallsTest.YW, Files.createDirectories(dir.resolve("yw")));
        for (int i = 0; i < dm.size(); i++) {
            cli.ok(onMall("DM", dm.get(i)));
            cli.ok(onMall("YW", yw.get(i)));
        }
        String dmPassword = admin(file, "DM", "dm.admin");
        String ywPassword = admin(file, "YW", "yw.admin");
        db = AppContext.openDatabase(TestStore.location(file));
        server = MallcrmServer.start("127.0.0.1", 0, AppContext.httpServicesOfEveryMall(db),
                AppContext.webServicesOfEveryMall(db, "DM"));
        base = "http://127.0.0.1:" + server.port();

        WebVisitor inDm = new WebVisitor(base);
        WebVisitor inYw = new WebVisitor(base);
        assertThat(inDm.signIn("dm.admin", dmPassword).statusCode()).isEqualTo(303);
        assertThat(inYw.signIn("YW.Admin", ywPassword).statusCode()).as("logins are matched as typed elsewhere")
                .isEqualTo(303);
        assertThat(new WebVisitor(base).signIn("yw.admin", dmPassword).statusCode()).as("another account's password")
                .isEqualTo(401);

        String dmLease = inDm.get("/leases/L-2026-0001").body();
        String ywLease = inYw.get("/leases/L-2026-0001").body();
        assertThat(dmLease).contains(TwoMallsTest.DM.merchant()).contains(TwoMallsTest.DM.name())
                .doesNotContain(TwoMallsTest.YW.merchant()).doesNotContain(TwoMallsTest.YW.name());
        assertThat(ywLease).contains(TwoMallsTest.YW.merchant()).contains(TwoMallsTest.YW.name())
                .doesNotContain(TwoMallsTest.DM.merchant()).doesNotContain(TwoMallsTest.DM.name());
        assertThat(inDm.get("/stalls/1F-A-101/card").body()).contains("180.00").doesNotContain("210.00");
        assertThat(inYw.get("/stalls/1F-A-101/card").body()).contains("210.00");

        // a receipt recorded in YW's pages is YW's alone, and YW's operation log says who recorded it
        HttpResponse<String> recorded = inYw.post("/leases/L-2026-0001/receipts", "_csrf=" + inYw.csrf
                + "&receipt_no=R-WEB-1&amount=1234.56&on=2026-02-01&method=CASH");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(303);
        assertThat(api(file, "YW", "/api/v1/receipts/R-WEB-1").statusCode()).isEqualTo(200);
        assertThat(api(file, "DM", "/api/v1/receipts/R-WEB-1").statusCode()).isEqualTo(404);
        assertThat(inYw.get("/leases/L-2026-0001").body()).contains("R-WEB-1");
        assertThat(inDm.get("/leases/L-2026-0001").body()).doesNotContain("R-WEB-1");
        assertThat(inYw.get("/logs/operations").body()).contains("R-WEB-1");
        assertThat(inDm.get("/logs/operations").body()).doesNotContain("R-WEB-1");
        assertThat(inDm.get("/users").body()).contains("dm.admin").doesNotContain("yw.admin");
    }

    /** A GET of the API with a staff token of the mall. */
    private HttpResponse<String> api(Path file, String mall, String path) throws Exception {
        String token;
        try (AppContext ctx = AppContext.open(TestStore.location(file), Optional.of(mall))) {
            token = TestTokens.token(ctx.tokens().create(new Principal("web-test", Role.STAFF, Optional.empty(),
                    Optional.empty())));
        }
        return new WebVisitor(base).http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String[] onMall(String code, String[] args) {
        List<String> all = new ArrayList<>(List.of("--mall", code));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }
}
