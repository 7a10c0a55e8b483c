package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.application.campaign.port.in.SignupUseCases;
import org.mallcrm.cli.CliRun;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.CampaignNo;

/**
 * The console's buyer, campaign, subsidy and settings pages over a real server, beside the CLI on the same database:
 * the shares, segments and campaign metrics a person reads are the figures the commands print; 策划部 creates and
 * runs a campaign from forms whose refusals are words on the page; 财务部 closes a month's subsidy statement; an
 * admin changes a setting; each department sees only what the role table gives it.
 */
class ConsoleMarketingPagesTest {

    private static final String SEPTEMBER = """
            { "campaign_no": "C-9", "name": "九月满减", "kind": "COUPON",
              "starts_at": "2026-09-01T00:00:00+08:00", "ends_at": "2026-09-30T23:59:59+08:00",
              "coupon": {"face": "AMOUNT_OFF", "threshold": "500.00", "amount": "50.00", "stock": 10,
                         "per_buyer": 1, "mall_share_pct": "60"} }
            """;

    @TempDir
    Path dir;

    private CliRun cli;
    private ServedMall mall;

    @BeforeEach
    void start() {
        Path db = dir.resolve("m.db");
        cli = new CliRun(db);
        ServedMall.now("2026-09-05T10:00:00+08:00");
        ServedMall.stalls(cli, dir, ServedMall.A101 + ServedMall.A102);
        ServedMall.merchants(cli, dir, "M-0001,杭州丽人服饰,王丽,13800000001,展会,OPERATING,A,女装,浙江\n");
        ServedMall.lease(cli, dir, """
                { "lease_no": "L-1", "merchant_no": "M-0001", "stall_nos": ["1F-A-101"], "kind": "NEW",
                  "start": "2026-01-01", "end": "2026-12-31", "rent_per_m2_month": "100.00", "billing": "MONTHLY" }
                """);
        ServedMall.buyers(cli, dir, "b1,王芳,13800138001,女装,浙江,COACH\nb2,李强,13800138002,女装,广东,自驾\n"
                + "b3,张伟,13800138003,男装,浙江,\n");
        cli.ok("import", "scans", CliRun.write(dir, "scans.csv", "scan_id,kind,code,buyer_id,scanned_at\n"
                + "S1,CHECKIN,GATE-1,b1,2026-08-01T09:00:00+08:00\nS2,CHECKIN,GATE-1,b1,2026-09-02T09:00:00+08:00\n"
                + "S3,CHECKIN,GATE-1,b2,2026-03-01T09:00:00+08:00\nS4,CHECKIN,GATE-1,b3,2026-09-03T09:00:00+08:00\n")
                .toString());
        cli.ok("campaigns", "create", "--spec", CliRun.write(dir, "c9.json", SEPTEMBER).toString());
        cli.ok("campaigns", "start", "C-9");
        String code = cli.json("coupons", "claim", "--campaign", "C-9", "--buyer", "b1").get("coupon_code").asText();
        cli.ok("coupons", "redeem", code, "--merchant", "M-0001", "--order-amount", "800.00",
                "--at", "2026-09-10T15:00:00+08:00");
        ServedMall.now("2026-10-02T10:00:00+08:00");
        mall = ServedMall.serve(db);
    }

    @AfterEach
    void stop() {
        ServedMall.stop(mall);
    }

    /** The share rows of one panel of the analysis page: key → "buyers share_pct". */
    private static Map<String, String> shares(String html, String by) {
        int from = html.indexOf("data-shares=\"" + by + "\"");
        assertThat(from).as(by + " panel").isPositive();
        String panel = html.substring(from, html.indexOf("</section>", from));
        Matcher m = Pattern.compile("<tr data-key=\"([^\"]*)\">.*?data-figure=\"buyers\">([^<]*)<.*?"
                + "data-figure=\"share_pct\">([^<]*)%<", Pattern.DOTALL).matcher(panel);
        Map<String, String> rows = new LinkedHashMap<>();
        while (m.find()) {
            rows.put(m.group(1), m.group(2) + " " + m.group(3));
        }
        return rows;
    }

    private static Map<String, String> cliShares(JsonNode stats) {
        Map<String, String> rows = new LinkedHashMap<>();
        stats.forEach(s -> rows.put(s.get("key").asText(), s.get("buyers").asText() + " "
                + s.get("share_pct").asText()));
        return rows;
    }

