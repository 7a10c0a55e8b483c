package org.mallcrm.cli.lease;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.MallcrmServer;
import org.mallcrm.application.account.port.in.AccountUseCases;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliRun;
import org.mallcrm.cli.TestStore;
import org.mallcrm.domain.access.Role;

/**
 * The console's upload route ({@code POST /imports/{kind}}) on a real server: issue 14's promise for the web entry
 * point. Bad files from the import fuzz's generator write nothing and answer with the line at fault, never a 500 or
 * an internal name; a good file stores what {@code mallcrm import} stores; a department imports only its kinds; a
 * form without its CSRF token, a missing or empty file, a workbook that is not one and a file over the limit are each
 * refused with a page that says why.
 */
class ImportUploadServerTest {

    /** Tables a signed-in visitor changes by visiting (sessions, sign-ins, the account's last sign-in). */
    private static final Set<String> VISITS = Set.of("web_session", "sign_in_log", "account", "flyway_schema_history");

    @TempDir
    Path dir;

    private AppContext ctx;
    private WebServer server;
    private String base;
    private Path db;

    private void start(Path database) {
        db = database;
        ctx = AppContext.open(TestStore.location(db), Optional.empty());
        server = WebServer.builder().host("127.0.0.1").port(0)
                .routing(r -> MallcrmServer.routing(r, ctx.httpServices(), ctx.webServices())).build().start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (ctx != null) {
            ctx.close();
        }
    }

    private String account(String login, String department) {
        var o = ctx.accounts().create(new AccountUseCases.NewAccount(login, Role.STAFF, department, null, null));
        if (o instanceof Outcome.Done<AccountUseCases.Created> d) {
            return d.value().generatedPassword().orElseThrow();
        }
        throw new AssertionError("cannot create " + login + ": " + o);
    }

    /** A browser: its own cookies, not following redirects. */
    final class Visitor {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String csrf = "";

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(String path, String contentType, byte[] body)
                throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Uploads a file as the page's form does (the token first, then the file, then the options). */
        HttpResponse<String> upload(String kind, String filename, byte[] content, boolean withToken, String... fields)
                throws IOException, InterruptedException {
            String boundary = "----mallcrmtest" + Long.toHexString(System.nanoTime());
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            if (withToken) {
                field(b, boundary, "_csrf", csrf);
            }
            b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            b.writeBytes(content);
            b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            for (String f : fields) {
                field(b, boundary, f, "1");
            }
            b.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send("/imports/" + kind, "multipart/form-data; boundary=" + boundary, b.toByteArray());
        }

        private static void field(ByteArrayOutputStream b, String boundary, String name, String value) {
            b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }

        Visitor signIn(String login, String password) throws IOException, InterruptedException {
            csrf = token(get("/login").body());
            HttpResponse<String> in = send("/login", "application/x-www-form-urlencoded", ("_csrf=" + csrf
                    + "&login=" + login + "&password=" + password).getBytes(StandardCharsets.UTF_8));
            assertThat(in.statusCode()).as(login + " signs in").isEqualTo(303);
            csrf = token(get("/imports").body());
            return this;
        }
    }

    /** The page's table of bad rows (from its tag to its end). */
    static String errorTable(String html) {
        int from = html.indexOf("data-table=\"import-errors\"");
        assertThat(from).as("an error table").isNotNegative();
        return html.substring(from, html.indexOf("</table>", from));
    }

    static String token(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        return m.find() ? m.group(1) : "";
    }

