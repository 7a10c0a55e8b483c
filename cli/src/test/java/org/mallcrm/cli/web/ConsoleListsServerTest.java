package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.MallcrmServer;
import org.mallcrm.adapters.http.web.kit.Messages;
import org.mallcrm.application.account.port.in.AccountUseCases;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.stall.port.in.StallFilter;
import org.mallcrm.application.stall.port.in.StallQueries;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliRun;
import org.mallcrm.cli.TestStore;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.receipt.ArrearsAging;
import org.mallcrm.domain.receipt.InstallmentView;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallStatus;

/**
 * The console's lists over a real server. 导出 Excel: the file holds the whole filtered list (every page, the page's filters), in the
 * page's language, with money, dates and counts as numbers and dates equal to what the use case reports; whoever may
 * not open the list may not export it. The merchants' board and 360° file: what staff see equals what the pipeline,
 * credit and file use cases report; a merchant account does not learn the pages exist.
 */
class ConsoleListsServerTest {

    private static final int STALLS = 240;

    @TempDir
    static Path dir;

    private static AppContext ctx;
    private static WebServer server;
    private static String base;
    private static LocalDate today;

    /** One mall and one server for the class: starting them is most of a server test's time. */
    @BeforeAll
    static void start() {
        CliRun cli = new CliRun(dir.resolve("m.db"));
        StringBuilder stalls = new StringBuilder(
                "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n");
        for (int i = 0; i < STALLS; i++) {
            int x = i * 5000;
            stalls.append(String.format("1F-A-%03d,1F,A,%s,%d.%02d,180.00,%s,\"POLYGON((%d 0, %d 0, %d 5000, %d 5000, %d 0))\"%n",
                    i, i % 2 == 0 ? "女装" : "男装", 20 + i % 7, i % 100, i % 10 == 9 ? "LEASED" : "VACANT", x, x + 5000,
                    x + 5000, x, x));
        }
        cli.ok("import", "stalls", CliRun.write(dir, "stalls.csv", stalls.toString()).toString());
        cli.ok("import", "merchants", CliRun.write(dir, "merchants.csv",
                "merchant_no,name,contact_name,phone,lead_source,stage,grade,business_type,province\n"
                        + "M-0001,杭州丽人服饰,王芳,13800000001,展会,NEGOTIATING,A,女装,浙江\n"
                        + "M-0002,广州潮男,李强,13900000002,,QUALIFIED,B,男装,广东\n"
                        + "M-0003,义乌童趣,赵敏,13700000003,,PROSPECT,,童装,浙江\n"
                        + "M-0004,常熟雅致,钱多,13600000004,,QUALIFIED,,女装,江苏\n").toString());
        cli.ok("leases", "create", "--spec", CliRun.write(dir, "lease.json", """
                { "lease_no": "L-2026-0001", "merchant_no": "M-0004", "stall_nos": ["1F-A-000"], "kind": "NEW",
                  "start": "2025-01-15", "end": "2027-01-14", "leasable_area_m2": "45.57",
                  "rent_per_m2_month": "181.37", "billing": "MONTHLY", "advance_days": 0,
                  "proration": "ACTUAL_DAYS", "management_fee_per_m2_month": "0.00", "security_deposit": "0.00",
                  "ratios": null }
                """).toString());
        ctx = AppContext.open(TestStore.location(dir.resolve("m.db")), Optional.empty());
        today = ctx.merchantQueries().today();
        MerchantNo m1 = MerchantNo.of("M-0001");
        assertThat(ctx.pipeline().followUp(m1, "带看铺位，客户考虑中", today.minusDays(10), today.minusDays(3),
                "招商-李明")).isInstanceOf(Outcome.Done.class);
        assertThat(ctx.pipeline().followUp(MerchantNo.of("M-0002"), "电话沟通", today.minusDays(1), today.plusDays(5),
                "招商-王芳")).isInstanceOf(Outcome.Done.class);
        assertThat(ctx.pipeline().log(m1, "li.ming", "店招更换已完成")).isInstanceOf(Outcome.Done.class);
        assertThat(ctx.credit().setTypes(List.of(new CreditUseCases.TypeSpec("LATE_OPENING", "迟开门", -1, "NORMAL",
                false)))).isInstanceOf(Outcome.Done.class);
        assertThat(ctx.credit().record(new CreditUseCases.RecordCommand("M-0001", "LATE_OPENING", today.minusDays(20),
                "1F-A-001", "十点后才开门", null))).isInstanceOf(Outcome.Done.class);
        server = WebServer.builder().host("127.0.0.1").port(0)
                .routing(r -> MallcrmServer.routing(r, ctx.httpServices(), ctx.webServices())).build().start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        ctx.close();
    }