    private static String figure(String html, String code) {
        Matcher m = Pattern.compile("data-figure=\"" + Pattern.quote(code) + "\">([^<]*)<").matcher(html);
        assertThat(m.find()).as(code + " in the page").isTrue();
        return m.group(1);
    }

    @Test
    void the_buyer_pages_show_the_figures_the_cli_prints_and_one_buyers_file() throws Exception {
        WebVisitor marketing = mall.staff("zhao.yu", "MARKETING");
        for (String window : new String[] {"", "?from=2026-09-01&to=2026-09-30"}) {
            String page = marketing.get("/buyers/stats" + window).body();
            for (String by : new String[] {"category", "province", "transport_mode"}) {
                JsonNode cliStats = window.isEmpty() ? cli.json("buyers", "stats", "--by", by)
                        : cli.json("buyers", "stats", "--by", by, "--from", "2026-09-01", "--to", "2026-09-30");
                assertThat(shares(page, by)).as(by + window).isNotEmpty().isEqualTo(cliShares(cliStats));
            }
        }
        assertThat(shares(marketing.get("/buyers/stats").body(), "province")).containsEntry("浙江省", "2 66.67");
        assertThat(marketing.get("/buyers/stats?from=2026-09-30&to=2026-09-01").body())
                .contains("结束日期早于开始日期");

        // the segments of today equal buyers rfm, and each count opens the list of that segment
        String stats = marketing.get("/buyers/stats").body();
        JsonNode rfm = cli.json("buyers", "rfm");
        assertThat(rfm.size()).isEqualTo(3);
        Map<String, Integer> bySegment = new LinkedHashMap<>();
        rfm.forEach(s -> bySegment.merge(s.get("segment").asText(), 1, Integer::sum));
        for (Map.Entry<String, Integer> e : bySegment.entrySet()) {
            assertThat(figure(stats, "segment-" + e.getKey())).as(e.getKey()).isEqualTo(e.getValue().toString());
            String list = marketing.get("/buyers?segment=" + e.getKey()).body();
            assertThat(Pattern.compile("data-figure=\"buyer-").matcher(list).results().count()).as(e.getKey())
                    .isEqualTo((long) e.getValue());
        }

        String zhejiang = marketing.get("/buyers?province=" + WebVisitor.enc("浙江省")).body();
        assertThat(zhejiang).contains("data-figure=\"buyer-b1\"").contains("data-figure=\"buyer-b3\"")
                .doesNotContain("data-figure=\"buyer-b2\"").contains("<option value=\"浙江省\" selected>");
        assertThat(marketing.get("/buyers?category=" + WebVisitor.enc("男装")).body()).contains("buyer-b3")
                .doesNotContain("buyer-b1");
        assertThat(marketing.get("/buyers?province=nowhere").statusCode()).isEqualTo(400);

        String b1 = marketing.get("/buyers/b1").body();
        assertThat(b1).contains("王芳").contains("浙江省").contains("大巴车").contains("共到访 2 天")
                .contains("data-table=\"coupon\"").contains("已核销").contains("¥800.00")
                .contains("data-segment=\"" + rfm.get(0).get("segment").asText() + "\"");
        assertThat(marketing.get("/buyers/nobody").statusCode()).isEqualTo(404);

        // 财务部 does not hold BUYERS: the pages exist for staff, but not for that department
        WebVisitor finance = mall.staff("li.na", "FINANCE");
        assertThat(finance.get("/buyers").statusCode()).isEqualTo(403);
        assertThat(finance.get("/buyers/b1").statusCode()).isEqualTo(403);
        assertThat(finance.get("/").body()).doesNotContain("href=\"/buyers\"").contains("href=\"/campaigns\"");
    }