    /** Every table's rows but those visits change, sorted; instants ({@code *_at}, {@code *_at_ns}) left out if asked. */
    static String contents(Path db, boolean withInstants) {
        String url = TestStore.postgres() ? TestStore.url(db) : "jdbc:sqlite:" + db;
        TreeMap<String, List<String>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String t = rs.getString("TABLE_NAME");
                    if (!VISITS.contains(t) && !t.startsWith("sqlite_")) {
                        names.add(t);
                    }
                }
            }
            for (String t : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("select * from \"" + t + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            if (withInstants || !md.getColumnName(i).toLowerCase().matches(".*_at(_ns|_ms)?")) {
                                row.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                            }
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(t, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables.toString();
    }

    /** The temporary files of uploads there are now. */
    private static List<String> uploads() throws IOException {
        try (var temps = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temps.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("mallcrm-upload-")).toList();
        }
    }

    private static String visible(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }

    @Test
    void bad_files_of_every_kind_uploaded_write_nothing_and_each_answer_names_its_line() throws Exception {
        LeasingCli mall = new LeasingCli(dir);
        ImportFuzzFiles files = new ImportFuzzFiles(dir, 20261207L);
        files.baseline(mall);
        start(dir.resolve("mall.db"));
        Visitor admin = new Visitor().signIn("boss", account("boss", "ADMIN"));
        String before = contents(db, true);

        int cases = 7 * 15;
        List<String> failures = new ArrayList<>();
        TreeMap<String, Integer> tried = new TreeMap<>();
        for (int i = 0; i < cases; i++) {
            ImportFuzzFiles.Case c = files.next(i);
            tried.merge(c.kind(), 1, Integer::sum);
            HttpResponse<String> r = admin.upload(c.kind(), c.file().getFileName().toString(),
                    Files.readAllBytes(c.file()), true);
            String body = r.body();
            String where = c.kind() + " / " + c.what() + " (line " + c.line() + "): " + r.statusCode() + " ";
            if (r.statusCode() != 422) {
                failures.add(where + "is not a 422: " + visible(body));
            }
            String now = contents(db, true);
            if (!now.equals(before)) {
                failures.add(where + "the database changed");
                before = now;
            }
            for (String internal : new String[] {"Exception", "org.mallcrm", "java.", "\tat ", "jackson", "sqlite"}) {
                if (body.contains(internal)) {
                    failures.add(where + "shows '" + internal + "'");
                }
            }
            if (body.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t')) {
                failures.add(where + "echoes a control character");
            }
            if (!body.contains("没有写入任何数据")) {
                failures.add(where + "does not say nothing was written");
            }
            boolean table = body.contains("data-table=\"import-errors\"");
            if (c.line() > 0 && !body.contains("data-line=\"" + c.line() + "\"")
                    && !Pattern.compile("line " + c.line() + "\\b").matcher(body).find()) {
                failures.add(where + "does not name line " + c.line() + ": " + visible(body));
            }
            if (table && !body.contains("data-download=\"errors\"")) {
                failures.add(where + "has no errors CSV to download");
            }
            Files.deleteIfExists(c.file());
        }
        assertThat(tried.keySet()).containsExactlyInAnyOrder("stalls", "merchants", "trips", "scans", "receipts",
                "buyers", "leases");
        assertThat(failures).as("of %d uploads (tried %s)", cases, tried).isEmpty();
    }

    @Test
    void a_good_file_uploaded_stores_what_the_command_line_stores_and_the_log_says_who() throws Exception {
        // the same baseline twice: one imported by the command line, one uploaded
        Path cliDir = Files.createDirectories(dir.resolve("cli"));
        Path webDir = Files.createDirectories(dir.resolve("web"));
        LeasingCli viaCli = new LeasingCli(cliDir);
        ImportFuzzFiles cliFiles = new ImportFuzzFiles(cliDir, 1L);
        cliFiles.baseline(viaCli);
        LeasingCli viaWeb = new LeasingCli(webDir);
        ImportFuzzFiles webFiles = new ImportFuzzFiles(webDir, 1L);
        webFiles.baseline(viaWeb);
        start(webDir.resolve("mall.db"));
        Visitor admin = new Visitor().signIn("boss", account("boss", "ADMIN"));

        for (ImportFuzzFiles.Kind k : ImportFuzzFiles.KINDS) {
            Path file = cliFiles.csvFile(k.header(), k.rows());
            viaCli.ok("import", k.name(), file.toString());
            HttpResponse<String> r = admin.upload(k.name(), k.name() + ".csv", Files.readAllBytes(file), true);
            assertThat(r.statusCode()).as(k.name() + ": " + visible(r.body())).isEqualTo(200);
            assertThat(r.body()).contains("data-import-result=\"ok\"").contains("新增 3，更新 0，未变 0");
        }
        Path leases = cliFiles.jsonl(ImportFuzzFiles.LEASES, "");
        viaCli.ok("import", "leases", leases.toString());
        HttpResponse<String> r = admin.upload("leases", "leases.jsonl", Files.readAllBytes(leases), true);
        assertThat(r.statusCode()).as(visible(r.body())).isEqualTo(200);
        // a dry run writes nothing and says what it would have done; the same file again changes nothing
        String afterImports = contents(db, true);
        HttpResponse<String> dry = admin.upload("stalls", "again.csv", Files.readAllBytes(cliFiles.csvFile(
                ImportFuzzFiles.KINDS.get(0).header(), ImportFuzzFiles.KINDS.get(0).rows())), true, "dry_run");
        assertThat(dry.body()).contains("data-import-result=\"dry\"").contains("未变 3");
        assertThat(contents(db, true)).isEqualTo(afterImports);

        server.stop();
        server = null;
        ctx.close();
        ctx = null;
        String web = contents(webDir.resolve("mall.db"), false).replaceAll("audit_log=\\[[^\\]]*\\], ", "");
        String cli = contents(cliDir.resolve("mall.db"), false).replaceAll("audit_log=\\[[^\\]]*\\], ", "");
        assertThat(web).isEqualTo(cli);
        // the operation log: who imported which file, with the counts
        String log = contents(webDir.resolve("mall.db"), true);
        assertThat(log).contains("action=import.stalls").contains("subject=stalls.csv").contains("actor=boss")
                .contains("新增 3，更新 0，未变 0").contains("action=import.leases");
        assertThat(log).doesNotContain("subject=again.csv");
    }

    @Test
    void a_department_imports_only_its_kinds_and_a_form_without_its_token_is_refused() throws Exception {
        LeasingCli mall = new LeasingCli(dir);
        start(dir.resolve("mall.db"));
        Visitor finance = new Visitor().signIn("li.na", account("li.na", "FINANCE"));
        Visitor service = new Visitor().signIn("wu.lei", account("wu.lei", "TENANT_SERVICE"));
        Visitor admin = new Visitor().signIn("boss", account("boss", "ADMIN"));
        String before = contents(db, true);
        byte[] stalls = ("stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n"
                + "2F-A-001,2F,A,女装,20.00,100.00,VACANT,\"POLYGON((0 0, 4000 0, 4000 5000, 0 5000, 0 0))\"\n")
                .getBytes(StandardCharsets.UTF_8);

        // 财务部 sees the receipts form and the table of who imports what, and may not import stalls
        String page = finance.get("/imports").body();
        assertThat(page).contains("data-import-kind=\"receipts\"").doesNotContain("data-import-kind=\"stalls\"")
                .contains("data-table=\"import-rights\"").contains("<h1>批量导入</h1>");
        HttpResponse<String> refused = finance.upload("stalls", "stalls.csv", stalls, true);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("铺位拆分合并变更");
        // 商服部 holds no import right: no page, no upload
        assertThat(service.get("/imports").statusCode()).isEqualTo(403);
        assertThat(service.upload("receipts", "r.csv", "receipt_no\n".getBytes(StandardCharsets.UTF_8), true)
                .statusCode()).isEqualTo(403);
        // nobody signed in is sent to sign in
        assertThat(new Visitor().upload("stalls", "stalls.csv", stalls, false).statusCode()).isEqualTo(303);
        // a form without its token, or with another session's, is refused before anything is read into the store
        assertThat(admin.upload("stalls", "stalls.csv", stalls, false).statusCode()).isEqualTo(403);
        String adminToken = admin.csrf;
        admin.csrf = finance.csrf;
        assertThat(admin.upload("stalls", "stalls.csv", stalls, true).statusCode()).isEqualTo(403);
        admin.csrf = adminToken;
        assertThat(contents(db, true)).isEqualTo(before);
        // and with it, the upload goes through
        assertThat(admin.upload("stalls", "stalls.csv", stalls, true).statusCode()).isEqualTo(200);
        assertThat(mall.json("stalls", "show", "2F-A-001").get("stall_no").asText()).isEqualTo("2F-A-001");
    }

    @Test
    void a_bad_stall_files_error_table_gives_each_reason_in_chinese_and_the_english_page_in_english()
            throws Exception {
        new LeasingCli(dir);
        start(dir.resolve("mall.db"));
        Visitor admin = new Visitor().signIn("boss", account("boss", "ADMIN"));
        String square = "\"POLYGON((0 0, 4000 0, 4000 5000, 0 5000, 0 0))\"";
        byte[] bad = ("stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n"
                + "2F-A-001,2F,A,女装,20.00,100.00,VACANT," + square + "\n"
                + "2F-A-002,2F,A,女装,abc,100.00,SOLD,\"POLYGON((5000 0, 9000 0, 9000 5000, 5000 5000, 5000 0))\"\n"
                + "2F-A-001,2F,A,,20.00,100.00,VACANT," + square + "\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> zh = admin.upload("stalls", "stalls.csv", bad, true);

        assertThat(zh.statusCode()).isEqualTo(422);
        String table = errorTable(zh.body());
        assertThat(table).contains("可租面积“abc”不对").contains("状态“SOLD”不对")
                .contains("业态必须填写").doesNotContain("unknown status").doesNotContain("required value");
        // the CLI's (and the download's) reasons stay English, as the contract has them
        assertThat(zh.body()).contains("unknown status; use VACANT, LEASED or RENOVATING");
        // the duplicate is a row on its own only once the row parses: here the third line's empty business type
        // keeps it out, so the duplicate shows when that is fixed
        byte[] twice = new String(bad, StandardCharsets.UTF_8).replace(",,20.00", ",女装,20.00")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(admin.upload("stalls", "stalls.csv", twice, true).body()).contains("在文件第 2 行已经出现过");

        assertThat(admin.get("/lang?to=en").statusCode()).isBetween(200, 399);
        HttpResponse<String> en = admin.upload("stalls", "stalls.csv", bad, true);
        String enTable = errorTable(en.body());
        assertThat(enTable).contains("unknown status; use VACANT, LEASED or RENOVATING")
                .contains("required value is missing").doesNotContain("不对");
    }

    @Test
    void bad_merchant_buyer_and_receipt_files_give_each_reason_in_chinese_by_its_code() throws Exception {
        new LeasingCli(dir);
        start(dir.resolve("mall.db"));
        Visitor admin = new Visitor().signIn("boss", account("boss", "ADMIN"));
        String header = "merchant_no,name,contact_name,phone,lead_source,stage,grade,business_type,province\n";
        byte[] merchants = (header
                + "M-0901,张记,,,,SIGNING,A,女装,\n"
                + "M-0902,,,,,PROSPECT,E,女装,\n"
                + "M-0903,李记,,,,PROSPECT,B,女装,\n"
                + "M-0903,李记,,,,PROSPECT,B,女装,\n"
                + "M-0001,杭州丽人服饰（改名）,王丽,13800000001,展会,NEGOTIATING,A,女装,浙江\n")
                .getBytes(StandardCharsets.UTF_8);
        String m = errorTable(admin.upload("merchants", "merchants.csv", merchants, true).body());
        assertThat(m).contains("阶段“SIGNING”不对").contains("名称必须填写").contains("等级“E”不对")
                .contains("商户编号“M-0903”在文件第 4 行已经出现过")
                .contains("商户编号“M-0001”已存在，但内容不同（name）")
                .doesNotContain("原始说明").doesNotContain("required value");

        admin.upload("buyers", "buyers.csv", "buyer_id,name,phone\nB-0001,赵一,13700000001\n"
                .getBytes(StandardCharsets.UTF_8), true);
        byte[] buyers = ("buyer_id,name,phone,main_category\n"
                + "B-0002,钱二,13700000001,\n"
                + "B-0003,孙三,13700000003,家具\n"
                + "B-0004,李四,13700000004,\n"
                + "B-0005,周五,13700000004,\n").getBytes(StandardCharsets.UTF_8);
        String b = errorTable(admin.upload("buyers", "buyers.csv", buyers, true).body());
        assertThat(b).contains("电话“13700000001”已被本商城的其他客户登记")
                .contains("主营品类“家具”不是本商城的业态")
                .contains("电话“13700000004”在文件第 4 行已经写给了客户 B-0004")
                .doesNotContain("原始说明").doesNotContain("phone already");

        byte[] receipts = ("receipt_no,lease_no,received_on,amount\n"
                + "R-1,L-2099-0001,2026-02-01,100.00\n"
                + "R-2,L-2099-0001,2026-02-30,-5\n").getBytes(StandardCharsets.UTF_8);
        String r = errorTable(admin.upload("receipts", "receipts.csv", receipts, true).body());
        assertThat(r).contains("合同号“L-2099-0001”在本商城不存在").contains("收款日期“2026-02-30”不对")
                .contains("金额“-5”不对").doesNotContain("原始说明").doesNotContain("not found");
    }

    @Test
    void bad_trip_and_scan_files_give_each_reason_in_chinese_by_its_code() throws Exception {
        new LeasingCli(dir);
        start(dir.resolve("mall.db"));
        Visitor admin = new Visitor().signIn("boss", account("boss", "ADMIN"));
        String header = "trip_no,channel,channel_name,channel_code,coach_plate,arrival_date,window_start,window_end,"
                + "reported_headcount\n";
        String good = "T-1,CH1,义乌快线,QR-1,浙A·12345,2026-03-10,2026-03-10T09:00:00+08:00,"
                + "2026-03-10T11:00:00+08:00,40\n";
        assertThat(admin.upload("trips", "trips.csv", (header + good).getBytes(StandardCharsets.UTF_8), true)
                .statusCode()).isEqualTo(200);
        byte[] trips = (header
                + "T-2,CH1,义乌快线,QR-2,浙A·22222,2026-03-11,2026-03-11T09:00:00+08:00,"
                + "2026-03-11T08:00:00+08:00,40\n"
                + "T-3,CH1,义乌快线,QR-3,,2026/03/11,2026-03-11T09:00:00+08:00,2026-03-11T11:00:00+08:00,-3\n"
                + "T-4,CH1,义乌快线,QR-1,浙A·44444,2026-03-12,2026-03-12T09:00:00+08:00,"
                + "2026-03-12T11:00:00+08:00,30\n"
                + "T-5,CH1,义乌快线,QR-5,浙A·55555,2026-03-12,2026-03-12T09:00:00+08:00,"
                + "2026-03-12T11:00:00+08:00,30\n"
                + "T-6,CH1,义乌快线,QR-5,浙A·66666,2026-03-12,2026-03-12T09:00:00+08:00,"
                + "2026-03-12T11:00:00+08:00,30\n").getBytes(StandardCharsets.UTF_8);
        String t = errorTable(admin.upload("trips", "trips.csv", trips, true).body());
        assertThat(t).contains("核验结束“2026-03-11T08:00:00+08:00”不对").contains("车牌必须填写")
                .contains("到达日期“2026/03/11”不对").contains("申报人数“-3”不对")
                .contains("渠道码“QR-5”在文件第 5 行已经用于团 T-5")
                .contains("渠道码“QR-1”已经用于已登记的团 T-1")
                .doesNotContain("原始说明").doesNotContain("is missing");

        byte[] scans = ("scan_id,kind,code,buyer_id,scanned_at\n"
                + "S-1,ENTRY,QR-1,B1,2026-03-10 09:10\n"
                + "S 2,CHECKIN,,B1,2026-03-10T09:10:00+08:00\n").getBytes(StandardCharsets.UTF_8);
        String sc = errorTable(admin.upload("scans", "scans.csv", scans, true).body());
        assertThat(sc).contains("类型“ENTRY”不对").contains("扫码时间“2026-03-10 09:10”不对")
                .contains("扫码编号“S 2”不对").contains("码必须填写")
                .doesNotContain("原始说明").doesNotContain("is missing");
    }

    @Test
    void what_is_not_an_upload_is_refused_with_a_page_that_says_why_and_never_a_500() throws Exception {
        new LeasingCli(dir);
        start(dir.resolve("mall.db"));
        Visitor admin = new Visitor().signIn("boss", account("boss", "ADMIN"));
        String before = contents(db, true);
        List<String> uploadsBefore = uploads();

        // no file chosen: the browser sends an empty part without a name
        HttpResponse<String> none = admin.upload("stalls", "", new byte[0], true);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("请选择要上传的文件");
        // an empty file, a workbook that is not one, a CSV that is not UTF-8
        HttpResponse<String> empty = admin.upload("stalls", "stalls.csv", new byte[0], true);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("the file is empty");
        HttpResponse<String> notZip = admin.upload("merchants", "merchants.xlsx",
                "merchant_no,name\nM-1,x\n".getBytes(StandardCharsets.UTF_8), true);
        assertThat(notZip.statusCode()).isEqualTo(422);
        assertThat(notZip.body()).contains("not a readable .xlsx workbook").doesNotContain("Exception");
        ByteArrayOutputStream gbkFile = new ByteArrayOutputStream();
        gbkFile.writeBytes("buyer_id,name,phone\nb1,".getBytes(StandardCharsets.UTF_8));
        gbkFile.writeBytes(new byte[] {(byte) 0xC4, (byte) 0xE3});
        gbkFile.writeBytes(",13800138001\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> gbk = admin.upload("buyers", "buyers.csv", gbkFile.toByteArray(), true);
        assertThat(gbk.statusCode()).isEqualTo(422);
        assertThat(gbk.body()).contains("not valid UTF-8").contains("line 2");
        // not a multipart form: a plain form or JSON carries no file
        HttpResponse<String> plain = admin.send("/imports/stalls", "application/x-www-form-urlencoded",
                ("_csrf=" + admin.csrf + "&file=stalls.csv").getBytes(StandardCharsets.UTF_8));
        assertThat(plain.statusCode()).isEqualTo(400);
        HttpResponse<String> json = admin.http.send(HttpRequest.newBuilder(URI.create(base + "/imports/stalls"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", admin.csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"file\": \"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(400);
        // a multipart body without its boundary, or cut off before its end
        assertThat(admin.send("/imports/stalls", "multipart/form-data", "--x\r\n".getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(400);
        HttpResponse<String> cut = admin.send("/imports/stalls", "multipart/form-data; boundary=XyZ",
                ("--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + admin.csrf
                        + "\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.csv\"\r\n\r\n"
                        + "stall_no,floor\n").getBytes(StandardCharsets.UTF_8));
        assertThat(cut.statusCode()).isEqualTo(400);
        assertThat(cut.body()).contains("上传的表单不完整");
        // a file over the limit: 413 with the limit said, and nothing written
        byte[] huge = new byte[33 << 20];
        java.util.Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> tooLarge = admin.upload("scans", "scans.csv", huge, true);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("32 MB");
        // the API's own bodies stay at 1 MiB: a larger declared body is refused before its token is looked at
        HttpResponse<String> api = admin.send("/api/v1/receipts", "application/json", new byte[2 << 20]);
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        assertThat(contents(db, true)).isEqualTo(before);
        assertThat(uploads()).as("uploads are deleted when the request is over").isSubsetOf(uploadsBefore);
    }
}