    private static WebVisitor staff(String login, String department) throws Exception {
        Outcome<AccountUseCases.Created> made = ctx.accounts().create(new AccountUseCases.NewAccount(login,
                Role.STAFF, department, null, null));
        String password = ((Outcome.Done<AccountUseCases.Created>) made).value().generatedPassword().orElseThrow();
        return new WebVisitor(base).signedIn(login, password);
    }

    private static HttpResponse<byte[]> download(WebVisitor v, String path) throws IOException, InterruptedException {
        return v.http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<Row> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> rows = wb.getFirstSheet().openStream()) {
            return rows.toList();
        }
    }

    @Test
    void the_export_holds_every_page_of_the_filtered_list_as_the_use_case_reports_it_for_those_the_list_admits() throws Exception {
        WebVisitor admin = staff("boss", "ADMIN");
        String page = admin.get("/stalls?status=VACANT").body();
        // the page shows one page of them and links to the export with the same filter
        assertThat(page).contains("href=\"/stalls.xlsx?status=VACANT\"").contains("rel=\"next\"");

        HttpResponse<byte[]> file = download(admin, "/stalls.xlsx?status=VACANT");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("content-type")).contains(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.headers().firstValue("content-disposition").orElseThrow())
                .startsWith("attachment; filename=\"stalls-").contains("filename*=UTF-8''%E9%93%BA%E4%BD%8D");

        List<Stall> expected = new ArrayList<>();
        String cursor = null;
        do {
            Page<Stall> p = ctx.stallQueries().list(new StallFilter(Optional.empty(), Optional.of(StallStatus.VACANT),
                    Optional.empty()), cursor, StallQueries.MAX_PAGE);
            expected.addAll(p.items());
            cursor = p.nextCursor();
        } while (cursor != null);
        assertThat(expected).hasSizeGreaterThan(org.mallcrm.adapters.http.web.console.ListRoutes.PAGE);

        List<Row> rows = rows(file.body());
        Messages zh = Messages.of(Locale.SIMPLIFIED_CHINESE);
        assertThat(rows.get(0).getCell(0).asString()).isEqualTo(zh.t("col.stall_no"));
        assertThat(rows.get(0).getCell(6).asString()).isEqualTo(zh.t("col.base_rent"));
        assertThat(rows).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            Stall s = expected.get(i);
            Row r = rows.get(i + 1);
            assertThat(r.getCell(0).asString()).isEqualTo(s.no().value());
            assertThat(r.getCell(4).asString()).isEqualTo(zh.t("status.VACANT"));
            assertThat(r.getCell(5).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(s.leasableArea().hundredths(),
                    2));
            assertThat(r.getCell(6).asNumber()).isEqualByComparingTo(s.baseRent().toBigDecimal());
        }

        // the arrears: money to the fen, dates as dates, counts as numbers
        LeaseQueries leases = ctx.leaseQueries();
        LocalDate asOf = leases.today();
        List<InstallmentView> owed = new ArrayList<>();
        for (LeaseQueries.Standing st : leases.standings(asOf)) {
            for (InstallmentView i : st.installments()) {
                if (i.outstanding().isPositive() && ArrearsAging.Age.of(i.daysOverdue()) != null) {
                    owed.add(i);
                }
            }
        }
        owed.sort(java.util.Comparator.comparing(InstallmentView::dueOn));
        assertThat(owed).isNotEmpty();
        List<Row> arrears = rows(download(admin, "/arrears.xlsx").body());
        assertThat(arrears).hasSize(owed.size() + 1);
        for (int k = 0; k < owed.size(); k++) {
            InstallmentView i = owed.get(k);
            Row r = arrears.get(k + 1);
            assertThat(r.getCell(0).asString()).isEqualTo("L-2026-0001");
            assertThat(r.getCell(1).asString()).isEqualTo("M-0004 常熟雅致");
            assertThat(r.getCell(2).asNumber().intValueExact()).isEqualTo(i.seq());
            assertThat(r.getCell(3).asDate()).isEqualTo(LocalDateTime.of(i.dueOn(), java.time.LocalTime.MIDNIGHT));
            assertThat(r.getCell(4).getRawValue()).isEqualTo(i.amount().toBigDecimal().toPlainString());
            assertThat(r.getCell(6).asNumber()).isEqualByComparingTo(i.outstanding().toBigDecimal());
            assertThat(r.getCell(7).asNumber().longValueExact()).isEqualTo(i.daysOverdue());
            assertThat(r.getCell(8).asNumber()).isEqualByComparingTo(i.lateFee().toBigDecimal());
        }

        headerInThePageLanguageAndTheListsRolesDecide(admin);
    }

    @Test
    void the_reminders_page_and_its_export_are_what_mallcrm_reminders_lists() throws Exception {
        WebVisitor finance = staff("qian.cw", "FINANCE");
        com.fasterxml.jackson.databind.JsonNode cli = new CliRun(dir.resolve("m.db")).json("reminders", "--within",
                "30");
        assertThat(cli.size()).isGreaterThan(1);
        String page = finance.get("/reminders?within=30").body();
        assertThat(page).contains("<h1>催缴提醒</h1>").contains("href=\"/reminders.xlsx?within=30\"")
                .contains("30 天内到期").contains("共 " + cli.size() + " 期待催缴");
        assertThat(finance.get("/").body()).contains("href=\"/reminders\"");
        List<Row> rows = rows(download(finance, "/reminders.xlsx?within=30").body());
        assertThat(rows).hasSize(cli.size() + 1);
        for (int k = 0; k < cli.size(); k++) {
            com.fasterxml.jackson.databind.JsonNode c = cli.get(k);
            Row r = rows.get(k + 1);
            assertThat(r.getCell(0).asString()).isEqualTo(c.get("lease_no").asText());
            assertThat(r.getCell(1).asString()).isEqualTo("M-0004 常熟雅致");
            assertThat(r.getCell(2).asNumber().intValueExact()).isEqualTo(c.get("seq").asInt());
            assertThat(r.getCell(3).asDate().toLocalDate().toString()).isEqualTo(c.get("due_on").asText());
            assertThat(r.getCell(4).asNumber()).isEqualByComparingTo(new BigDecimal(c.get("outstanding").asText()));
            assertThat(r.getCell(5).asNumber().longValueExact()).isEqualTo(c.get("days_overdue").asLong());
            assertThat(r.getCell(6).asNumber()).isEqualByComparingTo(new BigDecimal(c.get("late_fee").asText()));
        }
        assertThat(finance.get("/reminders?within=abc").statusCode()).isEqualTo(400);
        assertThat(finance.get("/reminders?within=-1").statusCode()).isEqualTo(400);
        assertThat(download(new WebVisitor(base), "/reminders.xlsx").statusCode()).as("signed out").isEqualTo(303);
    }

    @Test
    void the_leases_list_refuses_a_negative_or_absurd_expiry_horizon_naming_the_parameter() throws Exception {
        WebVisitor leasing = staff("wu.zs", "LEASING");
        for (String days : List.of("-5", "-1", "3661", "99999", "9999999999", "abc")) {
            HttpResponse<String> r = leasing.get("/leases?expiring_within=" + days);
            assertThat(r.statusCode()).as(days).isEqualTo(400);
            assertThat(r.body()).as(days).contains("参数 expiring_within 不正确").doesNotContain("Exception");
            assertThat(download(leasing, "/leases.xlsx?expiring_within=" + days).statusCode()).as(days)
                    .isEqualTo(400);
        }
        // today and the longest count of days the mall takes are horizons
        for (String days : List.of("0", "30", "3660")) {
            assertThat(leasing.get("/leases?expiring_within=" + days).statusCode()).as(days).isEqualTo(200);
        }
    }

    @Test
    void a_cursor_the_list_did_not_give_out_is_refused_on_a_list_held_in_memory_as_on_a_paged_one() throws Exception {
        WebVisitor leasing = staff("sun.zs", "LEASING");
        // /stalls reads its pages from the use case, whose cursor is the last stall number shown: one that cannot be
        // a stall number is refused; /merchants and /leases hold every row on one page and give out no cursor, so
        // any cursor is one they did not give out
        List<String> urls = new ArrayList<>(List.of("/stalls?cursor=%25%25%25", "/stalls?cursor=a%20b"));
        for (String path : List.of("/merchants", "/merchants?stage=PROSPECT", "/leases")) {
            for (String cursor : List.of("abc", "M-0002", "Li4vLi4veA", "%25%25%25")) {
                urls.add(path + (path.contains("?") ? "&" : "?") + "cursor=" + cursor);
            }
        }
        for (String url : urls) {
            HttpResponse<String> r = leasing.get(url);
            assertThat(r.statusCode()).as(url).isEqualTo(400);
            assertThat(r.body()).as(url).contains("参数 cursor 不正确").doesNotContain("Exception");
        }
        // no cursor, or an empty one, is the first page
        assertThat(leasing.get("/merchants").body()).contains("M-0001");
        assertThat(leasing.get("/merchants?cursor=").statusCode()).isEqualTo(200);
        // the page a paged list links to is still a page
        String stalls = leasing.get("/stalls").body();
        Matcher next = Pattern.compile("href=\"(/stalls\\?[^\"]*cursor=[^\"]+)\"").matcher(stalls);
        assertThat(next.find()).as("a next page of " + STALLS + " stalls").isTrue();
        assertThat(leasing.get(next.group(1).replace("&amp;", "&")).statusCode()).isEqualTo(200);
    }

    @Test
    void every_filter_link_of_the_dashboard_and_the_arrears_page_opens_its_list() throws Exception {
        WebVisitor finance = staff("zhou.cw", "FINANCE");
        String arrears = finance.get("/arrears").body();
        // "90+" in a query reads as "90 " unless escaped
        assertThat(arrears).contains("href=\"/arrears?age=90%2B\"").doesNotContain("age=90+\"");
        assertThat(finance.get("/arrears?age=90%2B").statusCode()).isEqualTo(200);
        for (String page : List.of("/", "/arrears")) {
            Matcher m = Pattern.compile("href=\"(/[^\"#]*\\?[^\"#]*)\"").matcher(finance.get(page).body());
            int links = 0;
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                if (href.startsWith("/lang?")) {
                    continue; // switches the language, tried elsewhere
                }
                assertThat(finance.get(href).statusCode()).as(page + " links to " + href).isEqualTo(200);
                links++;
            }
            assertThat(links).as(page).isGreaterThan(3);
        }
    }

    /** One server for both (signing in is slow by design: the password hash). */
    private void headerInThePageLanguageAndTheListsRolesDecide(WebVisitor admin) throws Exception {
        assertThat(admin.get("/lang?to=en&back=/stalls").statusCode()).isEqualTo(303);
        List<Row> en = rows(download(admin, "/users.xlsx").body());
        Messages english = Messages.of(Locale.ENGLISH);
        assertThat(en.get(0).getCell(0).asString()).isEqualTo(english.t("col.login"));
        assertThat(en.stream().skip(1).map(r -> r.getCell(0).asString())).contains("boss");

        WebVisitor finance = staff("li.na", "FINANCE");
        assertThat(finance.get("/users").statusCode()).isEqualTo(403);
        assertThat(download(finance, "/users.xlsx").statusCode()).isEqualTo(403);
        assertThat(download(finance, "/logs/operations.xlsx").statusCode()).isEqualTo(403);
        assertThat(download(finance, "/bills.xlsx").statusCode()).isEqualTo(200);
        assertThat(download(new WebVisitor(base), "/bills.xlsx").statusCode()).isEqualTo(303);
        assertThat(download(admin, "/stalls.xlsx?status=NOPE").statusCode()).isEqualTo(400);
    }

    private String password(String login, Role role, String department, String merchant) {
        return ((Outcome.Done<AccountUseCases.Created>) ctx.accounts().create(new AccountUseCases.NewAccount(login,
                role, department, merchant, null))).value().generatedPassword().orElseThrow();
    }

    /** The element with {@code attribute="value"} up to the end of its kind's element. */
    private static String element(String html, String tag, String attribute, String value) {
        Matcher m = Pattern.compile("<" + tag + "[^>]*" + attribute + "=\"" + Pattern.quote(value) + "\"[^>]*>.*?</"
                + tag + ">", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(tag + " " + attribute + "=" + value).isTrue();
        return m.group();
    }

    @Test
    void the_board_and_the_file_show_what_the_pipeline_and_the_file_report() throws Exception {
        WebVisitor staff = new WebVisitor(base).signedIn("zhang.wei", password("zhang.wei", Role.STAFF, "LEASING",
                null));

        // the board: a column per stage, the merchant's card with its days in the stage, the overdue visit marked
        HttpResponse<String> board = staff.get("/merchants/board");
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).containsOnlyOnce("<h1>").contains("<title>商户看板");
        for (String stage : List.of("PROSPECT", "NEGOTIATING", "QUALIFIED", "PLACED", "SIGNED", "OPERATING", "EXITING",
                "EXITED")) {
            assertThat(board.body()).contains("data-stage=\"" + stage + "\"");
        }
        String negotiating = element(board.body(), "section", "data-stage", "NEGOTIATING");
        Merchant m1 = ctx.merchantQueries().find(MerchantNo.of("M-0001")).orElseThrow();
        String card1 = element(negotiating, "a", "data-merchant-no", "M-0001");
        assertThat(card1).contains("data-dwell-days=\"" + m1.currentDwellDays(today) + "\"")
                .contains("data-overdue=\"true\"").contains("href=\"/merchants/M-0001\"").contains("逾期 3 天");
        String card2 = element(element(board.body(), "section", "data-stage", "QUALIFIED"), "a", "data-merchant-no",
                "M-0002");
        assertThat(card2).doesNotContain("data-overdue");
        assertThat(element(board.body(), "section", "data-stage", "PROSPECT")).contains("data-merchant-no=\"M-0003\"");

        // the file: stage progress, follow-ups with the overdue visit, credit records and score, the log
        HttpResponse<String> file = staff.get("/merchants/M-0001");
        assertThat(file.statusCode()).isEqualTo(200);
        String html = file.body();
        assertThat(html).containsOnlyOnce("<h1>").contains("<h1>M-0001 杭州丽人服饰</h1>");
        assertThat(element(html, "li", "data-stage", "NEGOTIATING")).contains("data-state=\"current\"");
        assertThat(element(html, "li", "data-stage", "SIGNED")).contains("data-state=\"todo\"");
        assertThat(element(html, "section", "data-section", "follow-ups")).contains("data-rows=\"1\"")
                .contains("data-figure=\"overdue\"").contains("带看铺位，客户考虑中");
        assertThat(element(html, "section", "data-section", "contacts")).contains("王芳").contains("13800000001");
        assertThat(element(html, "section", "data-section", "credit-records")).contains("data-rows=\"1\"")
                .contains("迟开门").contains("十点后才开门");
        assertThat(element(html, "div", "data-fact", "credit")).contains("99");
        assertThat(html).contains("data-section=\"credit-chart\"");
        assertThat(element(html, "section", "data-section", "operations-log")).contains("店招更换已完成");
        // parts with nothing yet are named, not drawn as empty tables
        assertThat(html).contains("data-section=\"leases\" data-rows=\"0\"");
        // the list links to the file
        assertThat(staff.get("/merchants").body()).contains("href=\"/merchants/M-0001\"");

        assertThat(staff.get("/merchants/M-9999").statusCode()).isEqualTo(404);
        assertThat(staff.get("/merchants/not%20a%20number").statusCode()).isEqualTo(404);
        WebVisitor merchant = new WebVisitor(base).signedIn("m-0001", password("m-0001", Role.MERCHANT, null,
                "M-0001"));
        assertThat(merchant.get("/merchants/board").statusCode()).isEqualTo(404);
        assertThat(merchant.get("/merchants/M-0001").statusCode()).isEqualTo(404);
    }
}