    @Test
    void a_mistaken_period_is_said_on_the_buyer_analysis_page_above_the_form_that_keeps_what_was_typed()
            throws Exception {
        WebVisitor marketing = mall.staff("zhao.yu", "MARKETING");
        // a day that is not a date: the page itself, not the general 400 page, with the form as it was sent
        HttpResponse<String> badDay = marketing.get("/buyers/stats?from=2026-13-01&to=2026-09-30");
        assertThat(badDay.statusCode()).isEqualTo(200);
        assertThat(badDay.body()).contains("name=\"from\" value=\"2026-13-01\"")
                .contains("name=\"to\" value=\"2026-09-30\"")
                .contains("data-error=\"window\">开始日期“2026-13-01”不是有效的日期").doesNotContain("data-shares=");
        assertThat(marketing.get("/buyers/stats?to=2026-09-31").body())
                .contains("name=\"to\" value=\"2026-09-31\"")
                .contains("data-error=\"window\">结束日期“2026-09-31”不是有效的日期");
        // an end before the start: both given, or a start alone after today (2026-10-02)
        assertThat(marketing.get("/buyers/stats?from=2026-09-30&to=2026-09-01").body())
                .contains("name=\"from\" value=\"2026-09-30\"")
                .contains("data-error=\"window\">结束日期早于开始日期").doesNotContain("data-shares=");
        assertThat(marketing.get("/buyers/stats?from=2027-01-01").body())
                .contains("data-error=\"window\">结束日期早于开始日期").doesNotContain("data-shares=");
        // either end may be left open, as on the command line
        String fromOnly = marketing.get("/buyers/stats?from=2026-09-01&to=").body();
        assertThat(fromOnly).doesNotContain("data-error=").contains("name=\"from\" value=\"2026-09-01\"")
                .contains("name=\"to\" value=\"\"");
        assertThat(shares(fromOnly, "category")).isNotEmpty().isEqualTo(cliShares(cli.json("buyers", "stats", "--by",
                "category", "--from", "2026-09-01")));
    }

