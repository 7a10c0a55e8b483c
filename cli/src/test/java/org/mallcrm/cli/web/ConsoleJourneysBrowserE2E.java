package org.mallcrm.cli.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.cli.e2e.JarProcess;

/**
 * Journeys a person takes through the web pages, in Debian's Chromium against {@code serve --demo} from the packaged
 * jar: what they see is asserted, and where a page shows a figure it is compared with what the CLI reports on the
 * same database. A failing journey leaves a screenshot under target/browser-failures/.
 */
class ConsoleJourneysBrowserE2E {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @TempDir
    static Path dir;

    static DemoServer server;

    @BeforeAll
    static void serveTheDemo() throws IOException {
        server = DemoServer.start(dir);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    /** Every page has a title and exactly one h1 (contract.md, "Web pages"). */
    static void looksLikeAPage(Page page) {
        assertThat(page.title()).isNotBlank().endsWith("mallcrm");
        assertThat(page.locator("h1").count()).as("h1 on " + page.url()).isEqualTo(1);
    }

    static Page signIn(Browser.Screen screen, String login, String password) {
        Page page = BROWSER.page(screen);
        page.navigate(server.url("/login"));
        looksLikeAPage(page);
        page.fill("input[name=login]", login);
        page.fill("input[name=password]", password);
        page.click("button[type=submit]");
        page.waitForLoadState(LoadState.DOMCONTENTLOADED);
        return page;
    }

    static JsonNode json(String... args) throws IOException, InterruptedException {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--format";
        all[args.length + 1] = "json";
        JarProcess.Result r = server.cli(all);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return Json.mapper().readTree(r.out());
    }

    /** "67.23%" or "¥1,234.50" → the decimal the CLI prints. */
    static BigDecimal number(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9.\\-]", ""));
    }

    @Test
    void admin_signs_in_and_the_dashboard_shows_what_the_cli_reports() throws Exception {
        Page page = signIn(Browser.Screen.DESKTOP, server.adminLogin(), server.adminPassword());
        assertThat(page).hasURL(server.url("/"));
        looksLikeAPage(page);
        assertThat(page.locator("h1")).hasText("经营看板");
        assertThat(page.locator(".who")).containsText("管理员");

        for (String floor : List.of("1F", "2F")) {
            JsonNode plan = json("stalls", "plan", "--floor", floor, "--out", dir.resolve(floor + ".svg").toString());
            String shown = page.locator("[data-figure=occupancy-" + floor + "]").innerText();
            assertThat(number(shown)).as("occupancy of " + floor).isEqualByComparingTo(plan.get("leased_area_pct")
                    .asText());
            assertThat(page.locator("[data-figure=vacant-" + floor + "]").innerText())
                    .isEqualTo(plan.get("by_status").get("VACANT").asText());
        }

        BigDecimal overdue = BigDecimal.ZERO;
        for (JsonNode r : json("reminders", "--within", "0")) {
            if (r.get("days_overdue").asLong() > 0) {
                overdue = overdue.add(new BigDecimal(r.get("outstanding").asText()));
            }
        }
        assertThat(number(page.locator("[data-figure=arrears-total]").innerText())).isEqualByComparingTo(overdue);
        // this month's buyers and coupons are the mall report's (reports mall)
        JsonNode buyers = json("reports", "mall").get("buyers");
        assertThat(number(page.locator("[data-figure=buyers-registered]").innerText()))
                .isEqualByComparingTo(buyers.get("registered").asText());
        assertThat(number(page.locator("[data-figure=coupons-redeemed]").innerText()))
                .isEqualByComparingTo(buyers.get("coupons_redeemed").asText());
        assertThat(number(page.locator("[data-figure=coupon-cost]").innerText()))
                .isEqualByComparingTo(buyers.get("coupon_cost").asText());
        assertThat(page.locator(".chart[data-drawn=true]").first()).isVisible();

        // every figure links to the list behind it: the arrears list adds up to the same
        String total = page.locator("[data-figure=arrears-total]").innerText();
        page.click("[data-figure=arrears-total]");
        looksLikeAPage(page);
        assertThat(page.locator("h1")).hasText("欠费");
        assertThat(page.locator("[data-summary]").first()).containsText(total);
    }

    @Test
    void a_vacant_stall_on_1F_is_held_with_earnest_money_and_turns_reserved_on_the_plan() throws Exception {
        String merchant = null;
        for (JsonNode m : json("merchants", "list")) {
            if (m.get("stage").asText().equals("NEGOTIATING")) {
                merchant = m.get("merchant_no").asText();
                break;
            }
        }
        assertThat(merchant).as("a merchant in negotiation").isNotNull();

        Page page = signIn(Browser.Screen.DESKTOP, server.adminLogin(), server.adminPassword());
        page.navigate(server.url("/floors/1F"));
        looksLikeAPage(page);
        Locator vacant = page.locator("#floor-plan g.stall[data-status=VACANT]").first();
        String stall = vacant.getAttribute("data-stall-no");
        int reservedBefore = Integer.parseInt(page.locator("[data-count=RESERVED]").innerText());
        page.fill("#find-no", stall);
        page.click("#find-stall button");
        Locator card = page.locator("#stall-card .card[data-stall-no='" + stall + "']");
        assertThat(card).isVisible();
        assertThat(card.locator("[data-field=status]")).hasText("待租");
        assertThat(card.locator("[data-field=leasable_area]")).containsText("m²");
        assertThat(card.locator("[data-field=base_rent]")).containsText("¥");

        page.fill("#stall-card input[name=merchant_no]", merchant);
        page.fill("#stall-card input[name=amount]", "5000.00");
        page.click("#stall-card button[type=submit]");

        assertThat(page.locator("#floor-plan g.stall[data-stall-no='" + stall + "']"))
                .hasAttribute("data-status", "RESERVED");
        assertThat(card.locator("[data-field=status]")).hasText("已定");
        assertThat(card.locator("[data-field=deposit_no]")).containsText("¥5,000.00");
        assertThat(page.locator("[data-count=RESERVED]")).hasText(String.valueOf(reservedBefore + 1));
        assertThat(page).hasURL(Pattern.compile(".*/floors/1F\\?stall=.*"));

        JsonNode shown = json("stalls", "show", stall);
        assertThat(shown.get("status").asText()).isEqualTo("RESERVED");

        page.navigate(server.url("/logs/operations"));
        looksLikeAPage(page);
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(stall)).first()).containsText("收订金锁定铺位");
    }

    @Test
    void a_form_without_its_csrf_token_is_refused() throws Exception {
        Page page = signIn(Browser.Screen.DESKTOP, server.adminLogin(), server.adminPassword());
        page.navigate(server.url("/floors/2F"));
        String stall = page.locator("#floor-plan g.stall[data-status=VACANT]").first().getAttribute("data-stall-no");
        page.navigate(server.url("/floors/2F?stall=" + stall));
        page.fill("#stall-card input[name=merchant_no]", "M-0001");
        page.fill("#stall-card input[name=amount]", "3000");
        // a forged form: no hidden token, and no token header on htmx's request
        page.evaluate("() => { document.querySelectorAll('input[name=_csrf]').forEach(e => e.remove());"
                + " document.body.removeAttribute('hx-headers'); }");
        Response refused = page.waitForResponse(r -> r.url().contains("/hold"),
                () -> page.click("#stall-card button[type=submit]"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.locator("#flash [data-status='403']")).containsText("CSRF");
        assertThat(json("stalls", "show", stall).get("status").asText()).isEqualTo("VACANT");

        // a plain form too: signing out without the token is refused with the 403 page, and the session stays
        page.evaluate("() => document.querySelectorAll('input[name=_csrf]').forEach(e => e.remove())");
        Response signOut = page.waitForNavigation(() -> page.click(".signout button"));
        assertThat(signOut.status()).isEqualTo(403);
        looksLikeAPage(page);
        assertThat(page.locator("h1")).hasText("无权操作");
        page.navigate(server.url("/"));
        assertThat(page.locator("h1")).hasText("经营看板");
    }

    @Test
    void wrong_passwords_lock_the_account_and_the_sign_in_log_says_so() throws Exception {
        String password = json("users", "create", "cashier.li", "--role", "STAFF", "--department", "财务部")
                .get("password").asText();
        Page page = BROWSER.page(Browser.Screen.PHONE);
        List<String> errors = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            page.navigate(server.url("/login"));
            page.fill("input[name=login]", "cashier.li");
            page.fill("input[name=password]", "not the password " + i);
            page.click("button[type=submit]");
            errors.add(page.locator("[data-error=login]").innerText());
        }
        assertThat(errors.get(0)).contains("登录名或密码不正确");
        assertThat(errors.get(4)).contains("已锁定");
        page.navigate(server.url("/login"));
        page.fill("input[name=login]", "cashier.li");
        page.fill("input[name=password]", password);
        page.click("button[type=submit]");
        assertThat(page.locator("[data-error=login]")).containsText("已锁定");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        JsonNode users = json("users", "list");
        JsonNode li = null;
        for (JsonNode u : users) {
            if (u.get("login").asText().equals("cashier.li")) {
                li = u;
            }
        }
        assertThat(li).isNotNull();
        assertThat(li.get("locked_until").asText()).isNotBlank();

        Page admin = signIn(Browser.Screen.DESKTOP, server.adminLogin(), server.adminPassword());
        admin.navigate(server.url("/logs/sign-ins"));
        looksLikeAPage(admin);
        assertThat(admin.locator("[data-figure=signin-LOCKED_NOW]").first()).isVisible();
        assertThat(admin.locator("[data-figure=signin-LOCKED]").first()).isVisible();
    }

    @Test
    void a_merchant_sees_its_own_lease_and_another_merchants_is_not_found() throws Exception {
        JsonNode leases = json("leases", "list");
        String mine = null;
        String merchant = null;
        String theirs = null;
        for (JsonNode l : leases) {
            if (merchant == null) {
                merchant = l.get("merchant_no").asText();
                mine = l.get("lease_no").asText();
            } else if (!l.get("merchant_no").asText().equals(merchant)) {
                theirs = l.get("lease_no").asText();
                break;
            }
        }
        assertThat(theirs).isNotNull();
        String password = json("users", "create", "shop." + merchant.toLowerCase(), "--role", "MERCHANT",
                "--merchant", merchant).get("password").asText();

        Page page = signIn(Browser.Screen.PHONE, "shop." + merchant.toLowerCase(), password);
        assertThat(page).hasURL(server.url("/m/"));
        looksLikeAPage(page);
        assertThat(page.locator("[data-lease-no='" + mine + "']")).isVisible();
        page.click("[data-lease-no='" + mine + "']");
        looksLikeAPage(page);
        assertThat(page.locator("h1")).containsText(mine);
        assertThat(page.locator("[data-field=lease_no]")).hasText(mine);

        for (String other : List.of("/m/leases/" + theirs, "/leases/" + theirs, "/leases/" + mine, "/floors/1F")) {
            Response r = page.navigate(server.url(other));
            assertThat(r.status()).as(other).isEqualTo(404);
            looksLikeAPage(page);
            assertThat(page.locator("h1")).hasText("页面不存在");
            assertThat(page.locator("[data-lease-no]").count()).isZero();
        }
    }

    @Test
    void finance_records_a_receipt_on_an_overdue_lease_and_the_bill_shows_paid_with_its_late_fee() throws Exception {
        // the oldest overdue installment of a lease with a late fee: paying its principal and fee pays it off
        JsonNode target = null;
        for (JsonNode r : json("reminders", "--within", "0")) {
            if (r.get("days_overdue").asLong() <= 0) {
                continue;
            }
            if (target != null && target.get("lease_no").asText().equals(r.get("lease_no").asText())) {
                if (r.get("seq").asInt() < target.get("seq").asInt()) {
                    target = r;
                }
            } else if (target == null && new BigDecimal(r.get("late_fee").asText()).signum() > 0) {
                target = r;
            }
        }
        assertThat(target).as("an overdue installment with a late fee in the demo").isNotNull();
        String lease = target.get("lease_no").asText();
        for (JsonNode r : json("reminders", "--within", "0")) {
            if (r.get("lease_no").asText().equals(lease) && r.get("days_overdue").asLong() > 0
                    && r.get("seq").asInt() < target.get("seq").asInt()) {
                target = r;
            }
        }
        int seq = target.get("seq").asInt();
        BigDecimal fee = new BigDecimal(target.get("late_fee").asText());
        BigDecimal pay = new BigDecimal(target.get("outstanding").asText()).add(fee);

        String password = json("users", "create", "cashier.wang", "--role", "STAFF", "--department", "财务部")
                .get("password").asText();
        Page page = signIn(Browser.Screen.DESKTOP, "cashier.wang", password);
        page.navigate(server.url("/arrears"));
        looksLikeAPage(page);
        page.locator("a[href='/leases/" + lease + "']").first().click();
        looksLikeAPage(page);
        assertThat(page.locator("h1")).containsText(lease);
        assertThat(page.locator("tr[data-seq='" + seq + "']")).hasAttribute("data-status", "OVERDUE");

        page.fill("form.receipt-form input[name=amount]", pay.toPlainString());
        page.click("form.receipt-form button[type=submit]");
        looksLikeAPage(page);
        assertThat(page.locator("[data-done=receipt]")).containsText("已登记收款单");
        assertThat(page.locator("[data-done=receipt] [data-allocation]").first()).containsText("滞纳金");
        Locator row = page.locator("tr[data-seq='" + seq + "']");
        assertThat(row).hasAttribute("data-status", "PAID");
        assertThat(row.locator("td").last()).hasText("已缴清");
        assertThat(number(row.locator("[data-field=late_fee_paid]").innerText())).isEqualByComparingTo(fee);

        JsonNode plan = json("leases", "schedule", lease);
        assertThat(plan.get("installments").get(seq - 1).get("status").asText()).isEqualTo("PAID");

        // a typo is refused with the reason and nothing is recorded
        int receipts = page.locator("[data-table=receipts] tbody tr").count();
        page.fill("form.receipt-form input[name=amount]", "12,5");
        page.click("form.receipt-form button[type=submit]");
        assertThat(page.locator("[data-error=receipt]")).containsText("金额");
        assertThat(page.locator("[data-table=receipts] tbody tr")).hasCount(receipts);
    }

    @Test
    void finance_uploads_a_bad_receipts_file_sees_every_problem_then_a_good_one_and_its_counts() throws Exception {
        JsonNode due = null;
        for (JsonNode r : json("reminders", "--within", "0")) {
            if (r.get("days_overdue").asLong() > 0) {
                due = r;
                break;
            }
        }
        assertThat(due).as("an overdue installment in the demo").isNotNull();
        String lease = due.get("lease_no").asText();
        String on = due.get("due_on").asText();
        String header = "receipt_no,lease_no,received_on,amount,method\n";
        Path bad = dir.resolve("receipts-bad.csv");
        Files.writeString(bad, header + "R-UP-1," + lease + ",2026-02-30,100.00,CASH\n"
                + "R-UP-2," + lease + "," + on + ",一百,CASH\n");
        Path good = dir.resolve("receipts-good.csv");
        Files.writeString(good, header + "R-UP-1," + lease + "," + on + ",100.00,CASH\n");

        String password = json("users", "create", "cashier.zhao", "--role", "STAFF", "--department", "财务部")
                .get("password").asText();
        Page page = signIn(Browser.Screen.DESKTOP, "cashier.zhao", password);
        page.click("nav.sidebar a[href='/imports']");
        looksLikeAPage(page);
        assertThat(page.locator("h1")).hasText("批量导入");
        // 财务部 imports receipts only
        assertThat(page.locator("[data-import-kind]")).hasCount(1);
        Locator form = page.locator("[data-import-kind=receipts] form");
        form.locator("input[type=file]").setInputFiles(bad);
        form.locator("button[type=submit]").click();
        looksLikeAPage(page);
        assertThat(page.locator("[data-error=import]")).containsText("没有写入任何数据");
        assertThat(page.locator("[data-table=import-errors] tr[data-line='2']")).containsText("收款日期");
        assertThat(page.locator("[data-table=import-errors] tr[data-line='3']")).containsText("金额");
        Download download = page.waitForDownload(() -> page.click("[data-download=errors]"));
        assertThat(Files.readString(download.path())).contains("line,column,value,reason")
                .contains("2,received_on,2026-02-30,");
        page.navigate(server.url("/leases/" + lease));
        assertThat(page.locator("[data-receipt-no='R-UP-1']")).hasCount(0);

        page.navigate(server.url("/imports"));
        form = page.locator("[data-import-kind=receipts] form");
        form.locator("input[type=file]").setInputFiles(good);
        form.locator("button[type=submit]").click();
        looksLikeAPage(page);
        assertThat(page.locator("[data-done=import]")).containsText("新增 1，更新 0，未变 0");
        page.navigate(server.url("/leases/" + lease));
        assertThat(page.locator("[data-receipt-no='R-UP-1']")).hasCount(1);
        // the operation log (an admin's page) says who imported which file
        Page admin = signIn(Browser.Screen.DESKTOP, server.adminLogin(), server.adminPassword());
        admin.navigate(server.url("/logs/operations"));
        assertThat(admin.locator("tr", new Page.LocatorOptions().setHasText("receipts-good.csv")).first())
                .containsText("导入收款单");
        assertThat(admin.locator("tr", new Page.LocatorOptions().setHasText("receipts-good.csv")).first())
                .containsText("cashier.zhao");
    }

    @Test
    void a_merchant_reports_a_repair_on_a_phone_that_staff_assign_and_resolve() throws Exception {
        String merchant = null;
        String today = java.time.LocalDate.now().toString();
        for (JsonNode l : json("leases", "list")) {
            if (l.get("start").asText().compareTo(today) <= 0 && l.get("end").asText().compareTo(today) >= 0) {
                merchant = l.get("merchant_no").asText();
                break;
            }
        }
        assertThat(merchant).as("a merchant with a running lease").isNotNull();
        String shopPassword = json("users", "create", "repair." + merchant.toLowerCase(), "--role", "MERCHANT",
                "--merchant", merchant).get("password").asText();
        Page phone = signIn(Browser.Screen.PHONE, "repair." + merchant.toLowerCase(), shopPassword);
        phone.click("[data-link=requests]");
        looksLikeAPage(phone);
        assertThat(phone.locator("h1")).hasText("报修");
        phone.selectOption("select[name=category]", "空调");
        phone.fill("textarea[name=description]", "空调不制冷，室温 32 度");
        phone.selectOption("select[name=urgency]", "URGENT");
        phone.click("[data-form=repair] button[type=submit]");
        looksLikeAPage(phone);
        assertThat(phone.locator("[data-field=status]")).hasAttribute("data-status", "OPEN");
        String no = phone.locator("[data-request-no]").getAttribute("data-request-no");

        String staffPassword = json("users", "create", "service.zhao", "--role", "STAFF", "--department", "商服部")
                .get("password").asText();
        Page desk = signIn(Browser.Screen.DESKTOP, "service.zhao", staffPassword);
        desk.navigate(server.url("/requests?status=OPEN"));
        looksLikeAPage(desk);
        desk.click("a[href='/requests/" + no + "']");
        looksLikeAPage(desk);
        assertThat(desk.locator("h1")).containsText(no);
        desk.fill("[data-form=assign] input[name=to]", "维修班 李师傅");
        desk.click("[data-form=assign] button[type=submit]");
        assertThat(desk.locator("[data-field=status]")).hasAttribute("data-status", "ASSIGNED");
        assertThat(desk.locator("[data-field=assignee]")).hasText("维修班 李师傅");
        desk.fill("[data-form=resolve] textarea[name=resolution]", "更换压缩机电容，已恢复制冷");
        desk.click("[data-form=resolve] button[type=submit]");
        assertThat(desk.locator("[data-field=status]")).hasAttribute("data-status", "RESOLVED");
        assertThat(desk.locator("[data-form]")).hasCount(0);

        phone.navigate(server.url("/m/requests"));
        assertThat(phone.locator("[data-request-no='" + no + "'] [data-status]")).hasText("已解决");
        phone.click("[data-request-no='" + no + "']");
        assertThat(phone.locator("[data-field=resolution]")).hasText("更换压缩机电容，已恢复制冷");
        assertThat(phone.locator("form")).hasCount(1); // the sign-out form only: a merchant takes no staff step

        // the staff inbox does not exist for a merchant
        assertThat(phone.navigate(server.url("/requests/" + no)).status()).isEqualTo(404);
        page404(phone);
    }

    @Test
    void a_channel_operator_sees_its_trips_as_on_its_statement() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now();
        JsonNode trip = null;
        for (JsonNode t : json("commissions", "reconcile", "--from", today.minusDays(90).toString(), "--to",
                today.toString()).get("trips")) {
            if (t.get("valid_heads").asInt() > 0) {
                trip = t;
                break;
            }
        }
        assertThat(trip).as("a trip with valid heads in the demo").isNotNull();
        String channel = trip.get("channel").asText();
        String month = trip.get("arrival_date").asText().substring(0, 7);
        JsonNode statement = json("commissions", "statement", "--channel", channel, "--month", month);
        JsonNode line = null;
        for (JsonNode l : statement.get("lines")) {
            if (l.get("trip_no").asText().equals(trip.get("trip_no").asText())) {
                line = l;
            }
        }
        assertThat(line).isNotNull();

        String password = json("users", "create", "coach.operator", "--role", "CHANNEL", "--channel", channel)
                .get("password").asText();
        Page phone = signIn(Browser.Screen.PHONE, "coach.operator", password);
        assertThat(phone).hasURL(Pattern.compile(".*/m/trips$"));
        looksLikeAPage(phone);
        phone.navigate(server.url("/m/trips?month=" + month));
        looksLikeAPage(phone);
        assertThat(phone.locator("[data-trip-no]")).hasCount(statement.get("lines").size());
        Locator row = phone.locator("[data-trip-no='" + line.get("trip_no").asText() + "']");
        assertThat(number(row.locator("[data-field=valid_heads]").innerText()))
                .isEqualByComparingTo(line.get("valid_heads").asText());
        assertThat(number(row.locator("[data-field=commission]").innerText()))
                .isEqualByComparingTo(line.get("commission").asText());
        assertThat(number(phone.locator("[data-field=total]").innerText()))
                .isEqualByComparingTo(statement.get("total").asText());

        // the console's home sends a channel operator to its trips; staff and merchant pages do not exist for it
        phone.navigate(server.url("/"));
        assertThat(phone).hasURL(Pattern.compile(".*/m/trips$"));
        for (String other : List.of("/requests", "/arrears", "/m/requests", "/m/leases/L-0001")) {
            assertThat(phone.navigate(server.url(other)).status()).as(other).isEqualTo(404);
        }
    }

    @Test
    void marketing_reads_the_buyer_shares_and_a_campaigns_metrics_the_cli_reports() throws Exception {
        Page page = signIn(Browser.Screen.DESKTOP, server.adminLogin(), server.adminPassword());
        page.click("[data-menu=buyer-stats]");
        looksLikeAPage(page);
        assertThat(page.locator("h1")).hasText("下游客户分析");
        assertThat(page.locator(".chart[data-drawn=true]").first()).isVisible();
        for (JsonNode share : json("buyers", "stats", "--by", "province")) {
            Locator row = page.locator("[data-shares=province] tr[data-key='" + share.get("key").asText() + "']");
            assertThat(row.locator("[data-figure=buyers]")).hasText(share.get("buyers").asText()
                    .replaceAll("(\\d)(?=(\\d{3})+$)", "$1,"));
            assertThat(row.locator("[data-figure=share_pct]")).hasText(share.get("share_pct").asText() + "%");
        }
        // a segment's count opens the list of its buyers
        Locator segment = page.locator("[data-rfm] tr[data-segment] a[data-figure]").first();
        segment.click();
        looksLikeAPage(page);
        assertThat(page).hasURL(Pattern.compile(".*/buyers\\?segment=[A-Z_]+$"));
        assertThat(page.locator("[data-figure^=buyer-]").first()).isVisible();

        page.click("[data-menu=campaigns]");
        looksLikeAPage(page);
        Locator running = page.locator("tr[data-status=RUNNING]").first();
        String no = running.getAttribute("data-campaign-no");
        JsonNode stats = json("campaigns", "stats", no);
        running.locator("a").first().click();
        looksLikeAPage(page);
        assertThat(page.locator("[data-figure=claimed]")).hasText(stats.get("claimed").asText()
                .replaceAll("(\\d)(?=(\\d{3})+$)", "$1,"));
        assertThat(number(page.locator("[data-figure=gmv]").innerText())).isEqualByComparingTo(stats.get("gmv")
                .asText());
        assertThat(number(page.locator("[data-figure=mall_cost]").innerText()))
                .isEqualByComparingTo(stats.get("mall_cost").asText());
        assertThat(page.locator("button[data-action=pause]")).isVisible();
    }

    @Test
    void marketing_checks_a_buyer_in_at_the_running_order_fair_and_the_attended_count_goes_up() throws Exception {
        String fair = null;
        for (JsonNode c : json("campaigns", "list")) {
            if (c.get("kind").asText().equals("EVENT") && c.get("status").asText().equals("RUNNING")) {
                fair = c.get("campaign_no").asText();
                break;
            }
        }
        assertThat(fair).as("a running event in the demo").isNotNull();
        String password = json("users", "create", "events.sun", "--role", "STAFF", "--department", "策划部")
                .get("password").asText();
        Page page = signIn(Browser.Screen.DESKTOP, "events.sun", password);
        page.click("[data-menu=campaigns]");
        looksLikeAPage(page);
        page.click("tr[data-campaign-no='" + fair + "'] a[href='/campaigns/" + fair + "']");
        looksLikeAPage(page);
        assertThat(page.locator("[data-campaign-no]")).hasAttribute("data-status", "RUNNING");
        int attended = (int) number(page.locator("[data-figure=attended]").innerText()).longValueExact();
        Locator waiting = page.locator("[data-table=signups] tr[data-status=ACTIVE]").first();
        String buyer = waiting.getAttribute("data-buyer-id");
        assertThat(waiting.locator("[data-figure=attended-at]")).isEmpty();

        page.click("[data-action='attend-" + buyer + "']");
        looksLikeAPage(page);
        assertThat(page).hasURL(Pattern.compile(".*/campaigns/" + fair + "\\?attended=.*"));
        assertThat(page.locator("[data-done=campaign]")).containsText(buyer);
        Locator row = page.locator("[data-table=signups] tr[data-buyer-id='" + buyer + "']");
        assertThat(row).hasAttribute("data-status", "ATTENDED");
        assertThat(row.locator("[data-figure=attended-at]")).not().isEmpty();
        assertThat(row.locator("[data-action^=attend-]")).hasCount(0);
        assertThat(page.locator("[data-figure=attended]")).hasText(String.valueOf(attended + 1));
        assertThat(json("campaigns", "stats", fair).get("attended").asInt()).isEqualTo(attended + 1);

        // typing the same buyer in again (a second tap at the door) does not count them twice
        page.fill("[data-form=attend] input[name=buyer_id]", buyer);
        page.click("[data-form=attend] button[type=submit]");
        looksLikeAPage(page);
        assertThat(page.locator("[data-done=campaign]")).containsText(buyer);
        assertThat(page.locator("[data-figure=attended]")).hasText(String.valueOf(attended + 1));
        // a buyer who never signed up is refused with the reason, and nothing is counted
        page.fill("[data-form=attend] input[name=buyer_id]", "B999999");
        page.click("[data-form=attend] button[type=submit]");
        looksLikeAPage(page);
        assertThat(page.locator("[data-error=campaign]")).containsText("B999999");
        assertThat(page.locator("[data-figure=attended]")).hasText(String.valueOf(attended + 1));
        assertThat(json("campaigns", "stats", fair).get("attended").asInt()).isEqualTo(attended + 1);
    }

    @Test
    void staff_read_the_reminders_and_download_them_as_an_xlsx_with_the_same_rows() throws Exception {
        String password = json("users", "create", "cashier.qian", "--role", "STAFF", "--department", "财务部")
                .get("password").asText();
        Page page = signIn(Browser.Screen.DESKTOP, "cashier.qian", password);
        page.click("nav.sidebar a[href='/reminders']");
        looksLikeAPage(page);
        assertThat(page.locator("h1")).hasText("催缴提醒");
        Locator rows = page.locator("table.list tbody tr");
        assertThat(rows.first()).isVisible();
        assertThat(page.locator("a[rel=next]")).hasCount(0); // the demo's reminders fit on one page
        int shown = rows.count();
        assertThat(page.locator("[data-summary]").first()).containsText("共 " + shown + " 期待催缴");
        List<String> headings = page.locator("table.list thead th").allInnerTexts();
        String firstLease = rows.first().locator("td").first().innerText();

        Download download = page.waitForDownload(() -> page.click("[data-export=xlsx]"));
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
        List<org.dhatim.fastexcel.reader.Row> sheet;
        try (ReadableWorkbook wb = new ReadableWorkbook(download.path().toFile());
                Stream<org.dhatim.fastexcel.reader.Row> lines = wb.getFirstSheet().openStream()) {
            sheet = lines.toList();
        }
        assertThat(sheet).as("header and rows").hasSize(shown + 1);
        List<String> header = new ArrayList<>();
        for (int i = 0; i < sheet.get(0).getCellCount(); i++) {
            header.add(sheet.get(0).getCellText(i));
        }
        assertThat(header).containsExactlyElementsOf(headings.stream().map(String::strip).toList());
        assertThat(sheet.get(1).getCellText(0)).isEqualTo(firstLease);
    }

    @Test
    void leasing_staff_add_a_follow_up_on_a_merchants_file_and_the_file_lists_it() throws Exception {
        JsonNode merchants = json("merchants", "list");
        String merchant = merchants.get(merchants.size() - 1).get("merchant_no").asText();
        String password = json("users", "create", "leasing.zhou", "--role", "STAFF", "--department", "招商部")
                .get("password").asText();
        Page page = signIn(Browser.Screen.DESKTOP, "leasing.zhou", password);
        page.navigate(server.url("/merchants/" + merchant));
        looksLikeAPage(page);
        assertThat(page.locator("h1")).containsText(merchant);
        Locator followUps = page.locator("[data-section=follow-ups]");
        int before = Integer.parseInt(followUps.getAttribute("data-rows"));
        String next = java.time.LocalDate.now().plusDays(7).toString();
        String note = "电话回访：老板想要靠近扶梯的铺位，下周带样品来看 2F";

        Locator form = page.locator("[data-form=follow-up]");
        form.locator("textarea[name=note]").fill(note);
        form.locator("input[name=next_visit_on]").fill(next);
        form.locator("button[type=submit]").click();
        looksLikeAPage(page);
        assertThat(page).hasURL(Pattern.compile(".*/merchants/" + merchant + "\\?done=follow-up$"));
        assertThat(page.locator("[data-done=merchant]")).isVisible();
        assertThat(followUps).hasAttribute("data-rows", String.valueOf(before + 1));
        Locator added = followUps.locator("tbody tr", new Locator.LocatorOptions().setHasText(note));
        assertThat(added).hasCount(1);
        assertThat(added).containsText("leasing.zhou");
        assertThat(added).containsText(next);
    }

    static void page404(Page page) {
        looksLikeAPage(page);
        assertThat(page.locator("h1")).hasText("页面不存在");
    }
}