    @Test
    void marketing_creates_and_runs_a_campaign_whose_metrics_are_the_clis() throws Exception {
        WebVisitor marketing = mall.staff("zhao.yu", "MARKETING");
        String list = marketing.get("/campaigns").body();
        JsonNode c9 = cli.json("campaigns", "stats", "C-9");
        assertThat(list).contains("data-campaign-no=\"C-9\" data-status=\"ENDED\"");
        assertThat(figure(list, "claimed")).isEqualTo(c9.get("claimed").asText());
        assertThat(figure(list, "redeemed")).isEqualTo(c9.get("redeemed").asText());
        assertThat(figure(list, "gmv")).isEqualTo("¥" + c9.get("gmv").asText());
        assertThat(figure(list, "roi")).isEqualTo(c9.get("roi").asText());
        // 导出 Excel, as every console list: the list's columns, its figures as numbers
        assertThat(list).contains("href=\"/campaigns.xlsx\"");
        HttpResponse<byte[]> xlsx = marketing.http.send(HttpRequest.newBuilder(URI.create(mall.base
                + "/campaigns.xlsx")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("content-disposition").orElseThrow()).contains(".xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()));
                Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all.get(0).getCell(0).asString()).isEqualTo("活动编号");
            Row row = all.stream().filter(r -> "C-9".equals(r.getCell(0).asString())).findFirst().orElseThrow();
            assertThat(row.getCell(6).asNumber().longValueExact()).isEqualTo(c9.get("claimed").asLong());
            assertThat(row.getCell(9).asNumber()).isEqualByComparingTo(new BigDecimal(c9.get("gmv").asText()));
        }
        String page = marketing.get("/campaigns/C-9").body();
        assertThat(figure(page, "mall_cost")).isEqualTo("¥" + c9.get("mall_cost").asText());
        assertThat(figure(page, "redemption_rate_pct")).isEqualTo(c9.get("redemption_rate_pct").asText() + "%");
        assertThat(page).contains("data-merchant-no=\"M-0001\"").contains("杭州丽人服饰");

        String form = "_csrf=" + marketing.csrf + "&campaign_no=C-10&name=" + WebVisitor.enc("国庆满减") + "&kind=COUPON"
                + "&starts_at=2026-10-01T00:00&ends_at=2026-10-07T23:59&coupon.face=AMOUNT_OFF&coupon.amount=50.00"
                + "&coupon.per_buyer=1&coupon.mall_share_pct=60&audience.segments=IMPORTANT_VALUE"
                + "&audience.provinces=" + WebVisitor.enc("浙江、江苏");
        HttpResponse<String> bad = marketing.post("/campaigns", form + "&coupon.stock=100&coupon.threshold=abc");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("使用门槛（满）（coupon.threshold）：应为不小于零的金额，最多两位小数，例如 500.00")
                .contains("data-field-error=\"coupon.threshold\"")
                .contains("value=\"国庆满减\"").doesNotContain("Exception");
        HttpResponse<String> notANumber = marketing.post("/campaigns", form + "&coupon.threshold=500&coupon.stock=x");
        assertThat(notANumber.statusCode()).isEqualTo(422);
        assertThat(notANumber.body()).contains("发放总量（coupon.stock）：须为整数");
        assertThat(cli.run("campaigns", "show", "C-10").exitCode()).as("nothing written").isNotZero();

        HttpResponse<String> created = marketing.post("/campaigns", form + "&coupon.stock=100"
                + "&coupon.threshold=500.00");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        assertThat(created.headers().firstValue("location").orElseThrow()).endsWith("/campaigns/C-10?created=1");
        JsonNode shown = cli.json("campaigns", "show", "C-10");
        assertThat(shown.get("status").asText()).isEqualTo("DRAFT");
        assertThat(shown.toString()).contains("IMPORTANT_VALUE").contains("浙江");

        HttpResponse<String> pauseDraft = marketing.post("/campaigns/C-10/pause", "_csrf=" + marketing.csrf);
        assertThat(pauseDraft.statusCode()).isEqualTo(409);
        assertThat(pauseDraft.body()).contains("活动还没有开始，只有进行中的活动可以暂停。")
                .contains("data-status=\"DRAFT\"");
        assertThat(marketing.post("/campaigns/C-10/start", "_csrf=" + marketing.csrf).statusCode()).isEqualTo(303);
        assertThat(marketing.get("/campaigns/C-10?done=start").body()).contains("data-status=\"RUNNING\"")
                .contains("活动已开始。").as("a running campaign offers pause and end, not start")
                .doesNotContain("data-action=\"start\"").contains("data-action=\"pause\"")
                .contains("data-action=\"end\"");
        assertThat(marketing.post("/campaigns/C-10/start", "_csrf=" + marketing.csrf).body())
                .contains("活动已在进行中");
        assertThat(marketing.post("/campaigns/C-10/pause", "_csrf=" + marketing.csrf).statusCode()).isEqualTo(303);
        assertThat(marketing.get("/campaigns/C-10").body()).contains("data-action=\"start\"")
                .contains("data-action=\"end\"").doesNotContain("data-action=\"pause\"");
        // finance reads campaigns but does not run them
        WebVisitor finance = mall.staff("li.na", "FINANCE");
        assertThat(finance.get("/campaigns/C-10").body()).doesNotContain("data-action=\"start\"");
        assertThat(finance.post("/campaigns/C-10/start", "_csrf=" + finance.csrf).statusCode()).isEqualTo(403);
        assertThat(finance.get("/campaigns/new").statusCode()).isEqualTo(403);
        assertThat(marketing.post("/campaigns/C-10/end", "_csrf=" + marketing.csrf).statusCode()).isEqualTo(303);
        assertThat(cli.json("campaigns", "show", "C-10").get("status").asText()).isEqualTo("ENDED");
        assertThat(marketing.get("/campaigns/C-10").body()).as("an ended campaign takes no step")
                .doesNotContain("data-action=");
        assertThat(marketing.post("/campaigns/C-10/start", "_csrf=" + marketing.csrf).body())
                .contains("活动已结束，不能再开始。");
        assertThat(marketing.post("/campaigns/C-NONE/start", "_csrf=" + marketing.csrf).statusCode()).isEqualTo(404);

        WebVisitor admin = mall.staff("boss", "ADMIN");
        assertThat(admin.get("/logs/operations").body()).contains("新建活动").contains("结束活动");
    }

    @Test
    void marketing_checks_in_signed_up_buyers_at_an_event_and_refusals_are_words() throws Exception {
        cli.ok("campaigns", "create", "--spec", CliRun.write(dir, "e2.json", """
                { "campaign_no": "E-2", "name": "秋季订货会", "kind": "EVENT",
                  "starts_at": "2026-10-01T09:00:00+08:00", "ends_at": "2026-10-10T18:00:00+08:00", "capacity": 2 }
                """).toString());
        cli.ok("campaigns", "create", "--spec", CliRun.write(dir, "e3.json", """
                { "campaign_no": "E-3", "name": "新品发布", "kind": "EVENT",
                  "starts_at": "2026-10-20T09:00:00+08:00", "ends_at": "2026-10-20T18:00:00+08:00" }
                """).toString());
        cli.ok("campaigns", "start", "E-2");
        cli.ok("campaigns", "start", "E-3");
        for (String buyer : new String[] {"b1", "b2"}) {
            assertThat(mall.ctx.signupUseCases().signUp(new SignupUseCases.SignupCommand(CampaignNo.of("E-2"),
                    BuyerId.of(buyer), java.util.Optional.empty())))
                    .isInstanceOf(SignupUseCases.SignupOutcome.Done.class);
        }
        WebVisitor marketing = mall.staff("zhao.yu", "MARKETING");
        String page = marketing.get("/campaigns/E-2").body();
        assertThat(page).contains("data-section=\"signups\"").contains("已报名 2 人 / 共 2 个名额")
                .contains("<tr data-buyer-id=\"b1\" data-status=\"ACTIVE\"").contains("data-action=\"attend-b1\"")
                .contains("data-form=\"attend\"");
        assertThat(figure(page, "attended")).isEqualTo("0");

        assertThat(marketing.post("/campaigns/E-2/attendance", "buyer_id=b1").statusCode()).as("no CSRF token")
                .isEqualTo(403);
        HttpResponse<String> in = marketing.post("/campaigns/E-2/attendance", "_csrf=" + marketing.csrf
                + "&buyer_id=b1");
        assertThat(in.statusCode()).as(in.body()).isEqualTo(303);
        assertThat(in.headers().firstValue("location").orElseThrow()).endsWith("/campaigns/E-2?attended=b1");
        String after = marketing.get("/campaigns/E-2?attended=b1").body();
        assertThat(after).contains("买家 b1 已签到。").contains("<tr data-buyer-id=\"b1\" data-status=\"ATTENDED\"")
                .doesNotContain("data-action=\"attend-b1\"").contains("data-action=\"attend-b2\"");
        assertThat(figure(after, "attended")).isEqualTo("1")
                .isEqualTo(cli.json("campaigns", "stats", "E-2").get("attended").asText());

        HttpResponse<String> stranger = marketing.post("/campaigns/E-2/attendance", "_csrf=" + marketing.csrf
                + "&buyer_id=b3");
        assertThat(stranger.statusCode()).isEqualTo(409);
        assertThat(stranger.body()).contains("买家 b3 没有报名这个活动").contains("value=\"b3\"")
                .doesNotContain("NOT_SIGNED_UP").doesNotContain("holds no place");
        HttpResponse<String> early = marketing.post("/campaigns/E-3/attendance", "_csrf=" + marketing.csrf
                + "&buyer_id=b1");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("活动还没有开始，开始后才能签到。");
        HttpResponse<String> coupon = marketing.post("/campaigns/C-9/attendance", "_csrf=" + marketing.csrf
                + "&buyer_id=b1");
        assertThat(coupon.statusCode()).isEqualTo(409);
        assertThat(coupon.body()).contains("不需要报名");
        assertThat(marketing.post("/campaigns/E-2/attendance", "_csrf=" + marketing.csrf + "&buyer_id=")
                .body()).contains("请输入要签到的买家编号");
        assertThat(marketing.post("/campaigns/E-NONE/attendance", "_csrf=" + marketing.csrf + "&buyer_id=b1")
                .statusCode()).isEqualTo(404);

        // finance reads the sign-ups but does not check buyers in
        WebVisitor finance = mall.staff("li.na", "FINANCE");
        String seen = finance.get("/campaigns/E-2").body();
        assertThat(seen).contains("<tr data-buyer-id=\"b2\" data-status=\"ACTIVE\"")
                .doesNotContain("data-form=\"attend\"").doesNotContain("data-action=\"attend-b2\"");
        assertThat(finance.post("/campaigns/E-2/attendance", "_csrf=" + finance.csrf + "&buyer_id=b2")
                .statusCode()).isEqualTo(403);
        assertThat(cli.json("campaigns", "stats", "E-2").get("attended").asInt()).isEqualTo(1);
        assertThat(mall.staff("boss", "ADMIN").get("/logs/operations").body()).contains("签到 E-2：买家 b1");
    }

    @Test
    void finance_closes_a_months_subsidies_and_an_admin_changes_a_setting() throws Exception {
        WebVisitor finance = mall.staff("li.na", "FINANCE");
        String list = finance.get("/settlements?month=2026-09").body();
        JsonNode draft = cli.json("subsidies", "statement", "--merchant", "M-0001", "--month", "2026-09");
        assertThat(list).contains("data-merchant-no=\"M-0001\" data-status=\"DRAFT\"");
        assertThat(figure(list, "total")).isEqualTo("¥" + draft.get("total").asText());
        assertThat(finance.get("/settlements").body()).as("the last month ended is the default")
                .contains("data-merchant-no=\"M-0001\"");

        HttpResponse<String> open = finance.post("/settlements/M-0001/2026-10/close", "_csrf=" + finance.csrf);
        assertThat(open.statusCode()).isEqualTo(409);
        assertThat(open.body()).contains("这个月还没有过完");
        WebVisitor marketing = mall.staff("zhao.yu", "MARKETING");
        assertThat(marketing.get("/settlements/M-0001/2026-09").body()).doesNotContain("data-action=\"close\"");
        assertThat(marketing.post("/settlements/M-0001/2026-09/close", "_csrf=" + marketing.csrf).statusCode())
                .isEqualTo(403);
        HttpResponse<String> closed = finance.post("/settlements/M-0001/2026-09/close", "_csrf=" + finance.csrf
                + "&settle=PAY_OUT");
        assertThat(closed.statusCode()).isEqualTo(303);
        assertThat(finance.get("/settlements/M-0001/2026-09").body()).contains("data-status=\"CLOSED\"")
                .contains("付款给商户").doesNotContain("data-action=\"close\"");
        assertThat(cli.json("subsidies", "statement", "--merchant", "M-0001", "--month", "2026-09")
                .get("status").asText()).isEqualTo("CLOSED");

        // settings: what settings show lists, a refusal naming key and reason, a change in the trail
        assertThat(finance.get("/settings").statusCode()).isEqualTo(403);
        WebVisitor admin = mall.staff("boss", "ADMIN");
        String settings = admin.get("/settings").body();
        JsonNode all = cli.json("settings", "show");
        assertThat(all.size()).isGreaterThan(5);
        JsonNode advance = null;
        for (JsonNode s : all) {
            assertThat(settings).contains("data-setting=\"" + s.get("key").asText() + "\"");
            if (s.get("key").asText().equals("lease.advance_days")) {
                advance = s;
            }
        }
        assertThat(advance).as("lease.advance_days").isNotNull();
        // what each takes is said in Chinese, by the kind of value (the CLI and the API keep the English)
        assertThat(settings).contains("整数，0 至 366").contains("金额（元），如 20.00").contains("每日百分比，0 至 5，如 0.05")
                .doesNotContain("integer from").doesNotContain("yuan, e.g.").doesNotContain("percent per day")
                .doesNotContain("m², e.g.");
        assertThat(all.findValues("type").stream().map(JsonNode::asText)).anyMatch(t -> t.startsWith("integer from"));
        HttpResponse<String> refused = admin.post("/settings", "_csrf=" + admin.csrf
                + "&key=lease.advance_days&value=not-a-value");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("参数 lease.advance_days 没有修改").contains("value=\"not-a-value\"")
                .contains("data-field-error=\"lease.advance_days\"")
                .contains("“not-a-value”不符合这个参数的取值，应为：整数，0 至 ").doesNotContain("类型");
        HttpResponse<String> unknown = admin.post("/settings", "_csrf=" + admin.csrf + "&key=no.such&value=1");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("参数 no.such 没有修改");
        assertThat(cli.json("settings", "history").size()).as("nothing written").isZero();

        String next = String.valueOf(advance.get("value").asInt() + 1);
        HttpResponse<String> set = admin.post("/settings", "_csrf=" + admin.csrf + "&key=lease.advance_days&value="
                + next);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(303);
        String page = admin.get("/settings?changed=lease.advance_days").body();
        assertThat(page).contains("参数 lease.advance_days 已修改").contains("data-table=\"setting-history\"")
                .contains("<td>boss</td>");
        JsonNode history = cli.json("settings", "history");
        assertThat(history.get(history.size() - 1).get("new_value").asText()).isEqualTo(next);
        assertThat(history.get(history.size() - 1).get("changed_by").asText()).isEqualTo("boss");
        assertThat(admin.get("/logs/operations").body()).contains("修改参数").contains("lease.advance_days");
    }
}
